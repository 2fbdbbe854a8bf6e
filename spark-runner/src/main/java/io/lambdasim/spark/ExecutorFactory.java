package io.lambdasim.spark;

import io.lambdasim.reports.batch.ScenarioExecutor;
import io.lambdasim.reports.batch.SimulatingExecutor;
import java.io.Serializable;

/** Makes the scenario executor on each Spark executor (a serializable recipe, not the executor itself). */
@FunctionalInterface
public interface ExecutorFactory extends Serializable {

    /** The local batch's own executor: the same scenario core everywhere. */
    ExecutorFactory SIMULATING = SimulatingExecutor::new;

    ScenarioExecutor create();
}
