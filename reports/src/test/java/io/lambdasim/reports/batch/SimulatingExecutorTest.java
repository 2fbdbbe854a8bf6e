package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatingExecutorTest {

    @Test
    void theSeedColumnReplacesTheSpecsSeed() {
        Map<String, String> s = SimulatingExecutor.seeded(Map.of("generate",
                "poisson(1/s);duration=exp(1s);seed=9;horizon=2m + constant(10s);duration=const(1s);function=b", "seed", "4"));
        assertThat(s.get("generate"))
                .isEqualTo("poisson(1/s);duration=exp(1s);horizon=2m + constant(10s);duration=const(1s);function=b;seed=4");
        assertThat(SimulatingExecutor.seeded(Map.of("generate", "poisson(1/s);duration=exp(1s)"))).doesNotContainKey("seed");
    }

    @Test
    void aValueTheRunnerRejectsNamesItsColumn() {
        Scenario s = new Scenario(0, 3, "x", Map.of("generate", "poisson(1/s);duration=exp(1s)", "keep_alive", "forever"), null);
        assertThatThrownBy(() -> SimulatingExecutor.options(s, Path.of(".")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("column keep_alive: 'forever'");
    }
}
