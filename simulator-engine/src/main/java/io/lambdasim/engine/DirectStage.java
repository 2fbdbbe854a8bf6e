package io.lambdasim.engine;

/**
 * Synchronous invocation (API Gateway, ALB, Function URL, a direct call): the arrival starts at once
 * or is throttled; a throttled caller gets HTTP 429, counted and never billed. The default stage,
 * and the hot path: one call into the pool, nothing kept.
 */
final class DirectStage implements ArrivalStage {

    private final Simulation sim;

    DirectStage(Simulation sim) {
        this.sim = sim;
    }

    @Override
    public void arrive(FunctionState f) {
        if (!sim.start(f, false)) {
            sim.throttled(f);
        }
    }
}
