package io.lambdasim.reports.sizing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What an AWS Lambda Power Tuning run measured and chose, from any shape a user holds
 * (alexcasalboni/aws-lambda-power-tuning, README "State Machine Output" and lambda/analyzer.js):
 * <ul>
 *   <li>the state machine's output {@code {"power", "cost", "duration", "stateMachine":
 *       {"visualization": URL, ...}, "stats": [...]}}, bare or wrapped in {@code {"results": ...}}
 *       or {@code {"output": ...}} (an object or a JSON string);</li>
 *   <li>{@code aws stepfunctions describe-execution} JSON: {@code output} and {@code input} as JSON
 *       strings (the input names the {@code strategy} and {@code balancedWeight} used);</li>
 *   <li>a bare {@code stats} array.</li>
 * </ul>
 * Without {@code stats} (the default: they are written only with {@code includeOutputResults}) the
 * measurements come from the visualization URL's fragment: three base64 strings joined by
 * {@code ;}, the bytes of a little-endian Int16Array of the powers (MB), then Float32Arrays of the
 * average durations (ms) and of the average costs (USD), sorted by power (lambda/utils.js,
 * buildVisualizationURL).
 *
 * @param measurements  Power Tuning's averages per memory, in its order
 * @param chosenMb      the {@code power} it recommended, or null
 * @param strategy      the strategy of the run when the input says it (describe-execution), else null
 * @param balancedWeight the weight of the run's balanced strategy, 0.5 unless the input says
 * @param fromVisualization whether the measurements were decoded from the URL (float32 precision)
 */
public record PowerTuningOutput(List<Measurement> measurements, Integer chosenMb, SizingStrategy strategy,
                                double balancedWeight, boolean fromVisualization) {

    /** One memory size: average duration (ms) and average cost per invocation (USD, NaN when unknown). */
    public record Measurement(int memoryMb, double durationMs, double costUsd) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public PowerTuningOutput {
        measurements = List.copyOf(measurements);
    }

    /** Reads {@code text} (already known to be JSON); errors name {@code name} and the field. */
    public static PowerTuningOutput parse(String text, String name) {
        JsonNode root = tree(text, name, "");
        SizingStrategy strategy = null;
        double weight = SizingStrategy.DEFAULT_BALANCED_WEIGHT;
        // describe-execution: {"executionArn", "input": "{...}", "output": "{...}", ...}
        if (root.isObject() && root.path("input").isTextual()) {
            JsonNode input = tree(root.get("input").asText(), name, "input");
            if (input.path("strategy").isTextual()) {
                strategy = SizingStrategy.parse(input.get("strategy").asText());
            } else if (input.isObject() && input.has("lambdaARN")) {
                strategy = SizingStrategy.COST; // analyzer.js: the default strategy
            }
            if (input.path("balancedWeight").isNumber()) {
                weight = Math.min(1, Math.max(0, input.get("balancedWeight").asDouble()));
            }
        }
        JsonNode out = unwrap(root, name);
        List<Measurement> points = new ArrayList<>();
        boolean fromUrl = false;
        JsonNode stats = out.isArray() ? out : out.path("stats");
        if (stats.isArray() && !stats.isEmpty()) {
            for (int i = 0; i < stats.size(); i++) {
                JsonNode s = stats.get(i);
                String where = "stats[" + i + "]";
                JsonNode duration = s.get("averageDuration");
                if (duration == null || !duration.isNumber()) {
                    throw new IllegalArgumentException(name + ": " + where + ".averageDuration: expected a number of ms");
                }
                if (duration.asDouble() == 0) {
                    continue; // analyzer.js drops empty results the same way
                }
                JsonNode price = s.get("averagePrice");
                points.add(new Measurement(memory(s.get("value"), name, where + ".value"), duration.asDouble(),
                        price != null && price.isNumber() ? price.asDouble() : Double.NaN));
            }
        } else {
            JsonNode url = out.path("stateMachine").path("visualization");
            if (!url.isTextual()) {
                throw new IllegalArgumentException(name + ": no stats[] and no stateMachine.visualization URL: "
                        + "expected AWS Lambda Power Tuning's output (see README, section Sizing)");
            }
            points = decodeVisualization(url.asText(), name);
            fromUrl = true;
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException(name + ": the Power Tuning output has no measurement");
        }
        Integer chosen = out.isObject() && out.has("power") ? memory(out.get("power"), name, "power") : null;
        return new PowerTuningOutput(points, chosen, strategy, weight, fromUrl);
    }

    private static JsonNode tree(String text, String name, String field) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null) {
                throw new IllegalArgumentException(name + ": " + (field.isEmpty() ? "empty" : field + " is empty"));
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + (field.isEmpty() ? "" : " [" + field + "]") + ":"
                    + e.getLocation().getLineNr() + ": not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The analyzer's result object inside the wrappers users keep it in. */
    private static JsonNode unwrap(JsonNode n, String name) {
        for (int depth = 0; depth < 4 && n.isObject() && !n.has("power") && !n.has("stats"); depth++) {
            JsonNode inner = n.has("output") ? n.get("output") : n.has("results") ? n.get("results") : null;
            if (inner == null) {
                break;
            }
            n = inner.isTextual() ? tree(inner.asText(), name, "output") : inner;
        }
        return n;
    }

    private static int memory(JsonNode v, String name, String field) {
        if (v != null && v.isIntegralNumber()) {
            return v.asInt();
        }
        if (v != null && v.isTextual()) {
            try {
                return Integer.parseInt(v.asText().trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new IllegalArgumentException(name + ": " + field + ": expected a memory size in MB, found " + v);
    }

    /** A visualization link found in text (a copied link, a markdown line), or null. */
    public static String urlIn(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("https?://\\S+#([A-Za-z0-9+/=]+;[A-Za-z0-9+/=]+;[A-Za-z0-9+/=]+)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The measurements of a bare visualization link: no choice, no strategy known. */
    public static PowerTuningOutput fromUrl(String fragment, String name) {
        return new PowerTuningOutput(decodeVisualization(fragment, name), null, null,
                SizingStrategy.DEFAULT_BALANCED_WEIGHT, true);
    }

    /** The three arrays of the URL fragment (see the class comment). */
    static List<Measurement> decodeVisualization(String url, String name) {
        int hash = url.indexOf('#');
        String[] parts = (hash >= 0 ? url.substring(hash + 1) : url).split(";");
        if (parts.length != 3) {
            throw new IllegalArgumentException(name + ": stateMachine.visualization: expected a fragment of three "
                    + "base64 arrays separated by ';' (powers;durations;costs), found '" + url + "'");
        }
        ByteBuffer powers = bytes(parts[0], name);
        ByteBuffer durations = bytes(parts[1], name);
        ByteBuffer costs = bytes(parts[2], name);
        int n = powers.remaining() / 2;
        if (powers.remaining() % 2 != 0 || durations.remaining() != 4 * n || costs.remaining() != 4 * n) {
            throw new IllegalArgumentException(name + ": stateMachine.visualization: arrays of different lengths ("
                    + powers.remaining() / 2 + " powers, " + durations.remaining() / 4 + " durations, "
                    + costs.remaining() / 4 + " costs)");
        }
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Measurement(powers.getShort() & 0xffff, durations.getFloat(), costs.getFloat()));
        }
        return out;
    }

    private static ByteBuffer bytes(String base64, String name) {
        try {
            return ByteBuffer.wrap(Base64.getDecoder().decode(base64.trim())).order(ByteOrder.LITTLE_ENDIAN);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": stateMachine.visualization: not base64: '" + base64 + "'");
        }
    }

    /**
     * Power Tuning's own choice among its measurements (lambda/analyzer.js): {@code cost} sorts by
     * cost, equal costs by duration; {@code speed} by duration, equal durations by cost;
     * {@code balanced} by {@code w·cost/maxCost + (1−w)·duration/maxDuration}. The sort is stable
     * (Node's), so a remaining tie goes to the measurement listed first.
     */
    public int pick(SizingStrategy s, double weight) {
        Comparator<Measurement> byCost = Comparator.comparingDouble(Measurement::costUsd);
        Comparator<Measurement> bySpeed = Comparator.comparingDouble(Measurement::durationMs);
        Comparator<Measurement> order;
        switch (s) {
            case COST:
                order = byCost.thenComparing(bySpeed);
                break;
            case SPEED:
                order = bySpeed.thenComparing(byCost);
                break;
            default:
                double maxCost = measurements.stream().mapToDouble(Measurement::costUsd).max().orElse(1);
                double maxDuration = measurements.stream().mapToDouble(Measurement::durationMs).max().orElse(1);
                order = Comparator.comparingDouble(m -> weight * m.costUsd() / maxCost
                        + (1 - weight) * m.durationMs() / maxDuration);
        }
        return measurements.stream().sorted(order).findFirst().orElseThrow().memoryMb();
    }

    /** The strategies whose rule, applied to these measurements, gives Power Tuning's own choice. */
    public List<SizingStrategy> strategiesAgreeing() {
        List<SizingStrategy> out = new ArrayList<>();
        if (chosenMb == null || measurements.stream().anyMatch(m -> Double.isNaN(m.costUsd()))) {
            return out;
        }
        for (SizingStrategy s : SizingStrategy.values()) {
            if (pick(s, balancedWeight) == chosenMb) {
                out.add(s);
            }
        }
        return out;
    }

    /** The points a duration model is calibrated on. */
    public List<CalibratedDurations.Point> points() {
        List<CalibratedDurations.Point> out = new ArrayList<>();
        for (Measurement m : measurements) {
            out.add(new CalibratedDurations.Point(m.memoryMb(), m.durationMs()));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Power Tuning: %d sizes%s, chose %s", measurements.size(),
                fromVisualization ? " (from the visualization URL)" : "", chosenMb);
    }
}
