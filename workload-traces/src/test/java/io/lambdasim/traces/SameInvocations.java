package io.lambdasim.traces;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: two cursors deliver the same invocations, field by field and name by name. */
public final class SameInvocations {

    private SameInvocations() {
    }

    /** Reads both to the end (closing neither); returns the number of invocations. */
    public static long assertSame(InvocationCursor expected, InvocationCursor actual) {
        long rows = 0;
        while (expected.next()) {
            assertThat(actual.next()).as("row %d", rows).isTrue();
            assertThat(actual.functionId()).isEqualTo(expected.functionId());
            assertThat(actual.functions().name(actual.functionId())).isEqualTo(expected.functions().name(expected.functionId()));
            assertThat(actual.startUs()).isEqualTo(expected.startUs());
            assertThat(actual.durationUs()).isEqualTo(expected.durationUs());
            assertThat(actual.memoryMb()).isEqualTo(expected.memoryMb());
            assertThat(actual.maxMemoryUsedMb()).isEqualTo(expected.maxMemoryUsedMb());
            assertThat(actual.initUs()).isEqualTo(expected.initUs());
            assertThat(actual.billedUs()).isEqualTo(expected.billedUs());
            assertThat(actual.initBilledUs()).isEqualTo(expected.initBilledUs());
            assertThat(actual.status()).isEqualTo(expected.status());
            assertThat(actual.invocationType()).isEqualTo(expected.invocationType());
            assertThat(actual.payloadBytes()).isEqualTo(expected.payloadBytes());
            assertThat(actual.environmentId()).isEqualTo(expected.environmentId());
            if (actual.environmentId() >= 0) {
                assertThat(actual.environments().name(actual.environmentId()))
                        .isEqualTo(expected.environments().name(expected.environmentId()));
            }
            rows++;
        }
        assertThat(actual.next()).isFalse();
        assertThat(actual.functions().names()).isEqualTo(expected.functions().names());
        return rows;
    }
}
