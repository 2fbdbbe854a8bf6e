package io.lambdasim.pricing;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link PriceBook} in the format {@link PriceBook#load} reads. */
public final class PriceBookWriter {

    private PriceBookWriter() {
    }

    public static void write(PriceBook book, OutputStream out) throws IOException {
        ObjectNode root = JsonData.MAPPER.createObjectNode();
        root.put("name", book.name());
        root.put("source", book.source());
        root.put("date", book.date());
        root.put("currency", "USD");
        ObjectNode ft = root.putObject("freeTier");
        ft.put("requests", book.freeTier().requests());
        ft.put("gbSeconds", book.freeTier().gbSeconds());
        ArrayNode la = root.putArray("lambda");
        for (LambdaPrices p : book.lambdaPrices()) {
            ObjectNode n = la.addObject();
            n.put("region", p.region());
            n.put("arch", p.arch().id());
            n.put("requestUsdPerMillion", p.requestUsdPerMillion());
            ArrayNode tiers = n.putArray("durationTiers");
            for (DurationTier t : p.durationTiers()) {
                ObjectNode tn = tiers.addObject();
                if (t.unbounded()) {
                    tn.putNull("upToGbSeconds");
                } else {
                    tn.put("upToGbSeconds", t.upToGbSeconds());
                }
                tn.put("usdPerGbSecond", t.usdPerGbSecond());
            }
            n.put("ephemeralUsdPerGbSecond", p.ephemeralUsdPerGbSecond());
            n.put("provisionedUsdPerGbSecond", p.provisionedUsdPerGbSecond());
            n.put("provisionedDurationUsdPerGbSecond", p.provisionedDurationUsdPerGbSecond());
        }
        ArrayNode ea = root.putArray("ec2");
        for (Ec2InstanceType t : book.ec2Types()) {
            ObjectNode n = ea.addObject();
            n.put("region", t.region());
            n.put("type", t.type());
            n.put("vcpu", t.vcpu());
            n.put("memoryGib", t.memoryGib());
            n.put("arch", t.arch().id());
            n.put("hourlyUsd", t.hourlyUsd());
            n.put("baselinePerVcpu", t.baselinePerVcpu());
            n.put("burst", t.burst().name().toLowerCase(java.util.Locale.ROOT));
            n.put("surplusUsdPerVcpuHour", t.surplusUsdPerVcpuHour());
        }
        ArrayNode lba = root.putArray("loadBalancer");
        for (LoadBalancerPrice lb : book.loadBalancers()) {
            ObjectNode n = lba.addObject();
            n.put("region", lb.region());
            n.put("hourlyUsd", lb.hourlyUsd());
            n.put("usdPerLcuHour", lb.usdPerLcuHour());
        }
        if (!book.snapStartPrices().isEmpty()) {
            ArrayNode sa = root.putArray("snapStart");
            for (SnapStartPrices p : book.snapStartPrices()) {
                ObjectNode n = sa.addObject();
                n.put("region", p.region());
                n.put("arch", p.arch().id());
                n.put("runtimes", p.runtimes());
                n.put("cacheUsdPerGbSecond", p.cacheUsdPerGbSecond());
                n.put("restoreUsdPerGb", p.restoreUsdPerGb());
            }
        }
        if (!book.managedInstances().isEmpty()) {
            ArrayNode ma = root.putArray("managedInstances");
            for (ManagedInstancesPrice m : book.managedInstances()) {
                ObjectNode n = ma.addObject();
                n.put("region", m.region());
                n.put("managementFeeShare", m.managementFeeShare());
                n.put("requestUsdPerMillion", m.requestUsdPerMillion());
                n.put("source", m.source());
            }
        }
        JsonData.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, root);
    }
}
