package io.lambdasim.engine.init;

import io.lambdasim.engine.DataTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runtime presets for INIT ({@code runtime:python}, ...), read from the data file
 * {@code runtime-init.csv} beside this class, where each row names its distribution and its source.
 */
public final class InitPresets {

    /** A preset: the runtime name, its INIT distribution, and where the figure comes from. */
    public record Preset(String runtime, InitModel model, String source) {
    }

    private static final Map<String, Preset> PRESETS = load();

    private InitPresets() {
    }

    public static List<String> names() {
        return List.copyOf(PRESETS.keySet());
    }

    public static List<Preset> all() {
        return List.copyOf(PRESETS.values());
    }

    /** Whether {@code runtime} (e.g. {@code python3.12}, {@code java21}) maps to a preset. */
    public static Preset find(String runtime) {
        if (runtime == null) {
            return null;
        }
        String r = runtime.trim().toLowerCase(java.util.Locale.ROOT);
        Preset exact = PRESETS.get(r);
        if (exact != null) {
            return exact;
        }
        // Lambda's runtime identifiers carry versions (python3.12, nodejs20.x, java21, provided.al2023):
        // match on the longest preset name that prefixes it.
        Preset best = null;
        for (Preset p : PRESETS.values()) {
            if (r.startsWith(p.runtime()) && (best == null || p.runtime().length() > best.runtime().length())) {
                best = p;
            }
        }
        return best;
    }

    static InitModel get(String runtime) {
        Preset p = PRESETS.get(runtime.trim());
        if (p == null) {
            throw new IllegalArgumentException("unknown runtime preset '" + runtime + "' (allowed: "
                    + String.join(", ", PRESETS.keySet()) + ")");
        }
        return p.model();
    }

    private static Map<String, Preset> load() {
        Map<String, Preset> map = new LinkedHashMap<>();
        // runtime;distribution;source (';' because distributions contain commas)
        for (String[] f : DataTable.read(InitPresets.class, "runtime-init.csv", 3)) {
            map.put(f[0], new Preset(f[0], InitModels.parse(f[1]), f[2]));
        }
        return map;
    }
}
