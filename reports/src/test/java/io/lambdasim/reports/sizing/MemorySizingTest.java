package io.lambdasim.reports.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySizingTest {

    private static final long S = 1_000_000L;
    /** One invocation every 10 s for an hour: one environment stays warm (keep-alive 10 min). */
    private static final InvocationArrays HOUR = SizingFixtures.steady(360, 10 * S, S, InvocationCursor.MISSING);

    private static SizingResult size(InvocationArrays trace, CpuModel cpu, int referenceMb, SizingStrategy strategy,
                                     int threads) {
        SizingPlan plan = new SizingPlan(SizingPlan.DEFAULT_MEMORIES, List.of("x86_64"), cpu, null, referenceMb,
                strategy, 0.5, threads, io.lambdasim.pricing.Month.DEFAULT, null);
        return MemorySizing.run(trace, SimulationConfig.DEFAULTS, plan, SizingFixtures.PRICES);
    }

    private static SizingRow row(SizingResult r, int memoryMb) {
        return r.rows().stream().filter(x -> x.memoryMb() == memoryMb).findFirst().orElseThrow();
    }

    @Test
    void cpuBoundSingleThreadGetsFasterUpTo1769MbAndNoFurther() {
        // 1 s measured at 1,769 MB (one vCPU). CPU-bound and single-threaded, it takes
        // 1 s × 1769 / m below 1,769 MB (AWS: CPU in proportion to memory) and 1 s above.
        SizingResult r = size(HOUR, new CpuModel(1, 1), 1769, SizingStrategy.SPEED, 1);
        assertThat(row(r, 128).meanDurationMs()).isCloseTo(1000.0 * 1769 / 128, within(0.01));
        assertThat(row(r, 512).meanDurationMs()).isCloseTo(1000.0 * 1769 / 512, within(0.01));
        for (int m : List.of(1769, 2048, 3008, 4096, 10240)) {
            assertThat(row(r, m).meanDurationMs()).isCloseTo(1000, within(0.01));
        }
        // Compute cost per invocation: the same CPU-seconds at the same price per GB-s up to
        // 1,769 MB, so flat (up to the 1 ms rounding: at most 1 ms × 1769 MB / 1024 extra GB-s);
        // beyond, the same 1 s at more memory, so rising in proportion.
        double flat = row(r, 1769).computeCostPerInvocation();
        double oneMs = 0.001 * 1769 / 1024 * 0.0000166667;
        for (int m : List.of(128, 256, 512, 1024, 1536)) {
            assertThat(row(r, m).computeCostPerInvocation()).isCloseTo(flat, within(oneMs));
        }
        assertThat(row(r, 2048).computeCostPerInvocation()).isCloseTo(flat * 2048 / 1769, within(oneMs));
        assertThat(row(r, 3008).computeCostPerInvocation()).isGreaterThan(row(r, 2048).computeCostPerInvocation());
        assertThat(row(r, 10240).computeCostPerInvocation()).isGreaterThan(row(r, 4096).computeCostPerInvocation());

        assertThat(r.recommended().memoryMb()).isGreaterThanOrEqualTo(1769);
        assertThat(size(HOUR, new CpuModel(1, 1), 1769, SizingStrategy.COST, 1).recommended().memoryMb())
                .isLessThanOrEqualTo(1769);
        assertThat(r.modelKind()).isEqualTo("cpu-share");
    }

    @Test
    void ioBoundIsCheapestAt128Mb() {
        SizingResult r = size(HOUR, new CpuModel(0, 1), 1769, SizingStrategy.COST, 1);
        assertThat(r.recommended().memoryMb()).isEqualTo(128);
        assertThat(row(r, 128).meanDurationMs()).isEqualTo(row(r, 10240).meanDurationMs());
        // Monthly: 360 per hour × 730 h = 262,800 invocations; at 128 MB, 1 s each is
        // 0.125 GB-s × $0.0000166667 + $0.0000002 = $2.283e-6 a request, $0.60 a month, plus
        // one cold start's 250 ms INIT per hour.
        assertThat(row(r, 128).monthlyCost().doubleValue()).isCloseTo(262_800 * 2.28333e-6, within(0.02));
        assertThat(row(r, 128).costPerMillion().doubleValue()).isCloseTo(2.28, within(0.05));
    }

    @Test
    void parallelRunsGiveTheSameRowsAsSequential() {
        SizingResult one = size(HOUR, CpuModel.DEFAULT, 1769, SizingStrategy.BALANCED, 1);
        SizingResult four = size(HOUR, CpuModel.DEFAULT, 1769, SizingStrategy.BALANCED, 4);
        assertThat(four.rows()).isEqualTo(one.rows());
        assertThat(four.recommended()).isEqualTo(one.recommended());
    }

    @Test
    void memoryBelowMaxMemoryUsedFailsAndIsNotRecommended() {
        // Max memory used 300 MB: 128 and 256 MB run out of memory on every invocation.
        InvocationArrays hungry = SizingFixtures.steady(60, 10 * S, S, 300);
        SizingResult r = size(hungry, new CpuModel(0, 1), 1769, SizingStrategy.COST, 2);
        assertThat(row(r, 128).outOfMemory()).isEqualTo(60);
        assertThat(row(r, 256).outOfMemory()).isEqualTo(60);
        assertThat(row(r, 512).outOfMemory()).isZero();
        assertThat(r.recommended().memoryMb()).isEqualTo(512);
    }
}
