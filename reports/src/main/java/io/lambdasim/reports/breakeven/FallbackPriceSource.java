package io.lambdasim.reports.breakeven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.sizing.LambdaPricer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The smallest price book break-even and sizing need, read from {@code fallback-prices.json}
 * (sources and date inside): a stand-in adapter while pricing-models has no price book, so these
 * commands run and are tested end to end. Lambda: request price, duration tiers per architecture,
 * free tier, rounding and INIT billing per rule set; EC2: shape, hourly price, burst baseline.
 */
final class FallbackPriceSource implements PriceSource {

    private static final String RESOURCE = "fallback-prices.json";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);

    private final JsonNode book;
    private final JsonNode rule;
    private final String rules;
    private final String region;
    private final boolean freeTier;

    FallbackPriceSource(String region, String rules, boolean freeTier) {
        try (InputStream in = FallbackPriceSource.class.getResourceAsStream(RESOURCE)) {
            this.book = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!book.path("region").asText().equals(region)) {
            throw new IllegalArgumentException("unknown region '" + region + "' (prices known: " + book.path("region").asText() + ")");
        }
        this.rule = book.path("rules").path(rules);
        if (rule.isMissingNode()) {
            List<String> names = new ArrayList<>();
            book.path("rules").fieldNames().forEachRemaining(names::add);
            throw new IllegalArgumentException("unknown billing rules '" + rules + "' (expected one of " + String.join(", ", names) + ")");
        }
        this.rules = rules;
        this.region = region;
        this.freeTier = freeTier;
    }

    private JsonNode tiers(String arch) {
        JsonNode t = rule.path("tiers").path(arch);
        if (t.isMissingNode()) {
            throw new IllegalArgumentException("architecture '" + arch + "' not priced under " + rules
                    + " (expected x86_64" + (rule.path("tiers").has("arm64") ? " or arm64)" : ")"));
        }
        return t;
    }

    private long roundingUs() {
        return rule.path("roundingMs").asLong() * 1000;
    }

    /** Billed ms of one request of {@code durationMs} (plus INIT when billed), rounded up per the rules. */
    private double billedMs(double durationMs, double initMs) {
        double r = rule.path("roundingMs").asDouble();
        double d = durationMs + (rule.path("initBilled").asBoolean() ? initMs : 0);
        // Tolerate the float noise of e.g. 0.1 + 0.2 before rounding up.
        return Math.ceil(d / r - 1e-9) * r;
    }

    private double gbsPerRequest(LambdaProfile p) {
        double warm = billedMs(p.durationMs(), 0);
        double cold = billedMs(p.durationMs(), p.initMs());
        double ms = (1 - p.coldRatio()) * warm + p.coldRatio() * cold;
        return ms / 1000 * p.memoryMb() / 1024;
    }

    @Override
    public CostCurve lambdaCurve(LambdaProfile p) {
        checkMemory(p.memoryMb());
        JsonNode t = tiers(p.arch());
        double gbsPer = gbsPerRequest(p);
        double requestPrice = book.path("requestUsdPerMillion").asDouble() / 1e6;
        double freeRequests = freeTier ? book.path("freeTier").path("requests").asDouble() : 0;
        double freeGbs = freeTier ? book.path("freeTier").path("gbSeconds").asDouble() : 0;
        int n = t.size();
        double[] upTo = new double[n];
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            upTo[i] = t.get(i).get(0).isNull() ? Double.POSITIVE_INFINITY : t.get(i).get(0).asDouble();
            price[i] = t.get(i).get(1).asDouble();
        }
        return r -> {
            double cost = Math.max(0, r - freeRequests) * requestPrice;
            double gbs = Math.max(0, r * gbsPer - freeGbs);
            double below = 0;
            for (int i = 0; i < n && gbs > below; i++) {
                cost += (Math.min(gbs, upTo[i]) - below) * price[i];
                below = upTo[i];
            }
            return cost;
        };
    }

    @Override
    public BigDecimal lambdaMonthly(LambdaProfile p, long requests) {
        BigDecimal gbs = BigDecimal.valueOf(gbsPerRequest(p)).multiply(BigDecimal.valueOf(requests), MathContext.DECIMAL64);
        return bill(p.arch(), requests, gbs);
    }

    private BigDecimal bill(String arch, long requests, BigDecimal gbSeconds) {
        BigDecimal freeRequests = freeTier ? book.path("freeTier").path("requests").decimalValue() : BigDecimal.ZERO;
        BigDecimal freeGbs = freeTier ? book.path("freeTier").path("gbSeconds").decimalValue() : BigDecimal.ZERO;
        BigDecimal billable = BigDecimal.valueOf(requests).subtract(freeRequests).max(BigDecimal.ZERO);
        BigDecimal cost = billable.multiply(book.path("requestUsdPerMillion").decimalValue()).divide(MILLION);
        return cost.add(tiered(arch, gbSeconds.subtract(freeGbs).max(BigDecimal.ZERO)));
    }

    private BigDecimal tiered(String arch, BigDecimal gbs) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal below = BigDecimal.ZERO;
        for (JsonNode tier : tiers(arch)) {
            if (gbs.compareTo(below) <= 0) {
                break;
            }
            BigDecimal top = tier.get(0).isNull() ? gbs : gbs.min(tier.get(0).decimalValue());
            cost = cost.add(top.subtract(below).multiply(tier.get(1).decimalValue()));
            below = tier.get(0).isNull() ? gbs : tier.get(0).decimalValue();
        }
        return cost;
    }

    @Override
    public LambdaPricer lambdaPricer() {
        return new LambdaPricer() {
            @Override
            public BigDecimal monthlyCost(String arch, long requests, BigDecimal gbSeconds) {
                return bill(arch, requests, gbSeconds);
            }

            @Override
            public BigDecimal computeCost(String arch, BigDecimal gbSeconds) {
                return gbSeconds.multiply(tiers(arch).get(0).get(1).decimalValue());
            }
        };
    }

    @Override
    public Ec2Offer ec2(String spec) {
        int eq = spec.indexOf('=');
        if (eq > 0) {
            return custom(spec.substring(0, eq).trim(), spec.substring(eq + 1).trim(), spec);
        }
        for (JsonNode t : book.path("ec2")) {
            if (t.path("type").asText().equals(spec)) {
                String burst = t.path("burst").asText("none").toUpperCase(Locale.ROOT);
                return new Ec2Offer(spec, t.path("hourly").asDouble(), t.path("vcpu").asInt(),
                        t.path("memoryGib").asDouble() * 1024, t.path("baseline").asDouble(1),
                        Ec2Offer.BurstMode.valueOf(burst), t.path("surplusPerVcpuHour").asDouble(0));
            }
        }
        List<String> known = new ArrayList<>();
        book.path("ec2").forEach(t -> known.add(t.path("type").asText()));
        throw new IllegalArgumentException("unknown instance type '" + spec + "' in " + region + " (known: "
                + String.join(", ", known) + "; or give NAME=DOLLARS_PER_HOUR)");
    }

    /** {@code NAME=DOLLARS_PER_HOUR[:VCPUS[:MEMORY_GIB]]}; 1 vCPU and memory that never limits by default. */
    static Ec2Offer custom(String name, String value, String spec) {
        String[] parts = value.split(":");
        try {
            double hourly = Double.parseDouble(parts[0]);
            int vcpus = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
            double memGib = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            if (!(hourly >= 0) || vcpus < 1 || memGib < 0 || parts.length > 3 || name.isEmpty()) {
                throw new NumberFormatException();
            }
            return Ec2Offer.fixed(name, hourly, vcpus, memGib * 1024);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad --ec2 entry '" + spec
                    + "': expected NAME=DOLLARS_PER_HOUR (>= 0), optionally :VCPUS:MEMORY_GIB");
        }
    }

    @Override
    public void checkMemory(int memoryMb) {
        int min = rule.path("minMemoryMb").asInt();
        int max = rule.path("maxMemoryMb").asInt();
        int step = rule.path("stepMb").asInt();
        if (memoryMb < min || memoryMb > max || (memoryMb - min) % step != 0) {
            throw new IllegalArgumentException("memory " + memoryMb + " MB outside " + rules + "'s range " + min + ".."
                    + max + " MB" + (step > 1 ? " in steps of " + step + " MB" : ""));
        }
    }

    @Override
    public BillingMeasure billingMeasure() {
        return new BillingMeasure(roundingUs(), rule.path("initBilled").asBoolean());
    }

    @Override
    public LoadBalancerPrice loadBalancer() {
        JsonNode lb = book.path("loadBalancer");
        return new LoadBalancerPrice(lb.path("hourly").asDouble(), lb.path("perLcuHour").asDouble());
    }

    @Override
    public String describe() {
        return rules + ", " + region + ", " + (freeTier ? "free tier" : "no free tier");
    }

}
