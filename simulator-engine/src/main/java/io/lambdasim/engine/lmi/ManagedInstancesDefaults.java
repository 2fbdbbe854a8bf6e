package io.lambdasim.engine.lmi;

import io.lambdasim.engine.DataTable;
import io.lambdasim.engine.Durations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The behaviour defaults of Lambda Managed Instances, read from the data file
 * {@code managed-instances.csv} beside this class, where each row names its source: the capacity
 * provider's floors, the execution environment's shape, the per-vCPU concurrency of each runtime,
 * and the scaler's timing. The engine knows no prices; the management fee lives in the price book.
 */
public final class ManagedInstancesDefaults {

    /** One row of the data file. */
    public record Setting(String name, String value, String source) {
    }

    private static final Map<String, Setting> SETTINGS = load();

    public static final int MIN_INSTANCES = integer("min_instances");
    public static final int MIN_ENVIRONMENTS = integer("min_environments");
    public static final int MAX_VCPUS = integer("max_vcpus");
    public static final int ENVIRONMENT_MEMORY_MB = integer("environment_memory_mb");
    public static final double MEMORY_GIB_PER_VCPU = number("memory_gib_per_vcpu");
    public static final int MAX_CONCURRENCY_LIMIT = integer("max_concurrency_limit");
    public static final String DEFAULT_RUNTIME = text("default_runtime");
    public static final int RESERVED_VCPUS = integer("reserved_vcpus");
    public static final int RESERVED_MEMORY_MB = integer("reserved_memory_mb");
    /** Target utilisation of the scaler: the inverse of the methodology's scaling buffer (1/1.5). */
    public static final double TARGET_CPU = 1 / number("scaling_buffer");
    public static final long REACTION_US = duration("reaction");
    public static final long LAUNCH_DELAY_US = duration("launch_delay");
    public static final double STEP = number("step");
    public static final long COOLDOWN_US = duration("cooldown");

    private static final String PER_VCPU = "max_concurrency_per_vcpu.";

    private ManagedInstancesDefaults() {
    }

    /** Every setting with its value and source, in file order (for reports and documentation). */
    public static List<Setting> all() {
        return List.copyOf(SETTINGS.values());
    }

    /** The runtimes with a documented per-vCPU concurrency default. */
    public static List<String> runtimes() {
        return SETTINGS.keySet().stream().filter(k -> k.startsWith(PER_VCPU)).map(k -> k.substring(PER_VCPU.length())).toList();
    }

    /**
     * The runtime a Lambda runtime identifier or preset name maps to ({@code python3.13} → python,
     * {@code java21}, {@code java-snapstart} → java, {@code nodejs22.x} → nodejs, {@code dotnet8} →
     * dotnet), or null when LMI documents no default for it.
     */
    public static String runtimeOf(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (String r : runtimes()) {
            if (n.startsWith(r)) {
                return r;
            }
        }
        return null;
    }

    /** The documented default concurrency per vCPU of {@code runtime} (python 16, nodejs 64, java 32, dotnet 32). */
    public static int maxConcurrencyPerVcpu(String runtime) {
        String r = runtimeOf(runtime);
        if (r == null) {
            throw new IllegalArgumentException("runtime '" + runtime + "' has no Managed Instances default (allowed: "
                    + String.join(", ", runtimes()) + ")");
        }
        return integer(PER_VCPU + r);
    }

    private static int integer(String name) {
        return Integer.parseInt(text(name));
    }

    private static double number(String name) {
        return Double.parseDouble(text(name));
    }

    private static long duration(String name) {
        return Durations.parseUs(text(name));
    }

    private static String text(String name) {
        Setting s = SETTINGS.get(name);
        if (s == null) {
            throw new IllegalStateException("managed-instances.csv lacks the setting " + name);
        }
        return s.value();
    }

    private static Map<String, Setting> load() {
        Map<String, Setting> out = new LinkedHashMap<>();
        for (String[] f : DataTable.read(ManagedInstancesDefaults.class, "managed-instances.csv", 3)) {
            out.put(f[0], new Setting(f[0], f[1], f[2]));
        }
        return out;
    }
}
