package io.lambdasim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.traces.DefaultSeed;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The seven observations of the "one answer everywhere" issue, each reproduced as it was reported and
 * now answered one way. The GUI's side of the first two is in the javafx-gui module's
 * {@code OneAnswerParityTest}; the batch's side of the money model in the reports module.
 */
class OneAnswerTest {

    private static JsonNode json(String... args) {
        CommandRun r = CommandRun.of(args);
        assertThat(r.exitCode).as(r.err).isZero();
        return r.json();
    }

    /**
     * Observation 1: 4,096 MB, 500 ms, c7g.large, fleet minimum 1. One request holds 4,096 MB and a
     * c7g.large has 4 GiB, so an instance serves one request at a time (the memory bound; its CPU
     * bound, 2 vCPU × 0.7 / (0.5 s × 0.5 × 1 usable vCPU) = 5.6 requests/s, is looser): 730 h ×
     * 3,600 s / 0.5 s = 5,256,000 requests per instance-month, and the staircase meets Lambda's line
     * once. The app showed 3.17 M and three crossings (it used memory/1,769 vCPUs).
     */
    @Test
    void analyticBreakEvenOfTheIssue() {
        JsonNode j = json("breakeven", "--duration-ms", "500", "--memory-mb", "4096", "--ec2", "c7g.large",
                "--min-instances", "1", "--json");
        JsonNode c7g = j.get("ec2").get(0);
        assertThat(c7g.get("requestsPerInstance").asDouble()).isEqualTo(5_256_000.0);
        assertThat(c7g.get("crossings")).hasSize(1);
    }

    @Nested
    class MonthlyProjection {
        /**
         * Observation 3: a nightly 40 s job seen over one day and over seven runs 30.42 times a month
         * either way (730 h / 24 h). At 512 MB (no memory in the spec: measured at 512 MB, no scaling)
         * each run bills 40 s plus a 250 ms INIT (every daily run is cold after the 10-minute
         * keep-alive): 40.25 s × 0.5 GB = 20.125 GB-s; a month: 30.4167 × 20.125 = 612.135 GB-s ×
         * $0.0000166667 = $0.010202, and 30 requests × $0.20/M = $0.000006 (aws pricing page prices,
         * no free tier).
         */
        @Test
        void aNightlyJobCostsTheSameMonthSeenOverADayOrAWeek() {
            String day = "schedule(cron(0 2 * * ? *));duration=const(40s);horizon=1d";
            String week = "schedule(cron(0 2 * * ? *));duration=const(40s);horizon=7d";
            JsonNode d = json("sizing", "--generate", day, "--memory", "512", "--no-free-tier", "--json");
            JsonNode w = json("sizing", "--generate", week, "--memory", "512", "--no-free-tier", "--json");
            double daily = d.get("rows").get(0).get("monthlyCost").asDouble();
            assertThat(w.get("rows").get(0).get("monthlyCost").asDouble()).isCloseTo(daily, within(1e-9));
            assertThat(daily).isCloseTo(0.010202 + 0.000006, within(0.000002));
            assertThat(d.get("period").get("source").asText()).isEqualTo("horizon");
            assertThat(d.get("period").get("seconds").asDouble()).isEqualTo(86_400);
        }

        /**
         * The demo's nightly job, cron(0/10 1-4 * * ? *): every 10 minutes from 01:00 to 04:50, 24 runs a
         * day; over a week, 168 runs, which is 730 a month (168 × 730 h / 168 h). The report showed 824.
         */
        @Test
        void theDemosNightlyJobRuns730TimesAMonth() {
            JsonNode j = json("simulate", "--generate",
                    "schedule(cron(0/10 1-4 * * ? *));duration=const(3m);horizon=7d", "--json");
            assertThat(j.get("invocations").asLong()).isEqualTo(168);
            assertThat(j.get("monthly").get("invocations").asLong()).isEqualTo(730);
        }

        /**
         * Observation 4: a day of poisson(5/s) with the free tier on was billed $0, the free tier applied
         * to one day as if it were a month. A month of it is N × 30.4167 requests (N the day's count):
         * 1 M free, the rest at $0.20 per million (aws pricing page).
         */
        @Test
        void theFreeTierAppliesToTheMonthNotToAShortTrace() {
            JsonNode j = json("simulate", "--generate", "poisson(5/s);duration=exp(80ms);horizon=1d", "--json");
            long day = j.get("billing").get("requests").asLong();
            long month = Math.round(day * 730 / 24.0);
            BigDecimal requests = BigDecimal.valueOf(month - 1_000_000).multiply(new BigDecimal("0.20"))
                    .divide(BigDecimal.valueOf(1_000_000), 8, RoundingMode.HALF_EVEN);
            assertThat(j.get("monthly").get("requests").decimalValue()).isEqualByComparingTo(requests);
            assertThat(j.get("cost").get("total").decimalValue()).isPositive();
            // the period's cost is the month's bill pro rata: a day is 24/730 of it
            assertThat(j.get("cost").get("total").asDouble())
                    .isCloseTo(j.get("monthly").get("total").asDouble() * 24 / 730, within(1e-6));
        }
    }

    /**
     * Observation 5: on generated load without memory=, durations count as measured at 512 MB in
     * simulate as in sizing. CPU-share model (fraction 0.5, usable vCPU = memory / 1,769): at 128 MB,
     * 50 ms × (0.5 × 512/128 + 0.5) = 125 ms; at 1,769 MB, 50 ms × (0.5 × 512/1769 + 0.5) = 32.236 ms.
     */
    @Test
    void simulateAndSizingScaleDurationsTheSameWay() {
        String spec = "constant(1s);duration=const(50ms);horizon=1m";
        JsonNode small = json("simulate", "--generate", spec, "--memory-mb", "128", "--init", "0ms", "--json");
        JsonNode large = json("simulate", "--generate", spec, "--memory-mb", "1769", "--init", "0ms", "--json");
        // latency means come from the HdrHistogram (3 significant digits): within 0.1 ms
        assertThat(small.get("latencyMs").get("mean").asDouble()).isCloseTo(125.0, within(0.1));
        assertThat(large.get("latencyMs").get("mean").asDouble()).isCloseTo(32.236, within(0.05));
        JsonNode sizing = json("sizing", "--generate", spec, "--memory", "128,1769", "--json");
        assertThat(sizing.get("rows").get(0).get("meanDurationMs").asDouble()).isCloseTo(125.0, within(0.001));
        assertThat(sizing.get("rows").get(1).get("meanDurationMs").asDouble()).isCloseTo(32.236, within(0.001));
    }

    @Nested
    class OneGrammar {
        /** Observation 6: a bare number is seconds in every duration setting (the help says so). */
        @Test
        void aBareNumberIsSecondsEverywhere() {
            assertThat(Settings.TIMEOUT.parse("900")).isEqualTo(900_000_000L);
            assertThat(Settings.LAUNCH_DELAY.parse("180")).isEqualTo(Settings.LAUNCH_DELAY.parse("3m"));
            assertThat(Settings.COOLDOWN.parse("300")).isEqualTo(Settings.COOLDOWN.parse("5m"));
            assertThat(Settings.REORDER_WINDOW.parse("900")).isEqualTo(Settings.REORDER_WINDOW.parse("15m"));
            for (var s : Settings.all()) {
                if (s.type().label().equals("DURATION")) {
                    assertThat(s.type().expected()).as(s.key()).contains("a bare number is seconds");
                }
            }
        }

        /** Observation 6: one default seed for the engine, the generator, the readers and every front end. */
        @Test
        void oneDefaultSeed() {
            assertThat(SimulationConfig.DEFAULTS.seed()).isEqualTo(DefaultSeed.VALUE);
            assertThat(WorkloadSpec.DEFAULT_SEED).isEqualTo(DefaultSeed.VALUE);
            assertThat(Settings.SEED.defaultValue()).isEqualTo(DefaultSeed.VALUE);
            assertThat(io.lambdasim.traces.ReadOptions.DEFAULTS.seed()).isEqualTo(DefaultSeed.VALUE);
        }

        /** Observation 6: lognormal(a,b) is (mean, p99) in --init as in the generator. */
        @Test
        void lognormalMeansMeanAndP99InBoth() {
            CommandRun r = CommandRun.of("simulate", "--generate", "poisson(1/s);duration=lognormal(80ms,900ms);horizon=1m",
                    "--init", "lognormal(250ms,100ms)");
            // 100 ms below the 250 ms mean is no p99 of a log-normal, in --init as in the generator
            assertThat(r.exitCode).isEqualTo(2);
            assertThat(r.err).contains("lognormal-sd(MEAN,SD)");
            assertThat(CommandRun.of("simulate", "--generate", "poisson(1/s);duration=lognormal(250ms,100ms)", "--json").exitCode)
                    .isEqualTo(2);
        }
    }
}
