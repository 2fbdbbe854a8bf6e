package io.lambdasim.reports.sizing;

import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import java.math.BigDecimal;
import java.math.MathContext;

/** Hand-made workloads and the published us-east-1 x86 prices, for sizing tests. */
public final class SizingFixtures {

    /**
     * Current Lambda prices (aws.amazon.com/lambda/pricing, us-east-1):
     * $0.0000166667 per GB-s (x86 first tier), $0.0000133334 (arm64), $0.20 per million requests.
     * No free tier, no tiers: these workloads stay far below 6 billion GB-s.
     */
    public static final LambdaPricer PRICES = new LambdaPricer() {
        @Override
        public BigDecimal monthlyCost(String arch, long requests, BigDecimal gbSeconds) {
            return computeCost(arch, gbSeconds).add(new BigDecimal("0.0000002").multiply(BigDecimal.valueOf(requests)));
        }

        @Override
        public BigDecimal computeCost(String arch, BigDecimal gbSeconds) {
            BigDecimal price = new BigDecimal(arch.equals("arm64") ? "0.0000133334" : "0.0000166667");
            return gbSeconds.multiply(price, MathContext.DECIMAL64);
        }
    };

    private SizingFixtures() {
    }

    /** {@code count} invocations of one function, {@code gapUs} apart, each {@code durationUs} long. */
    public static InvocationArrays steady(int count, long gapUs, long durationUs, int maxMemoryUsedMb) {
        FunctionTable functions = new FunctionTable();
        functions.intern("f");
        InvocationCursor c = new InvocationCursor() {
            private int i = -1;

            @Override public boolean next() { return ++i < count; }
            @Override public FunctionTable functions() { return functions; }
            @Override public int functionId() { return 0; }
            @Override public long startUs() { return i * gapUs; }
            @Override public long durationUs() { return durationUs; }
            @Override public int memoryMb() { return MISSING; }
            @Override public int maxMemoryUsedMb() { return maxMemoryUsedMb; }
            @Override public long initUs() { return MISSING; }
            @Override public long billedUs() { return MISSING; }
            @Override public int status() { return Status.SUCCESS; }
            @Override public int invocationType() { return InvocationType.SYNC; }
            @Override public long payloadBytes() { return MISSING; }
            @Override public void close() { }
        };
        return InvocationArrays.record(c);
    }
}
