package io.lambdasim.reports.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import io.lambdasim.reports.uncertainty.Band;
import io.lambdasim.reports.uncertainty.ScenarioUncertainty;
import io.lambdasim.traces.ReadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibrated run on the AWS measurements the engine already reproduces (SimFaaS, Mahmoudi and
 * Khazaei, pacslab/simfaas examples/exp.csv; the engine's PublishedBehaviourTest): one function,
 * Poisson arrivals, exponential warm service, idle environments killed after 10 minutes on AWS,
 * INIT the difference of the cold and warm service times. Logs of each experiment from the engine
 * are calibrated, and the simulation with the calibrated functions file must report the cold-start
 * ratio as an interval (not one number) that reaches the measured one within the tolerance the
 * engine's own test allows (30% or 3 published standard errors).
 */
class SimFaasCalibrationTest {

    /**
     * The sparse experiments of SimFaaS's 20 (ArrivalRate below 0.02/s; the published figures as in the
     * engine's simfaas-exp.csv: experiment, ArrivalRate /s, ServiceTimeWarm ms, ServiceTimeCold ms,
     * ColdStartProbability, its SE). INIT is cold minus warm, rounded to the ms. The denser 12 are
     * not calibrated here: at 0.05/s to 1/s a 10^6 s log has 50,000 to 1,000,000 lines per experiment,
     * minutes of a verify run; the engine's own test covers their figures.
     */
    @ParameterizedTest(name = "{0}: rate {1}/s")
    @CsvSource({
            "experiment_13, 0.0018631367641819018, 1955.000046527747, 2563.417463075547, 0.34298826173826175, 0.03176348975512799",
            "experiment_14, 0.0024576618629581367, 1954.2007836428556, 2462.7508521080017, 0.210828111946533, 0.03708524721752885",
            "experiment_15, 0.002881640680737374, 1952.4110773558257, 2536.062640528525, 0.14543114043342875, 0.02418067184039178",
            "experiment_16, 0.003453464480801769, 1959.8251247810106, 2430.1412930855386, 0.11009813675603149, 0.022801634765109064",
            "experiment_17, 0.004247997269166777, 1958.2814464443609, 2397.801420905373, 0.07948013592410144, 0.012393396049604844",
            "experiment_19, 0.0057247758503054915, 1951.7069925176036, 2358.568004939867, 0.03828475236870019, 0.006169975829221841",
            "experiment_18, 0.007850937561749665, 1969.644856327678, 2421.957872130654, 0.033821376876008905, 0.005195602130175907",
            "experiment_12, 0.01638363227041079, 1959.4280868768692, 2340.8639073371887, 0.01955255921357668, 0.002137159721304684",
    })
    void calibratedRunReportsAnIntervalHoldingTheMeasurement(String experiment, double rate, double warmMs, double coldMs,
                                                             double measured, double se, @TempDir Path dir) {
        String arrivals = String.format(java.util.Locale.ROOT, "poisson(%.6f/h);duration=exp(%.4fms)", rate * 3600, warmMs);
        // on 2026-11-29 the bands are narrow (the fitted keep-alive interval is tight around 10 min) and
        // lie 1%-32% from the measurement, as the engine's own figures do: e.g. experiment_14
        // 0.2271..0.2287 against 0.2108 measured, experiment_18 0.0230..0.0232 against 0.0338
        check(dir, arrivals, Math.round(coldMs - warmMs) + "ms", measured, se);
    }

    /** The sparsest: many idle gaps fall inside the keep-alive's interval, so the band has width. */
    @Test
    void sparseExperimentCalibratedReportsABandWithWidth(@TempDir Path dir) {
        Band ratio = check(dir, "poisson(6.707/h);duration=exp(1955ms)", "608ms", 0.34298826173826175, 0.03176348975512799);
        assertThat(ratio.low()).isLessThan(ratio.high());
    }

    /**
     * The calibrated run's cold-start ratio band; it exists only because the functions file carries
     * the keep-alive's interval (a run without ranges has no uncertainty to report). When no idle gap
     * falls inside a narrow interval the band is a point: the answer does not depend on it.
     */
    static Band check(Path dir, String arrivals, String init, double measured, double se) {
        String spec = arrivals + ";horizon=1000000s;function=simfaas;seed=42";
        Path log = dir.resolve("simfaas.log");
        SyntheticLogs.write(spec, SimulationConfig.builder().keepAlive(KeepAlive.parse("fixed:10m"))
                .init(InitModel.parse(init)).build(), 512, log);
        CalibrationResult cal = Calibrator.run(new LogFiles(List.of(log), null, ReadOptions.DEFAULTS), null, 1,
                "aws-2025-08", 1);
        KeepAliveFit k = cal.functions().get(0).keepAlive();
        assertThat(k.bounded()).isTrue();
        assertThat(k.lowUs()).isLessThanOrEqualTo(10 * Durations.US_PER_MIN);
        assertThat(k.highUs()).isGreaterThanOrEqualTo(10 * Durations.US_PER_MIN);
        assertThat(k.lowUs()).isLessThan(k.highUs());
        Path yaml = dir.resolve("functions.yaml");
        FunctionsYaml.write(cal, yaml);

        ScenarioOptions o = ScenarioOptions.builder().generate(spec).set("functions", yaml.toString()).build();
        ScenarioResult r = new ScenarioRunner().run(o);
        ScenarioUncertainty u = r.extensions().stream().filter(e -> e instanceof ScenarioUncertainty)
                .map(e -> (ScenarioUncertainty) e).findFirst().orElseThrow();
        Band ratio = u.band("coldStartRatio");
        // the band reaches the measurement, give or take the engine test's tolerance (30% or 3 SE)
        double slack = Math.max(0.30 * measured, 3 * se);
        assertThat(ratio.low()).isLessThanOrEqualTo(ratio.central()).isLessThanOrEqualTo(measured + slack);
        assertThat(ratio.high()).isGreaterThanOrEqualTo(ratio.central()).isGreaterThanOrEqualTo(measured - slack);
        return ratio;
    }
}
