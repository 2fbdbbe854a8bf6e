package io.lambdasim.reports.usecase;

import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.uncertainty.UncertainInputs;
import java.util.List;

/**
 * The model settings the simulating use cases share beside the workload: keep-alive, INIT, the
 * CPU-bound share, per-function settings (a {@code --functions} file, e.g. a calibrated one), and
 * the ranges each is uncertain over. Parsed by the scenario builder, so {@code sizing} and the
 * trace break-even read them exactly as {@code simulate} does.
 *
 * @param simulation the engine configuration with the central values
 * @param uncertain  the ranges
 */
public record ModelChoice(SimulationConfig simulation, UncertainInputs uncertain) {

    /** The engine's defaults, nothing uncertain. */
    public static final ModelChoice DEFAULTS = new ModelChoice(SimulationConfig.DEFAULTS, UncertainInputs.NONE);

    /** The settings this adds to a command that already takes cpu_fraction and threads. */
    public static final List<Setting<?>> SETTINGS = List.of(Settings.KEEP_ALIVE, Settings.KEEP_ALIVE_RANGE, Settings.INIT,
            Settings.INIT_RANGE, Settings.CPU_FRACTION_RANGE, Settings.FUNCTIONS);

    public static ModelChoice from(SettingValues v) {
        ScenarioOptions.Builder b = ScenarioOptions.builder();
        for (Setting<?> s : SETTINGS) {
            b.set(s.key(), v.text(s));
        }
        for (Setting<?> s : List.of(Settings.CPU_FRACTION, Settings.THREADS, Settings.SEED)) {
            b.set(s.key(), v.text(s));
        }
        return new ModelChoice(b.buildSimulation(), b.buildUncertain());
    }

    public List<FunctionRule> rules() {
        return simulation.functionRules();
    }
}
