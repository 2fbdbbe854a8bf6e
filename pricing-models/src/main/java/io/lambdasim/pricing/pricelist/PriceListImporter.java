package io.lambdasim.pricing.pricelist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.DataFileException;
import io.lambdasim.pricing.DurationTier;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.FreeTier;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.LoadBalancerPrice;
import io.lambdasim.pricing.PriceBook;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an AWS Price List bulk offer file ({@code AWSLambda} or {@code AmazonEC2}, JSON) and turns
 * it into price-book entries, streaming: the real EC2 file is several GB, so only one product or
 * one SKU's terms is ever held as a tree, and only the products we price are remembered.
 *
 * <p>The offer file lists {@code products} before {@code terms} (as AWS publishes it); an offer
 * with terms first is rejected with a message, because pricing it would mean holding every term.
 */
public final class PriceListImporter {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** SKU → what the product is, for the products we keep. */
    private final Map<String, Product> products = new HashMap<>();
    /** region/arch → component → tiers. */
    private final Map<String, Map<LambdaComponent, List<DurationTier>>> lambda = new TreeMap<>();
    private final Map<String, Ec2InstanceType> ec2 = new LinkedHashMap<>();
    private final PriceBook reference;
    private String file = "<offer>";
    private String publicationDate = "";

    /** @param reference a book whose burstable baselines and load balancer prices fill what offer files lack */
    public PriceListImporter(PriceBook reference) {
        this.reference = reference;
    }

    private enum LambdaComponent {
        REQUEST("Request"), DURATION("Lambda-GB-Second"), PROVISIONED("Lambda-Provisioned-Concurrency"),
        PROVISIONED_DURATION("Lambda-Provisioned-GB-Second"), STORAGE("Lambda-Storage-GB-Second");

        final String usageType;

        LambdaComponent(String usageType) {
            this.usageType = usageType;
        }
    }

    private record Product(String region, String kind, Architecture arch, LambdaComponent component, JsonNode attributes) {
    }

    /** Adds the prices of one offer file. */
    public void read(InputStream in, String name) {
        this.file = name;
        try (JsonParser p = new JsonFactory(mapper).createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(p, "expected a JSON object (an AWS Price List offer file)");
            }
            boolean sawProducts = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "products":
                        readProducts(p);
                        sawProducts = true;
                        break;
                    case "terms":
                        if (!sawProducts) {
                            throw error(p, "'terms' before 'products': expected the layout AWS publishes (products first)");
                        }
                        readTerms(p);
                        break;
                    case "publicationDate":
                        publicationDate = p.getValueAsString("");
                        break;
                    default:
                        p.skipChildren();
                }
            }
            if (!sawProducts) {
                throw new DataFileException(file, "", "no 'products' object: not an AWS Price List offer file");
            }
        } catch (JsonParseException e) {
            throw new DataFileException(file, "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw DataFileException.cannotRead(file, e);
        }
    }

    private DataFileException error(JsonParser p, String message) {
        var loc = p.currentLocation();
        return new DataFileException(file, "line " + loc.getLineNr() + ", column " + loc.getColumnNr(), message);
    }

    private void readProducts(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(p, "'products' must be an object of SKU to product");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            p.nextToken();
            JsonNode product = mapper.readTree(p);
            Product kept = classify(product);
            if (kept != null) {
                products.put(sku, kept);
            }
        }
    }

    private Product classify(JsonNode product) {
        JsonNode a = product.path("attributes");
        String family = product.path("productFamily").asText("");
        String region = a.path("regionCode").asText("");
        String usage = a.path("usagetype").asText("");
        if (region.isEmpty()) {
            return null; // Global rows: the free tier, which the book carries itself.
        }
        if (family.equals("Serverless") || a.path("servicecode").asText("").equals("AWSLambda")) {
            boolean arm = usage.endsWith("-ARM");
            String base = arm ? usage.substring(0, usage.length() - 4) : usage;
            for (LambdaComponent c : LambdaComponent.values()) {
                if (base.equals(c.usageType) || base.endsWith("-" + c.usageType)) {
                    return new Product(region, "lambda", arm ? Architecture.ARM64 : Architecture.X86_64, c, a);
                }
            }
            return null;
        }
        if (family.equals("Compute Instance") && usage.contains("BoxUsage:")
                && a.path("operatingSystem").asText().equals("Linux") && a.path("tenancy").asText().equals("Shared")
                && a.path("preInstalledSw").asText().equals("NA") && a.path("capacitystatus").asText().equals("Used")) {
            String proc = (a.path("processorArchitecture").asText("") + " " + a.path("physicalProcessor").asText(""));
            Architecture arch = proc.contains("ARM") || proc.contains("Graviton") || proc.contains("arm")
                    ? Architecture.ARM64 : Architecture.X86_64;
            return new Product(region, "ec2", arch, null, a);
        }
        return null;
    }

    private void readTerms(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String kind = p.currentName();
            p.nextToken();
            if (!kind.equals("OnDemand")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                Product product = products.get(sku);
                if (product == null) {
                    p.skipChildren();
                    continue;
                }
                JsonNode offers = mapper.readTree(p);
                List<DurationTier> tiers = dimensions(sku, offers);
                if (product.kind().equals("lambda")) {
                    lambda.computeIfAbsent(product.region() + "/" + product.arch().id(), k -> new LinkedHashMap<>())
                            .put(product.component(), tiers);
                } else {
                    addInstance(product, tiers);
                }
            }
        }
    }

    /** The price dimensions of one SKU as tiers, ordered by beginRange; the last one unbounded. */
    private List<DurationTier> dimensions(String sku, JsonNode offers) {
        List<BigDecimal[]> dims = new ArrayList<>();
        for (JsonNode offer : offers) {
            for (JsonNode dim : offer.path("priceDimensions")) {
                JsonNode usd = dim.path("pricePerUnit").path("USD");
                if (usd.isMissingNode()) {
                    throw new DataFileException(file, "terms.OnDemand." + sku, "price dimension without pricePerUnit.USD");
                }
                try {
                    BigDecimal begin = new BigDecimal(dim.path("beginRange").asText("0"));
                    String endText = dim.path("endRange").asText("Inf");
                    BigDecimal end = endText.equals("Inf") ? null : new BigDecimal(endText);
                    dims.add(new BigDecimal[] {begin, end, new BigDecimal(usd.asText())});
                } catch (NumberFormatException e) {
                    throw new DataFileException(file, "terms.OnDemand." + sku, "non-numeric range or price: " + dim);
                }
            }
        }
        dims.sort(Comparator.comparing(d -> d[0]));
        List<DurationTier> tiers = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            boolean last = i == dims.size() - 1;
            tiers.add(new DurationTier(last ? null : dims.get(i)[1], dims.get(i)[2]));
        }
        if (tiers.isEmpty()) {
            throw new DataFileException(file, "terms.OnDemand." + sku, "no price dimensions");
        }
        return tiers;
    }

    private void addInstance(Product product, List<DurationTier> tiers) {
        JsonNode a = product.attributes();
        String type = a.path("instanceType").asText();
        BigDecimal hourly = tiers.get(0).usdPerGbSecond();
        if (hourly.signum() == 0) {
            return; // A $0 row (e.g. reserved capacity placeholders) prices nothing.
        }
        int vcpu;
        BigDecimal memoryGib;
        try {
            vcpu = Integer.parseInt(a.path("vcpu").asText().trim());
            memoryGib = new BigDecimal(a.path("memory").asText().replace("GiB", "").replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new DataFileException(file, "products (" + type + ")", "unreadable vcpu or memory: "
                    + a.path("vcpu") + ", " + a.path("memory"));
        }
        // Offer files do not state burstable baselines: take them from the reference book when it knows the type.
        double baseline = 1.0;
        Ec2InstanceType.Burst burst = Ec2InstanceType.Burst.NONE;
        BigDecimal surplus = BigDecimal.ZERO;
        for (Ec2InstanceType known : reference.ec2Types()) {
            if (known.type().equals(type)) {
                baseline = known.baselinePerVcpu();
                burst = known.burst();
                surplus = known.surplusUsdPerVcpuHour();
                break;
            }
        }
        ec2.put(product.region() + "/" + type, new Ec2InstanceType(product.region(), type, vcpu, memoryGib,
                product.arch(), hourly, baseline, burst, surplus));
    }

    /** Instance types whose burstable baseline was unknown (priced as fixed performance). */
    public List<String> unknownBaselines() {
        List<String> out = new ArrayList<>();
        for (Ec2InstanceType t : ec2.values()) {
            if ((t.type().startsWith("t2.") || t.type().startsWith("t3") || t.type().startsWith("t4g.")) && !t.burstable()) {
                out.add(t.type());
            }
        }
        return out;
    }

    /** The price book of everything read so far. */
    public PriceBook toPriceBook(String name) {
        List<LambdaPrices> lp = new ArrayList<>();
        for (var e : lambda.entrySet()) {
            String[] key = e.getKey().split("/");
            Map<LambdaComponent, List<DurationTier>> c = e.getValue();
            if (!c.containsKey(LambdaComponent.REQUEST) || !c.containsKey(LambdaComponent.DURATION)) {
                continue; // A region without both request and duration prices cannot bill anything.
            }
            BigDecimal perRequest = c.get(LambdaComponent.REQUEST).get(0).usdPerGbSecond();
            lp.add(new LambdaPrices(key[0], Architecture.parse(key[1]), perRequest.multiply(BigDecimal.valueOf(1_000_000)),
                    c.get(LambdaComponent.DURATION), first(c, LambdaComponent.STORAGE), first(c, LambdaComponent.PROVISIONED),
                    first(c, LambdaComponent.PROVISIONED_DURATION)));
        }
        boolean lambdaFromReference = lp.isEmpty();
        if (lambdaFromReference) {
            // An EC2-only offer: keep the reference book's Lambda prices so every command can still price Lambda.
            lp.addAll(reference.lambdaPrices());
        }
        List<LoadBalancerPrice> lbs = new ArrayList<>();
        for (LoadBalancerPrice lb : reference.loadBalancers()) {
            lbs.add(lb);
        }
        String source = "AWS Price List offer file " + file + (publicationDate.isEmpty() ? "" : " (published " + publicationDate + ")")
                + "; burstable baselines and load balancer prices" + (lambdaFromReference ? " and all Lambda prices" : "")
                + " from " + reference.name() + " (" + reference.source() + ")";
        FreeTier free = reference.freeTier();
        return new PriceBook(name, source, publicationDate.isEmpty() ? java.time.LocalDate.now().toString() : publicationDate,
                free, lp, new ArrayList<>(ec2.values()), lbs);
    }

    private static BigDecimal first(Map<LambdaComponent, List<DurationTier>> c, LambdaComponent k) {
        List<DurationTier> t = c.get(k);
        return t == null ? BigDecimal.ZERO : t.get(0).usdPerGbSecond();
    }
}
