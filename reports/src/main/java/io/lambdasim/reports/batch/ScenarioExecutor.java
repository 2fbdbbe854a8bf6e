package io.lambdasim.reports.batch;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Runs one scenario: simulates, prices and compares it. Must be deterministic for a given scenario
 * (its own seed, nothing shared between scenarios) and safe to call from several threads at once.
 */
@FunctionalInterface
public interface ScenarioExecutor {

    /**
     * @param baseDir  the scenario file's folder, against which {@code trace} paths resolve
     * @param progress receives the fraction done, 0..1, as the run advances (may be ignored)
     * @throws Exception with a message that stands alone; it becomes the row's error message
     */
    ScenarioOutcome run(Scenario scenario, Path baseDir, DoubleConsumer progress) throws Exception;
}
