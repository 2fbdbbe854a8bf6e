package io.lambdasim.reports.sizing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads measurements a user already has into a {@link CalibratedDurations}:
 * <ul>
 *   <li>the output of AWS Lambda Power Tuning in any shape users keep it ({@link PowerTuningOutput}:
 *       bare, in {@code results} or {@code output}, describe-execution JSON, with {@code stats} or
 *       only the visualization URL whose fragment encodes the measurements);</li>
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
            throw io.lambdasim.reports.io.InputProblem.io(file, e);
        }
        String trimmed = text.stripLeading();
        String name = file.toString();
        return looksJson(trimmed)
                ? powerTuning(trimmed, name)
                : PowerTuningOutput.urlIn(text) != null ? points(PowerTuningOutput.fromUrl(PowerTuningOutput.urlIn(text), name), name)
                : csv(text, name);
    }

    /** An object, or an array of JSON values (not a markdown link such as "[Results](https://...)"). */
    static boolean looksJson(String trimmed) {
        if (trimmed.startsWith("{")) {
            return true;
        }
        if (!trimmed.startsWith("[")) {
            return false;
        }
        String rest = trimmed.substring(1).stripLeading();
        return rest.isEmpty() || "{[]\"-0123456789".indexOf(rest.charAt(0)) >= 0;
    }

    static List<CalibratedDurations.Point> powerTuning(String json, String name) {
        return points(PowerTuningOutput.parse(json, name), name);
    }

    /**
     * The measurements as calibration points, each checked ({@link CalibratedDurations.Point}: a
     * Lambda memory, a duration in (0, 900 s]); a bad one is named by its position.
     */
    private static List<CalibratedDurations.Point> points(PowerTuningOutput out, String name) {
        List<CalibratedDurations.Point> points = new ArrayList<>();
        for (int i = 0; i < out.measurements().size(); i++) {
            PowerTuningOutput.Measurement m = out.measurements().get(i);
            points.add(point(m.memoryMb(), m.durationMs(), name + ": measurement " + (i + 1) + " of " + out.measurements().size()));
        }
        return points;
    }

    /** A measurement, or an error naming where it came from. */
    private static CalibratedDurations.Point point(int memoryMb, double durationMs, String where) {
        try {
            return new CalibratedDurations.Point(memoryMb, durationMs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** A Power Tuning output in any of the shapes {@link PowerTuningOutput} reads. */
    public static PowerTuningOutput readPowerTuning(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String url = looksJson(text.stripLeading()) ? null : PowerTuningOutput.urlIn(text);
            return url != null ? PowerTuningOutput.fromUrl(url, file.toString())
                    : PowerTuningOutput.parse(text, file.toString());
        } catch (IOException e) {
            throw io.lambdasim.reports.io.InputProblem.io(file, e);
        }
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
            out.add(point(memory, duration, where));
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
