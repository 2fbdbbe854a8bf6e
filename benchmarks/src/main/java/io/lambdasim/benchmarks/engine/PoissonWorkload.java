package io.lambdasim.benchmarks.engine;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import java.util.SplittableRandom;

/**
 * The benchmark's in-memory input: {@code functions} functions, each a Poisson stream of
 * {@code ratePerFunction} per second (their superposition is one Poisson stream whose function is
 * drawn uniformly), exponential durations of mean {@code meanDurationMs}, recorded once into
 * {@link InvocationArrays} so that reading costs nothing but array loads.
 */
final class PoissonWorkload {

    private PoissonWorkload() {
    }

    static InvocationArrays record(int functions, double ratePerFunction, double meanDurationMs, int invocations, long seed) {
        return InvocationArrays.record(new Generator(functions, ratePerFunction, meanDurationMs, invocations, seed));
    }

    private static final class Generator implements InvocationCursor {
        private final FunctionTable names = new FunctionTable();
        private final SplittableRandom random;
        private final int functions;
        private final double meanGapUs;
        private final double meanDurationUs;
        private final int count;
        private int emitted;
        private double clockUs;
        private int function;
        private long duration;

        Generator(int functions, double ratePerFunction, double meanDurationMs, int count, long seed) {
            this.functions = functions;
            this.random = new SplittableRandom(seed);
            this.meanGapUs = 1e6 / (ratePerFunction * functions);
            this.meanDurationUs = meanDurationMs * 1000;
            this.count = count;
            for (int i = 0; i < functions; i++) {
                names.intern("fn-" + i);
            }
        }

        @Override
        public boolean next() {
            if (emitted == count) {
                return false;
            }
            emitted++;
            clockUs += -meanGapUs * Math.log(1 - random.nextDouble());
            function = random.nextInt(functions);
            duration = 1 + Math.round(-meanDurationUs * Math.log(1 - random.nextDouble()));
            return true;
        }

        @Override
        public FunctionTable functions() {
            return names;
        }

        @Override
        public int functionId() {
            return function;
        }

        @Override
        public long startUs() {
            return (long) clockUs;
        }

        @Override
        public long durationUs() {
            return duration;
        }

        @Override
        public int memoryMb() {
            return 512;
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
}
