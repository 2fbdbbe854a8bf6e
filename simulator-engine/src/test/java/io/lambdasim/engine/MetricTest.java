package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.traces.TraceRows;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric declarations, and the figures whose names used to be confused, worked by hand. */
class MetricTest {

    @Test
    void everyKeyIsUniqueInItsGroupAndEveryColumnInTheTables() {
        Set<String> keys = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertThat(keys.add(m.group() + "." + m.key())).as("duplicate key %s", m).isTrue();
            if (m.column() != null) {
                assertThat(columns.add(m.column())).as("duplicate column %s", m).isTrue();
                assertThat(m.column()).matches("[a-z0-9_]+");
            }
            assertThat(m.key()).matches("[a-z][A-Za-z0-9]*");
            assertThat(m.description()).isNotBlank();
            assertThat(m.unit()).isNotBlank();
        }
    }

    @Test
    void meanDurationWithAndWithoutInitAreTwoNamedFigures() {
        // One function, INIT 250 ms (billed, AWS since 2025-08-01, domain notes), two 100 ms calls a
        // second apart: the first cold, the second warm. Billed 250 + 100 = 350 ms, then 100 ms:
        // 450 ms over 2 requests = 225 ms billed per request; the code itself ran 100 ms per call.
        TraceRows trace = TraceRows.of().add("f", 0, 100).add("f", 1000, 100);
        UsageStats t = Simulator.run(trace, SimulationConfig.builder().init(InitModel.parse("250ms")).build()).total();
        assertThat(t.value(Metric.MEAN_BILLED_DURATION)).isEqualTo(225.0);
        assertThat(t.value(Metric.MEAN_DURATION_WITHOUT_INIT)).isEqualTo(100.0);
        assertThat(t.value(Metric.INIT_MS)).isEqualTo(250.0);
    }

    @Test
    void aRunWithoutRequestsHasNoMeanDuration() {
        UsageStats t = Simulator.run(TraceRows.of(), SimulationConfig.DEFAULTS).total();
        assertThat(t.has(Metric.MEAN_BILLED_DURATION)).isFalse();
        assertThat(t.invocations()).isZero();
    }

    @Test
    void provisionedRequestsCountTheirBilledDurationInTheMean() {
        // PC 1 at 512 MB: the first of two overlapping 1 s calls runs on the provisioned environment
        // (billed 1,000 ms at the PC duration price), the second cold on demand (INIT 0 here): 1,000 ms.
        // 2,000 ms billed over 2 requests = 1,000 ms, not the 500 ms the on-demand half alone gives.
        TraceRows trace = TraceRows.of().add("f", 0, 1000).add("f", 0, 1000);
        UsageStats t = Simulator.run(trace, SimulationConfig.builder().init(InitModel.parse("0ms"))
                .provisioned(ProvisionedSchedule.parse("1")).build()).total();
        assertThat(t.value(Metric.MEAN_BILLED_DURATION)).isEqualTo(1000.0);
    }
}
