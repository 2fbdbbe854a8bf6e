package io.lambdasim.reports.lmi;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.lmi.ManagedInstancesDefaults;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario's Lambda Managed Instances option, typed and checked: the instance type and the
 * capacity provider's settings. A null field takes the documented default
 * ({@link ManagedInstancesDefaults}, each with its source), resolved where the instance type and the
 * runtime are known ({@link LmiScenarioExtension}).
 *
 * <p>The registry ({@link Settings}) declares {@code lmi} ({@code --lmi TYPE[,key=value...]}, e.g.
 * {@code --lmi m7g.large,min=3,max=20,max_concurrency=32,target_cpu=0.5}) and the batch columns
 * {@code lmi_instance}, {@code lmi_min}, {@code lmi_max}, {@code lmi_max_concurrency} and
 * {@code lmi_target_cpu}, which override the spec's keys of the same name; the other keys
 * ({@link #OPTIONS}) are written inside the spec.
 *
 * @param instanceType    price-book instance type ({@code lmi_instance})
 * @param minInstances    fewest instances ({@code lmi_min}, default 3)
 * @param maxInstances    most instances ({@code lmi_max}, default 15,000 vCPUs' worth)
 * @param maxConcurrency  invocations per execution environment at once ({@code lmi_max_concurrency},
 *                        default the runtime's per-vCPU figure × the environment's vCPUs)
 * @param targetCpu       utilisation the scaler keeps ({@code lmi_target_cpu}, default 1/1.5)
 * @param runtime         python, nodejs, java or dotnet ({@code lmi_runtime}; default python, the
 *                        smallest documented per-vCPU concurrency)
 * @param memoryMb        execution environment memory, MB ({@code lmi_memory_mb}, default 2,048)
 * @param gibPerVcpu      environment memory per vCPU, GiB, 2..8 ({@code lmi_gib_per_vcpu}, default 2)
 * @param minEnvironments fewest environments per function ({@code lmi_min_environments}, default 3)
 * @param launchDelayUs   a new instance serves after ({@code lmi_launch_delay}, default 3m)
 * @param cooldownUs      no scale-in within ({@code lmi_cooldown}, default 5m)
 * @param reactionUs      the scaler acts every ({@code lmi_reaction}, default 1m)
 * @param step            at most × this per scaling action ({@code lmi_step}, default 2)
 */
public record LmiSettings(String instanceType, Integer minInstances, Integer maxInstances, Integer maxConcurrency,
                          Double targetCpu, String runtime, Integer memoryMb, Double gibPerVcpu, Integer minEnvironments,
                          Long launchDelayUs, Long cooldownUs, Long reactionUs, Double step) {

    /** The keys after {@code lmi_}, in the order the documentation lists them. */
    public static final List<String> OPTIONS = List.of("min", "max", "max_concurrency", "target_cpu", "runtime", "memory_mb",
            "gib_per_vcpu", "min_environments", "launch_delay", "cooldown", "reaction", "step");
    public static final String PREFIX = "lmi_";
    public static final String INSTANCE = "lmi_instance";

    public LmiSettings {
        if (instanceType == null || instanceType.isBlank()) {
            throw new IllegalArgumentException("lmi needs an instance type, e.g. --lmi m7g.large");
        }
        check(minInstances == null || minInstances >= 0, "lmi_min " + minInstances + " must be 0 or more");
        check(maxInstances == null || maxInstances >= 1, "lmi_max " + maxInstances + " must be 1 or more");
        if (minInstances != null && maxInstances != null && minInstances > maxInstances) {
            throw new IllegalArgumentException("lmi_min " + minInstances + " exceeds lmi_max " + maxInstances);
        }
        check(maxConcurrency == null || (maxConcurrency >= 1 && maxConcurrency <= ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT),
                "lmi_max_concurrency " + maxConcurrency + " outside 1.." + ManagedInstancesDefaults.MAX_CONCURRENCY_LIMIT);
        check(targetCpu == null || (targetCpu > 0 && targetCpu <= 1), "lmi_target_cpu " + targetCpu + " outside (0, 1]");
        check(runtime == null || ManagedInstancesDefaults.runtimeOf(runtime) != null,
                "lmi_runtime '" + runtime + "' is not one of " + String.join(", ", ManagedInstancesDefaults.runtimes()));
        check(memoryMb == null || (memoryMb >= ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB && memoryMb <= 32 * 1024),
                "lmi_memory_mb " + memoryMb + " outside " + ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB + "..32768");
        check(gibPerVcpu == null || (gibPerVcpu >= 2 && gibPerVcpu <= 8), "lmi_gib_per_vcpu " + gibPerVcpu + " outside 2..8");
        check(minEnvironments == null || minEnvironments >= 0, "lmi_min_environments " + minEnvironments + " must be 0 or more");
        check(launchDelayUs == null || launchDelayUs >= 0, "lmi_launch_delay must not be negative");
        check(cooldownUs == null || cooldownUs >= 0, "lmi_cooldown must not be negative");
        check(reactionUs == null || reactionUs >= Durations.US_PER_S, "lmi_reaction must be at least 1s");
        check(step == null || step > 1, "lmi_step " + step + " must be above 1");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * {@code TYPE[,key=value...]} as {@code lmi_*} keys: {@code m7g.large,min=3} →
     * {@code {lmi_instance=m7g.large, lmi_min=3}}. Checks every value (the same checks as the keys).
     */
    public static Map<String, String> expandSpec(String spec) {
        String[] parts = spec.split(",");
        Map<String, String> out = new LinkedHashMap<>();
        String type = parts[0].trim();
        if (type.isEmpty() || type.contains("=")) {
            throw new IllegalArgumentException("expected TYPE[,key=value...] starting with a price-book instance type, e.g. m7g.large,min=3");
        }
        out.put(INSTANCE, type);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq).trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (eq < 0 || !OPTIONS.contains(key)) {
                throw new IllegalArgumentException("'" + p + "' is not key=value with a key among " + String.join(", ", OPTIONS));
            }
            out.put(PREFIX + key, p.substring(eq + 1).trim());
        }
        from(out);
        return out;
    }

    /** Whether the settings ask for Managed Instances ({@code lmi} or {@code lmi_instance} given). */
    public static boolean requested(SettingValues v) {
        return v.has(Settings.LMI) || v.has(Settings.LMI_INSTANCE);
    }

    /**
     * The typed settings from a scenario's or a command's values: the {@code lmi} spec's keys, with
     * the {@code lmi_*} settings given one by one on top; null when Managed Instances are not asked for.
     */
    public static LmiSettings from(SettingValues v) {
        if (!requested(v)) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        if (v.has(Settings.LMI)) {
            m.putAll(expandSpec(v.text(Settings.LMI)));
        }
        for (Setting<?> s : List.of(Settings.LMI_INSTANCE, Settings.LMI_MIN, Settings.LMI_MAX, Settings.LMI_MAX_CONCURRENCY,
                Settings.LMI_TARGET_CPU)) {
            if (v.has(s)) {
                m.put(s.key(), v.text(s));
            }
        }
        return from(m);
    }

    /** The typed settings from {@code lmi_*} keys; IllegalArgumentException naming the key and value. */
    public static LmiSettings from(Map<String, String> s) {
        return new LmiSettings(s.get(INSTANCE), integer(s, "min"), integer(s, "max"), integer(s, "max_concurrency"),
                number(s, "target_cpu"), text(s, "runtime"), integer(s, "memory_mb"), number(s, "gib_per_vcpu"),
                integer(s, "min_environments"), duration(s, "launch_delay"), duration(s, "cooldown"), duration(s, "reaction"),
                number(s, "step"));
    }

    private static String text(Map<String, String> s, String key) {
        String v = s.get(PREFIX + key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static Integer integer(Map<String, String> s, String key) {
        String v = text(s, key);
        try {
            return v == null ? null : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " '" + v + "' is not a whole number");
        }
    }

    private static Double number(Map<String, String> s, String key) {
        String v = text(s, key);
        try {
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + key + " '" + v + "' is not a number");
        }
    }

    private static Long duration(Map<String, String> s, String key) {
        String v = text(s, key);
        try {
            return v == null ? null : Durations.parseUs(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + key + " '" + v + "': " + e.getMessage());
        }
    }
}
