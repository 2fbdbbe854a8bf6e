package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.traces.InvocationCursor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatingExecutorTest {

    @Test
    void theSeedColumnReplacesTheSpecsSeed() {
        String spec = "poisson(1/s);duration=exp(1s);seed=9;horizon=2m + constant(10s);duration=const(1s);function=b";
        Scenario seeded = new Scenario(0, 2, "x", Map.of("generate", spec, "seed", "4"), null);
        TraceSource source = SimulatingExecutor.options(seeded, Path.of(".")).source();
        assertThat(source.generatorSeed()).isEqualTo(4L);
        // the same invocations as the spec written with seed=4
        assertThat(digest(source)).isEqualTo(digest(TraceSource.generated(spec.replace("seed=9", "seed=4"))));
        Scenario own = new Scenario(0, 2, "y", Map.of("generate", spec), null);
        assertThat(SimulatingExecutor.options(own, Path.of(".")).source().generatorSeed()).isNull();
    }

    private static String digest(TraceSource s) {
        StringBuilder b = new StringBuilder();
        try (InvocationCursor c = s.open()) {
            while (c.next()) {
                b.append(c.functionId()).append(':').append(c.startUs()).append(':').append(c.durationUs()).append(';');
            }
        }
        return b.toString();
    }

    @Test
    void aValueTheRunnerRejectsNamesItsColumn() {
        Scenario s = new Scenario(0, 3, "x", Map.of("generate", "poisson(1/s);duration=exp(1s)", "keep_alive", "forever"), null);
        assertThatThrownBy(() -> SimulatingExecutor.options(s, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("column keep_alive 'forever': unknown keep-alive");
    }
}
