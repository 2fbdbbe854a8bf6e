package io.lambdasim.reports.sizing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads measurements a user already has into a {@link CalibratedDurations}:
 * <ul>
 *   <li>the output of AWS Lambda Power Tuning's state machine (JSON with
 *       {@code results.stats[]} of {@code value} (MB), {@code averageDuration} (ms),
 *       {@code averagePrice}; a bare {@code stats} array or the {@code results} object alone are
 *       accepted too);</li>
 *   <li>a CSV with a header {@code memory_mb,duration_ms}.</li>
 * </ul>
 * Errors name the file and the position.
 */
public final class Calibration {

    private Calibration() {
    }

    public static CalibratedDurations read(Path file) {
        return new CalibratedDurations(points(file), file.toString());
    }

    /** The measured points of {@code file} (memory and mean duration), in file order. */
    public static List<CalibratedDurations.Point> points(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String trimmed = text.stripLeading();
        String name = file.toString();
        return trimmed.startsWith("{") || trimmed.startsWith("[") ? powerTuning(trimmed, name) : csv(text, name);
    }

    static List<CalibratedDurations.Point> powerTuning(String json, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        JsonNode stats = root.isArray() ? root : root.path("results").path("stats");
        if (stats.isMissingNode() && root.has("stats")) {
            stats = root.get("stats");
        }
        if (!stats.isArray() || stats.isEmpty()) {
            throw new IllegalArgumentException(name + ": no results.stats[] array (Power Tuning runs with "
                    + "includeOutputResults=true write it)");
        }
        List<CalibratedDurations.Point> out = new ArrayList<>();
        for (int i = 0; i < stats.size(); i++) {
            JsonNode s = stats.get(i);
            JsonNode value = s.get("value");
            JsonNode duration = s.get("averageDuration");
            if (value == null || duration == null || !duration.isNumber()
                    || !(value.isNumber() || value.isTextual())) {
                throw new IllegalArgumentException(name + ": results.stats[" + i
                        + "] needs numeric value and averageDuration");
            }
            int memory = value.isNumber() ? value.asInt() : parseInt(value.asText(), name, "results.stats[" + i + "].value");
            out.add(new CalibratedDurations.Point(memory, duration.asDouble()));
        }
        return out;
    }

    static List<CalibratedDurations.Point> csv(String text, String name) {
        String[] lines = text.split("\r?\n");
        List<CalibratedDurations.Point> out = new ArrayList<>();
        int memCol = -1;
        int durCol = -1;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (memCol < 0) {
                for (int i = 0; i < f.length; i++) {
                    String h = f[i].trim().toLowerCase(Locale.ROOT);
                    if (h.equals("memory_mb")) {
                        memCol = i;
                    } else if (h.equals("duration_ms")) {
                        durCol = i;
                    }
                }
                if (memCol < 0 || durCol < 0) {
                    throw new IllegalArgumentException(name + ":" + (n + 1)
                            + ": expected a header with memory_mb and duration_ms, got '" + line + "'");
                }
                continue;
            }
            String where = name + ":" + (n + 1);
            if (f.length <= Math.max(memCol, durCol)) {
                throw new IllegalArgumentException(where + ": expected memory_mb,duration_ms, got '" + line + "'");
            }
            int memory = parseInt(f[memCol].trim(), where, "memory_mb");
            double duration;
            try {
                duration = Double.parseDouble(f[durCol].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + " [duration_ms]: '" + f[durCol].trim() + "' is not a number");
            }
            out.add(new CalibratedDurations.Point(memory, duration));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": no calibration rows (expected memory_mb,duration_ms)");
        }
        return out;
    }

    private static int parseInt(String s, String where, String field) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " [" + field + "]: '" + s + "' is not a memory size in MB");
        }
    }
}
