package io.lambdasim.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import java.util.SplittableRandom;

/**
 * Poisson arrivals at {@code ratePerSecond} with exponential durations of the given mean, generated
 * on the fly (memory flat in the horizon), for one function.
 */
final class PoissonCursor implements InvocationCursor {

    private final FunctionTable functions = new FunctionTable();
    private final SplittableRandom random;
    private final double meanGapUs;
    private final double meanDurationUs;
    private final boolean exponentialDuration;
    private final long horizonUs;
    private double clockUs;
    private long durationUs;

    PoissonCursor(double ratePerSecond, double meanDurationMs, boolean exponentialDuration, double horizonSeconds, long seed) {
        this.random = new SplittableRandom(seed);
        this.meanGapUs = 1e6 / ratePerSecond;
        this.meanDurationUs = meanDurationMs * 1000;
        this.exponentialDuration = exponentialDuration;
        this.horizonUs = (long) (horizonSeconds * 1e6);
        functions.intern("f");
    }

    @Override
    public boolean next() {
        clockUs += -meanGapUs * Math.log(1 - random.nextDouble());
        durationUs = exponentialDuration ? Math.round(-meanDurationUs * Math.log(1 - random.nextDouble())) : (long) meanDurationUs;
        return clockUs < horizonUs;
    }

    @Override
    public FunctionTable functions() {
        return functions;
    }

    @Override
    public int functionId() {
        return 0;
    }

    @Override
    public long startUs() {
        return (long) clockUs;
    }

    @Override
    public long durationUs() {
        return durationUs;
    }

    @Override
    public int memoryMb() {
        return MISSING;
    }

    @Override
    public int maxMemoryUsedMb() {
        return MISSING;
    }

    @Override
    public long initUs() {
        return MISSING;
    }

    @Override
    public long billedUs() {
        return MISSING;
    }

    @Override
    public int status() {
        return Status.SUCCESS;
    }

    @Override
    public int invocationType() {
        return InvocationType.SYNC;
    }

    @Override
    public long payloadBytes() {
        return MISSING;
    }

    @Override
    public void close() {
    }
}
