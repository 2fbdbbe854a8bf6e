package io.lambdasim.reports.run;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.FunctionSettings;
import io.lambdasim.engine.ProvisionedSchedule;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.EraLimitException;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingException;
import io.lambdasim.reports.settings.Settings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one check of a configuration against its billing era (issue 18: a setting the era lacks is an
 * error, not a silent approximation). Every use case that prices Lambda calls it before computing:
 * cost, break-even, sizing, the trace break-even, simulate and each batch row. A value given as a
 * setting fails as a {@link SettingException} on that setting, so the command line names its option
 * and the batch its column; a value from a functions file names its file and line.
 */
public final class EraCheck {

    private final BillingRules rules;

    private EraCheck(BillingRules rules) {
        this.rules = rules;
    }

    /** @throws IllegalArgumentException for an unknown rule set (the message lists the known ones) */
    public static EraCheck of(String rules) {
        return new EraCheck(BillingRules.named(rules));
    }

    public static EraCheck of(BillingRules rules) {
        return new EraCheck(rules);
    }

    public EraCheck memory(int memoryMb) {
        return memory(Settings.MEMORY_MB, memoryMb);
    }

    /** A memory size given by {@code setting} (memory_mb, or a sizing's list of sizes). */
    public EraCheck memory(Setting<?> setting, int memoryMb) {
        return blame(setting, Integer.toString(memoryMb), () -> rules.checkMemory(memoryMb));
    }

    public EraCheck timeoutUs(long timeoutUs) {
        return blame(Settings.TIMEOUT, Durations.format(timeoutUs), () -> rules.checkTimeout(seconds(timeoutUs)));
    }

    public EraCheck arch(String arch) {
        return arch(Settings.ARCH, arch);
    }

    public EraCheck arch(Setting<?> setting, String arch) {
        return blame(setting, arch, () -> rules.checkArchitecture(Architecture.parse(arch)));
    }

    public EraCheck ephemeralMb(int ephemeralMb) {
        return blame(Settings.EPHEMERAL_MB, Integer.toString(ephemeralMb), () -> rules.checkEphemeral(ephemeralMb));
    }

    /** Provisioned concurrency for every function; null or none passes. */
    public EraCheck provisioned(ProvisionedSchedule schedule) {
        return schedule == null || schedule.isNone() ? this
                : blame(Settings.PROVISIONED, schedule.toString(), () -> rules.checkProvisioned(true, schedule.toString()));
    }

    public EraCheck savingsPlan(BigDecimal discount) {
        return blame(Settings.SAVINGS_PLAN, discount.stripTrailingZeros().toPlainString(), () -> rules.checkSavingsPlan(discount));
    }

    /** SnapStart for the runtime {@code value} ({@code no}: off, which every era has). */
    public EraCheck snapStart(String value) {
        return Settings.snapStartFamily(value) == null ? this
                : blame(Settings.SNAPSTART, value, () -> rules.checkSnapStart(true, value));
    }

    /** The memory, timeout and provisioned concurrency of each functions-file row, naming its file and line. */
    public EraCheck functions(List<FunctionRule> functionRules) {
        for (FunctionRule r : functionRules) {
            FunctionSettings s = r.settings();
            try {
                if (s.memoryMb() != null) {
                    memory(s.memoryMb());
                }
                if (s.timeoutUs() != null) {
                    timeoutUs(s.timeoutUs());
                }
                provisioned(s.provisioned());
            } catch (SettingException e) {
                throw new IllegalArgumentException(r.where() + ": " + e.getMessage(), e);
            }
        }
        return this;
    }

    private EraCheck blame(Setting<?> setting, String value, Runnable check) {
        try {
            check.run();
            return this;
        } catch (EraLimitException e) {
            throw new SettingException(setting, value, e.reason());
        }
    }

    private static double seconds(long us) {
        return us / (double) Durations.US_PER_S;
    }
}
