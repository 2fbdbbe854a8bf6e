package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The engine against an analytic result and against measurements on real AWS Lambda. */
class PublishedBehaviourTest {

    /**
     * Poisson arrivals at rate λ, fixed keep-alive T, service s far below 1/λ, INIT 0: an arrival
     * is cold exactly when the gap since the previous one exceeds s + T, and Poisson gaps are
     * exponential, so P(cold) = e^(−λ(T+s)) ≈ e^(−λT) (issue 4: λ = 1/540 s, T = 600 s gives 0.329).
     * Gaps are independent, so the cold indicator is a Bernoulli sequence: with n = 100,000
     * arrivals the standard error is sqrt(p(1−p)/n) = 0.0015; we allow 4 standard errors.
     */
    @Test
    void coldStartRatioUnderPoissonArrivalsIsExpOfMinusLambdaT() {
        double lambda = 1.0 / 540;
        double t = 600;
        double service = 0.010;
        int n = 100_000;
        SimulationConfig cfg = SimulationConfig.builder().keepAlive(KeepAlive.parse("fixed:10m"))
                .init(InitModel.parse("0ms")).build();
        SimulationResult r = Simulator.run(poisson(lambda, "const(10ms)", n / lambda, 11), cfg);
        double expected = Math.exp(-lambda * (t + service));
        assertThat(expected).isCloseTo(0.329, within(0.0005));
        double se = Math.sqrt(expected * (1 - expected) / r.total().invocations());
        assertThat(r.total().invocations()).isBetween(98_000L, 102_000L);
        assertThat(r.total().coldStartRatio()).isCloseTo(expected, within(4 * se));
    }

    /**
     * SimFaaS's 20 experiments (Mahmoudi and Khazaei, pacslab/simfaas examples/exp.csv, copied with its
     * source into simfaas-exp.csv): one function on AWS Lambda, Poisson arrivals, idle environments
     * killed after 10 minutes, exponential service times (ServiceTimeWarm in ms; the cold ones,
     * ServiceTimeCold, are longer by the INIT, which we model as the constant difference). Measured on
     * AWS: ColdStartProbability (with its standard error) and AverageInstanceCount. The engine, with
     * its defaults (fixed:10m, MRU reuse), over a 10^6 s horizon (10^7 s for the sparse rows, whose
     * cold starts are rare events in absolute numbers), must land per experiment within 30% or 3
     * published standard errors of the cold-start probability, whichever is wider, and within 10% of
     * the instance count. The measurements themselves scatter that much: experiments 0 and 11 ran the
     * same rate (0.100/s) and service (1.97 s) and measured 0.00566 and 0.00595 cold, and 2.89 and
     * 2.76 instances. Over all 20 the mean error must be under 15% (cold starts) and 5% (instances):
     * {@link #simFaasExperimentsOnAverage}. On the 2026-11-29 engine: cold starts 12% off on average
     * (at worst experiment_18, 32% = 2.1 SE; experiment_0, 25% = 3.5 SE), instances 3% (at worst 8%).
     */
    @ParameterizedTest(name = "{0}: rate {1}/s")
    @CsvFileSource(resources = SIMFAAS, numLinesToSkip = 1)
    void reproducesSimFaasMeasurementsOnAws(String experiment, double rate, double warmMs, double coldMs, double instances,
                                            double coldProbability, double coldProbabilitySe) {
        UsageStats t = simFaas(experiment, rate, warmMs, coldMs);
        assertThat(t.coldStartRatio()).isCloseTo(coldProbability,
                within(Math.max(0.30 * coldProbability, 3 * coldProbabilitySe)));
        assertThat(t.avgAlive()).isCloseTo(instances, within(0.10 * instances));
    }

    /** The mean relative error over SimFaaS's 20 experiments (see above): under 15% for cold starts, 5% for instances. */
    @Test
    void simFaasExperimentsOnAverage() throws java.io.IOException {
        double cold = 0;
        double alive = 0;
        int n = 0;
        try (var in = PublishedBehaviourTest.class.getResourceAsStream(SIMFAAS);
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line : r.lines().filter(l -> l.startsWith("experiment_")).toList()) {
                String[] f = line.split(",");
                UsageStats t = simFaas(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                cold += Math.abs(t.coldStartRatio() / Double.parseDouble(f[5]) - 1);
                alive += Math.abs(t.avgAlive() / Double.parseDouble(f[4]) - 1);
                n++;
            }
        }
        assertThat(n).isEqualTo(20);
        assertThat(cold / n).isLessThan(0.15);
        assertThat(alive / n).isLessThan(0.05);
    }

    static final String SIMFAAS = "simfaas-exp.csv";
    /** Each experiment simulated once per test run, whichever test asks first (same seed: same figures). */
    private static final java.util.Map<String, UsageStats> SIMULATED = new java.util.concurrent.ConcurrentHashMap<>();

    private static UsageStats simFaas(String experiment, double rate, double warmMs, double coldMs) {
        return SIMULATED.computeIfAbsent(experiment, e -> {
            SimulationConfig cfg = SimulationConfig.builder()
                    .keepAlive(KeepAlive.parse("fixed:10m"))
                    .init(InitModel.parse(Math.round(coldMs - warmMs) + "ms"))
                    .build();
            double horizon = rate < 0.05 ? 1e7 : 1e6;
            return Simulator.run(poisson(rate, "exp(" + warmMs + "ms)", horizon, 42), cfg).total();
        });
    }

    /** Poisson arrivals of one function at {@code ratePerSecond} with the given duration distribution, generated. */
    static InvocationCursor poisson(double ratePerSecond, String duration, double horizonSeconds, long seed) {
        return WorkloadSpec.parse("poisson(" + ratePerSecond + "/s);duration=" + duration + ";horizon="
                + Math.round(horizonSeconds) + "s;seed=" + seed).open();
    }
}
