package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import org.junit.jupiter.api.Test;

/**
 * A replayed SnapStart restore bills what AWS billed. The REPORT of a restored Java function
 * (sam logs, docwho2/java-connect-lex-chatgpt; workload-traces corpus): Duration 2338.66 ms,
 * Restore Duration 398.97 ms (latency), Billed Restore Duration 182 ms, Billed Duration 2521 ms
 * = ceil(2338.66 + 182).
 */
class SnapStartBillingTest {

    private static InvocationCursor restoredInvocation() {
        FunctionTable functions = new FunctionTable();
        functions.intern("chatgpt");
        return new InvocationCursor() {
            private int i = -1;

            @Override public boolean next() { return ++i < 1; }
            @Override public FunctionTable functions() { return functions; }
            @Override public int functionId() { return 0; }
            @Override public long startUs() { return 0; }
            @Override public long durationUs() { return 2_338_660; }
            @Override public int memoryMb() { return 3009; }
            @Override public int maxMemoryUsedMb() { return 173; }
            @Override public long initUs() { return 398_970; }
            @Override public long initBilledUs() { return 182_000; }
            @Override public long billedUs() { return 2_521_000; }
            @Override public int status() { return Status.UNKNOWN; }
            @Override public int invocationType() { return InvocationType.SYNC; }
            @Override public long payloadBytes() { return MISSING; }
            @Override public void close() { }
        };
    }

    @Test
    void theBillUsesTheBilledRestoreDurationWhateverTheEra() {
        for (BillingMeasure era : new BillingMeasure[] {BillingMeasure.CURRENT, new BillingMeasure(1000, false)}) {
            UsageStats t = Simulator.run(restoredInvocation(), SimulationConfig.DEFAULTS.toBuilder().billing(era).build()).total();
            assertThat(t.coldStarts()).isEqualTo(1);
            assertThat(t.billing().billedUs()).as("era %s", era).isEqualTo(2_521_000);
            // The latency still holds the whole restore.
            assertThat(t.latency().count()).isEqualTo(1);
        }
    }
}
