package io.lambdasim.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices of what surrounds a function (issue 18, "the bill around the function"): the front
 * door, the triggers' own fees, the network and fixed costs, CloudWatch Logs. Read from the bundled
 * {@code around-prices.json}, in which every service entry names its source; one entry per region.
 * Kept apart from the Lambda/EC2 price book so a book imported from AWS's offer files still works.
 */
public final class AroundPrices {

    private static final String BUNDLED = "around-prices.json";

    /** The fields each service entry must have (besides {@code source}); extra numeric fields are kept. */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("httpApi", List.of("meteredBytes")),
            Map.entry("restApi", List.of()),
            Map.entry("alb", List.of("hourlyUsd", "usdPerLcuHour", "newConnectionsPerSecondPerLcu",
                    "activeConnectionsPerMinutePerLcu", "gbPerHourPerLcuLambda", "gbPerHourPerLcuInstances")),
            Map.entry("functionUrl", List.of("usdPerMillion")),
            Map.entry("sqs", List.of("usdPerMillion", "freeRequests", "chunkBytes", "messagesPerRequest")),
            Map.entry("sns", List.of("usdPerMillion", "freeRequests", "chunkBytes")),
            Map.entry("eventBridge", List.of("usdPerMillion", "freeRequests", "chunkBytes")),
            Map.entry("scheduler", List.of("usdPerMillion", "freeRequests")),
            Map.entry("kinesis", List.of("shardHourUsd", "usdPerMillionPutUnits", "putUnitBytes")),
            Map.entry("dynamodbStreams", List.of("usdPerMillionReads", "freeRequests", "lambdaReadsFree")),
            Map.entry("natGateway", List.of("hourlyUsd", "usdPerGb")),
            Map.entry("publicIpv4", List.of("hourlyUsd")),
            Map.entry("ebs", List.of("usdPerGbMonth", "monthHours")),
            Map.entry("dataTransferOut", List.of("usdPerGb")),
            Map.entry("cloudWatchLogs", List.of("usdPerGb", "platformBytesPerInvocation")));

    /** Services priced per request in tiers of monthly requests. */
    static final List<String> TIERED = List.of("httpApi", "restApi");

    /**
     * One service's prices in one region.
     *
     * @param values numeric fields by name
     * @param tiers  per-million tiers of monthly requests (tiered services), else empty
     */
    public record Service(String name, String source, Map<String, BigDecimal> values, List<RequestTier> tiers) {

        public Service {
            values = Map.copyOf(values);
            tiers = List.copyOf(tiers);
        }

        public BigDecimal get(String field) {
            BigDecimal v = values.get(field);
            if (v == null) {
                throw new IllegalArgumentException("around-the-function prices: " + name + " has no " + field);
            }
            return v;
        }

        public long whole(String field) {
            return get(field).longValueExact();
        }
    }

    /** USD per million requests for the monthly requests up to {@code upToRequests} (null: beyond the last). */
    public record RequestTier(Long upToRequests, BigDecimal usdPerMillion) {
    }

    private final String name;
    private final String date;
    private final Map<String, Map<String, Service>> byRegion;

    AroundPrices(String name, String date, Map<String, Map<String, Service>> byRegion) {
        this.name = name;
        this.date = date;
        this.byRegion = Map.copyOf(byRegion);
    }

    public static AroundPrices loadDefault() {
        return Bundled.PRICES;
    }

    private static final class Bundled {
        static final AroundPrices PRICES = read();

        private static AroundPrices read() {
            try (InputStream in = AroundPrices.class.getResourceAsStream(BUNDLED)) {
                return AroundPrices.read(in, "bundled " + BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static AroundPrices read(InputStream in, String file) {
        JsonData d = new JsonData(file);
        JsonNode root = d.parse(in);
        String currency = d.text(root, "currency", "", "USD");
        if (!currency.equals("USD")) {
            throw new DataFileException(file, "at currency", "prices in " + currency + ": lambdasim prices in USD only");
        }
        Map<String, Map<String, Service>> regions = new LinkedHashMap<>();
        JsonNode ra = d.array(root, "regions", "");
        for (int i = 0; i < ra.size(); i++) {
            String p = "regions[" + i + "]";
            JsonNode r = ra.get(i);
            String region = d.text(r, "region", p);
            Map<String, Service> services = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : REQUIRED.entrySet()) {
                services.put(e.getKey(), service(d, d.field(r, e.getKey(), p), e.getKey(), p + "." + e.getKey(), e.getValue()));
            }
            if (regions.put(region, services) != null) {
                throw new DataFileException(file, "at " + p, "region " + region + " given twice");
            }
        }
        return new AroundPrices(d.text(root, "name", "", file), d.text(root, "date", ""), regions);
    }

    private static Service service(JsonData d, JsonNode n, String name, String p, List<String> required) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String f : required) {
            values.put(f, d.decimal(n, f, p));
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (n.get(f).isNumber() && !values.containsKey(f)) {
                values.put(f, d.decimal(n, f, p));
            }
        }
        List<RequestTier> tiers = new ArrayList<>();
        if (TIERED.contains(name)) {
            JsonNode ta = d.array(n, "tiers", p);
            long below = 0;
            for (int j = 0; j < ta.size(); j++) {
                String tp = p + ".tiers[" + j + "]";
                JsonNode t = ta.get(j);
                Long upTo = t.hasNonNull("upToRequests") ? d.integer(t, "upToRequests", tp) : null;
                boolean last = j == ta.size() - 1;
                if ((upTo == null) != last || (upTo != null && upTo <= below)) {
                    throw new DataFileException(d.file(), "at " + tp, "tiers must rise, and only the last may have upToRequests null");
                }
                tiers.add(new RequestTier(upTo, d.decimal(t, "usdPerMillion", tp)));
                below = upTo == null ? below : upTo;
            }
            if (tiers.isEmpty()) {
                throw new DataFileException(d.file(), "at " + p + ".tiers", "expected at least one tier");
            }
        }
        return new Service(name, d.text(n, "source", p), values, tiers);
    }

    public String name() {
        return name;
    }

    public String date() {
        return date;
    }

    /** The service's prices in {@code region}; the message lists the regions there are. */
    public Service service(String region, String service) {
        Map<String, Service> r = byRegion.get(region);
        if (r == null) {
            throw new IllegalArgumentException("no prices of the front door, triggers, network and logs for region '" + region
                    + "' (" + name + " has " + String.join(", ", byRegion.keySet()) + ")");
        }
        return r.get(service);
    }

    public boolean has(String region) {
        return byRegion.containsKey(region);
    }
}
