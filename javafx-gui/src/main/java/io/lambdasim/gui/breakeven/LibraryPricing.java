package io.lambdasim.gui.breakeven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.breakeven.PriceSource;
import io.lambdasim.reports.breakeven.PriceSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The explorer's pricing from the library: {@link PriceSources}, the same seam {@code lambdasim
 * breakeven} uses, so the GUI and the command line agree to the cent. Price sources are cached per
 * (region, rules, free tier): a slider drag then costs no file parsing.
 *
 * <p>The lists (instance types, rule sets and their memory limits) come from the price data the
 * price source reads, because the library has no listing call yet; when pricing-models' price book
 * lands with one, only {@link #catalog()} changes.
 */
public final class LibraryPricing implements BreakevenPricing {
    private static final String CATALOG = "/io/lambdasim/reports/breakeven/fallback-prices.json";
    private final Map<String, PriceSource> sources = new ConcurrentHashMap<>();
    private JsonNode catalog;

    private PriceSource source(String region, String rules, boolean freeTier) {
        return sources.computeIfAbsent(region + "|" + rules + "|" + freeTier,
                k -> PriceSources.open(null, region, rules, freeTier));
    }

    @Override
    public CostCurve lambdaCurve(Inputs in) {
        PriceSource s = source(in.region(), in.rules(), in.freeTier());
        return s.lambdaCurve(new LambdaProfile(in.memoryMb(), in.durationMs(), in.arch(), in.initMs(), in.coldRatio()));
    }

    @Override
    public Ec2Offer ec2Offer(String type, String region) {
        return source(region, "aws-2025-08", false).ec2(type);
    }

    @Override
    public List<String> ec2Types(String region) {
        List<String> out = new ArrayList<>();
        catalog().path("ec2").forEach(n -> out.add(n.path("type").asText()));
        return out;
    }

    @Override
    public List<String> regions() {
        return List.of(catalog().path("region").asText("us-east-1"));
    }

    @Override
    public List<String> ruleSets() {
        List<String> out = new ArrayList<>();
        catalog().path("rules").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Override
    public int[] memoryLimits(String rules) {
        JsonNode r = catalog().path("rules").path(rules);
        return new int[] {r.path("minMemoryMb").asInt(128), r.path("maxMemoryMb").asInt(10_240), r.path("stepMb").asInt(1)};
    }

    private synchronized JsonNode catalog() {
        if (catalog == null) {
            try (InputStream in = LibraryPricing.class.getResourceAsStream(CATALOG)) {
                catalog = in == null ? new ObjectMapper().createObjectNode() : new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return catalog;
    }
}
