package io.lambdasim.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the price-book JSON format (see the bundled {@code price-book.json}). */
final class PriceBookReader {

    private PriceBookReader() {
    }

    static PriceBook read(InputStream in, String file) {
        JsonData d = new JsonData(file);
        return fromJson(d.parse(in), d);
    }

    static PriceBook fromJson(JsonNode root, JsonData d) {
        String currency = d.text(root, "currency", "", "USD");
        if (!currency.equals("USD")) {
            throw new DataFileException(d.file(), "at currency", "prices in " + currency
                    + ": lambdasim prices in USD only (import the USD offer)");
        }
        String name = d.text(root, "name", "", d.file());
        String source = d.text(root, "source", "");
        String date = d.text(root, "date", "");
        JsonNode ft = d.field(root, "freeTier", "");
        FreeTier freeTier = new FreeTier(d.integer(ft, "requests", "freeTier"), d.decimal(ft, "gbSeconds", "freeTier"));

        List<LambdaPrices> lambda = new ArrayList<>();
        JsonNode la = d.array(root, "lambda", "");
        for (int i = 0; i < la.size(); i++) {
            int k = i;
            lambda.add(checked(() -> lambdaPrices(la.get(k), "lambda[" + k + "]", d), "lambda[" + k + "]", d));
        }
        List<Ec2InstanceType> ec2 = new ArrayList<>();
        JsonNode ea = root.has("ec2") ? d.array(root, "ec2", "") : JsonData.MAPPER.createArrayNode();
        for (int i = 0; i < ea.size(); i++) {
            int k = i;
            ec2.add(checked(() -> instance(ea.get(k), "ec2[" + k + "]", d), "ec2[" + k + "]", d));
        }
        List<LoadBalancerPrice> lbs = new ArrayList<>();
        JsonNode lba = root.has("loadBalancer") ? d.array(root, "loadBalancer", "") : JsonData.MAPPER.createArrayNode();
        for (int i = 0; i < lba.size(); i++) {
            String p = "loadBalancer[" + i + "]";
            JsonNode n = lba.get(i);
            lbs.add(new LoadBalancerPrice(d.text(n, "region", p), d.decimal(n, "hourlyUsd", p), d.decimal(n, "usdPerLcuHour", p)));
        }
        List<SnapStartPrices> snap = new ArrayList<>();
        JsonNode sa = root.has("snapStart") ? d.array(root, "snapStart", "") : JsonData.MAPPER.createArrayNode();
        for (int i = 0; i < sa.size(); i++) {
            String p = "snapStart[" + i + "]";
            JsonNode n = sa.get(i);
            snap.add(checked(() -> new SnapStartPrices(d.text(n, "region", p), d.arch(n, "arch", p), d.text(n, "runtimes", p),
                    d.decimal(n, "cacheUsdPerGbSecond", p), d.decimal(n, "restoreUsdPerGb", p)), p, d));
        }
        List<ManagedInstancesPrice> lmi = new ArrayList<>();
        JsonNode ma = root.has("managedInstances") ? d.array(root, "managedInstances", "") : JsonData.MAPPER.createArrayNode();
        for (int i = 0; i < ma.size(); i++) {
            String p = "managedInstances[" + i + "]";
            JsonNode n = ma.get(i);
            lmi.add(checked(() -> new ManagedInstancesPrice(d.text(n, "region", p), d.decimal(n, "managementFeeShare", p),
                    d.decimal(n, "requestUsdPerMillion", p), d.text(n, "source", p)), p, d));
        }
        return checked(() -> new PriceBook(name, source, date, freeTier, lambda, ec2, lbs, snap, lmi), "", d);
    }

    /** The value {@code make} builds, its validation failure named by file and position. */
    static <T> T checked(java.util.function.Supplier<T> make, String where, JsonData d) {
        try {
            return make.get();
        } catch (DataFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new DataFileException(d.file(), where.isEmpty() ? "" : "at " + where, e.getMessage());
        }
    }

    private static LambdaPrices lambdaPrices(JsonNode n, String p, JsonData d) {
        JsonNode ta = d.array(n, "durationTiers", p);
        List<DurationTier> tiers = new ArrayList<>();
        BigDecimal below = BigDecimal.ZERO;
        for (int j = 0; j < ta.size(); j++) {
            String tp = p + ".durationTiers[" + j + "]";
            JsonNode t = ta.get(j);
            BigDecimal upTo = t.hasNonNull("upToGbSeconds") ? d.decimal(t, "upToGbSeconds", tp) : null;
            boolean last = j == ta.size() - 1;
            if ((upTo == null) != last || (upTo != null && upTo.compareTo(below) <= 0)) {
                throw new DataFileException(d.file(), "at " + tp, "tiers must rise, and only the last may have upToGbSeconds null");
            }
            tiers.add(new DurationTier(upTo, d.decimal(t, "usdPerGbSecond", tp)));
            below = upTo;
        }
        if (tiers.isEmpty()) {
            throw new DataFileException(d.file(), "at " + p + ".durationTiers", "expected at least one tier");
        }
        return new LambdaPrices(d.text(n, "region", p), d.arch(n, "arch", p), d.decimal(n, "requestUsdPerMillion", p),
                tiers, d.decimal(n, "ephemeralUsdPerGbSecond", p),
                d.decimal(n, "provisionedUsdPerGbSecond", p),
                d.decimal(n, "provisionedDurationUsdPerGbSecond", p));
    }

    private static Ec2InstanceType instance(JsonNode n, String p, JsonData d) {
        double baseline = d.decimal(n, "baselinePerVcpu", p, BigDecimal.ONE).doubleValue();
        if (baseline <= 0 || baseline > 1) {
            throw new DataFileException(d.file(), "at " + p + ".baselinePerVcpu", "expected a share in (0, 1]");
        }
        String burstText = d.text(n, "burst", p, baseline < 1 ? "unlimited" : "none");
        Ec2InstanceType.Burst burst;
        try {
            burst = Ec2InstanceType.Burst.valueOf(burstText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DataFileException(d.file(), "at " + p + ".burst", "expected none, standard or unlimited");
        }
        long vcpu = d.integer(n, "vcpu", p);
        if (vcpu < 1) {
            throw new DataFileException(d.file(), "at " + p + ".vcpu", "expected at least 1");
        }
        return new Ec2InstanceType(d.text(n, "region", p), d.text(n, "type", p), (int) vcpu,
                d.decimal(n, "memoryGib", p), d.arch(n, "arch", p), d.decimal(n, "hourlyUsd", p), baseline,
                baseline >= 1 ? Ec2InstanceType.Burst.NONE : burst,
                d.decimal(n, "surplusUsdPerVcpuHour", p, BigDecimal.ZERO));
    }
}
