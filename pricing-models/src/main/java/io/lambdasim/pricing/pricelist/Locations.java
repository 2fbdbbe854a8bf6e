package io.lambdasim.pricing.pricelist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Price List {@code location} names to region codes, from the cited data file {@code locations.json}. */
final class Locations {

    private static final Map<String, String> REGIONS = load();

    private Locations() {
    }

    /** The region code of {@code location}, or null (global rows, unknown names). */
    static String regionOf(String location) {
        return REGIONS.get(location.trim());
    }

    private static Map<String, String> load() {
        try (InputStream in = Locations.class.getResourceAsStream("locations.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> m = new HashMap<>();
            root.path("locations").fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
