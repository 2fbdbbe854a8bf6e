package io.lambdasim.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prices of Lambda and EC2, read from a data file that names its source and date: the bundled
 * {@code price-book.json} (us-east-1, from the public pricing pages) or a file written by
 * {@code lambdasim prices import} from an AWS Price List offer file.
 */
public final class PriceBook {

    private static final String BUNDLED = "price-book.json";

    private final String name;
    private final String source;
    private final String date;
    private final FreeTier freeTier;
    private final Map<String, LambdaPrices> lambda;
    private final Map<String, Ec2InstanceType> ec2;
    private final Map<String, LoadBalancerPrice> loadBalancers;
    private final Map<String, SnapStartPrices> snapStart = new LinkedHashMap<>();
    private final Map<String, ManagedInstancesPrice> managedInstances = new LinkedHashMap<>();

    public PriceBook(String name, String source, String date, FreeTier freeTier, List<LambdaPrices> lambda,
                     List<Ec2InstanceType> ec2, List<LoadBalancerPrice> loadBalancers) {
        this(name, source, date, freeTier, lambda, ec2, loadBalancers, List.of());
    }

    public PriceBook(String name, String source, String date, FreeTier freeTier, List<LambdaPrices> lambda,
                     List<Ec2InstanceType> ec2, List<LoadBalancerPrice> loadBalancers, List<SnapStartPrices> snapStart) {
        this(name, source, date, freeTier, lambda, ec2, loadBalancers, snapStart, List.of());
    }

    /** With Lambda Managed Instances' fee and request prices, one entry per region. */
    public PriceBook(String name, String source, String date, FreeTier freeTier, List<LambdaPrices> lambda,
                     List<Ec2InstanceType> ec2, List<LoadBalancerPrice> loadBalancers, List<SnapStartPrices> snapStart,
                     List<ManagedInstancesPrice> managedInstances) {
        this.name = name;
        this.source = source;
        this.date = date;
        this.freeTier = freeTier;
        this.lambda = new LinkedHashMap<>();
        for (LambdaPrices p : lambda) {
            if (this.lambda.put(key(p.region(), p.arch().id()), p) != null) {
                throw new IllegalArgumentException("price book " + name + ": Lambda prices for " + p.region() + "/"
                        + p.arch() + " given twice (which one is meant?)");
            }
        }
        this.ec2 = new LinkedHashMap<>();
        for (Ec2InstanceType t : ec2) {
            if (this.ec2.put(key(t.region(), t.type()), t) != null) {
                throw new IllegalArgumentException("price book " + name + ": EC2 " + t.type() + " in " + t.region()
                        + " given twice (which one is meant?)");
            }
        }
        this.loadBalancers = new LinkedHashMap<>();
        loadBalancers.forEach(l -> this.loadBalancers.put(l.region(), l));
        for (SnapStartPrices p : snapStart) {
            if (this.snapStart.put(key(p.region(), p.arch().id()), p) != null) {
                throw new IllegalArgumentException("price book " + name + ": SnapStart prices for " + p.region() + "/"
                        + p.arch() + " given twice (which one is meant?)");
            }
        }
        for (ManagedInstancesPrice m : managedInstances) {
            if (this.managedInstances.put(m.region(), m) != null) {
                throw new IllegalArgumentException("price book " + name + ": Managed Instances prices for " + m.region()
                        + " given twice (which one is meant?)");
            }
        }
    }

    private static String key(String region, String item) {
        return region + "/" + item;
    }

    /** The bundled price book, parsed once: it is immutable, and every scenario of a batch asks for it. */
    public static PriceBook loadDefault() {
        return Bundled.BOOK;
    }

    /** Holder idiom: the JVM parses the bundled file on first use, once, thread-safely. */
    private static final class Bundled {
        static final PriceBook BOOK = read();

        private static PriceBook read() {
            try (InputStream in = PriceBook.class.getResourceAsStream(BUNDLED)) {
                return PriceBookReader.read(in, "bundled " + BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A price book file; errors name the file and the position or field. */
    public static PriceBook load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PriceBookReader.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new DataFileException(file.toString(), "", "no such price book file");
        } catch (IOException e) {
            throw new DataFileException(file.toString(), "", "cannot read: " + e.getMessage());
        }
    }

    /** {@code file} when given, else the bundled book. */
    public static PriceBook loadOrDefault(Path file) {
        return file == null ? loadDefault() : load(file);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String date() {
        return date;
    }

    public FreeTier freeTier() {
        return freeTier;
    }

    /** Lambda prices of {@code region} and {@code arch}; the message lists what the book has. */
    public LambdaPrices lambda(String region, Architecture arch) {
        LambdaPrices p = lambda.get(key(region, arch.id()));
        if (p == null) {
            if (lambdaRegions().contains(region)) {
                throw new IllegalArgumentException("no Lambda " + arch + " prices for region '" + region
                        + "' in price book " + name);
            }
            String has = lambdaRegions().isEmpty() ? "no Lambda prices" : "Lambda prices for " + String.join(", ", lambdaRegions());
            throw new IllegalArgumentException("unknown region '" + region + "' (price book " + name + " has " + has
                    + "; import others with 'lambdasim prices import')");
        }
        return p;
    }

    /**
     * An EC2 instance type in {@code region}, or {@code NAME=DOLLARS_PER_HOUR} for one the book
     * lacks.
     */
    public Ec2InstanceType ec2(String region, String spec) {
        int eq = spec.indexOf('=');
        if (eq >= 0) {
            String label = spec.substring(0, eq).trim();
            String price = spec.substring(eq + 1).trim();
            try {
                BigDecimal hourly = new BigDecimal(price);
                if (label.isEmpty() || hourly.signum() < 0) {
                    throw new NumberFormatException();
                }
                return Ec2InstanceType.custom(label, hourly);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad instance '" + spec + "': expected NAME=DOLLARS_PER_HOUR, e.g. mybox=0.0123");
            }
        }
        Ec2InstanceType t = ec2.get(key(region, spec.trim()));
        if (t == null) {
            throw new IllegalArgumentException("unknown instance type '" + spec + "' in " + region + " (price book "
                    + name + " has: " + String.join(", ", ec2Types(region))
                    + "; or give NAME=DOLLARS_PER_HOUR)");
        }
        return t;
    }

    /** The ALB price of {@code region}. */
    public LoadBalancerPrice loadBalancer(String region) {
        LoadBalancerPrice lb = loadBalancers.get(region);
        if (lb == null) {
            throw new IllegalArgumentException("no load balancer price for region '" + region + "' in price book " + name);
        }
        return lb;
    }

    /** What Lambda Managed Instances add to the instances in {@code region}: the management fee and the request price. */
    public ManagedInstancesPrice managedInstances(String region) {
        ManagedInstancesPrice p = managedInstances.get(region);
        if (p == null) {
            throw new IllegalArgumentException("no Lambda Managed Instances prices for region '" + region + "' in price book "
                    + name + (managedInstances.isEmpty() ? "" : " (it has " + String.join(", ", managedInstances.keySet()) + ")"));
        }
        return p;
    }

    public List<ManagedInstancesPrice> managedInstances() {
        return List.copyOf(managedInstances.values());
    }

    public List<String> lambdaRegions() {
        TreeSet<String> r = new TreeSet<>();
        lambda.values().forEach(p -> r.add(p.region()));
        return List.copyOf(r);
    }

    public List<LambdaPrices> lambdaPrices() {
        return List.copyOf(lambda.values());
    }

    /** Instance type names of {@code region}, in book order. */
    public List<String> ec2Types(String region) {
        List<String> names = new ArrayList<>();
        ec2.values().stream().filter(t -> t.region().equals(region)).forEach(t -> names.add(t.type()));
        return Collections.unmodifiableList(names);
    }

    public List<Ec2InstanceType> ec2Types() {
        return List.copyOf(ec2.values());
    }

    /** SnapStart's cache and restore charges of {@code region}/{@code arch}, when the book has them. */
    public java.util.Optional<SnapStartPrices> snapStart(String region, Architecture arch) {
        return java.util.Optional.ofNullable(snapStart.get(key(region, arch.id())));
    }

    public List<SnapStartPrices> snapStartPrices() {
        return List.copyOf(snapStart.values());
    }

    public List<LoadBalancerPrice> loadBalancers() {
        return List.copyOf(loadBalancers.values());
    }
}
