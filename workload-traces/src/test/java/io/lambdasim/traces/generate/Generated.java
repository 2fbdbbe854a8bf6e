package io.lambdasim.traces.generate;

import io.lambdasim.traces.InvocationCursor;
import java.util.Arrays;

/** Test helpers: drain a spec into primitive arrays. */
final class Generated {

    private Generated() {
    }

    static long count(String spec) {
        long n = 0;
        try (InvocationCursor c = WorkloadSpec.parse(spec).open()) {
            while (c.next()) {
                n++;
            }
        }
        return n;
    }

    /** Start times, µs, of every invocation of {@code spec} (all functions). */
    static long[] starts(String spec) {
        long[] out = new long[1024];
        int n = 0;
        try (InvocationCursor c = WorkloadSpec.parse(spec).open()) {
            while (c.next()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = c.startUs();
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** {@code n} samples of a duration distribution, sorted. */
    static long[] sortedSamples(DurationDistribution d, long seed, int n) {
        DurationDistribution.Sampler s = d.sampler(new org.apache.commons.math3.random.Well19937c(seed));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.sampleUs();
        }
        Arrays.sort(out);
        return out;
    }

    /** Fraction of the sorted {@code values} that are at most {@code limit}. */
    static double fractionAtMost(long[] sorted, long limit) {
        int i = Arrays.binarySearch(sorted, limit + 1);
        int below = i >= 0 ? i : -i - 1;
        while (below > 0 && sorted[below - 1] > limit) {
            below--;
        }
        while (below < sorted.length && sorted[below] <= limit) {
            below++;
        }
        return below / (double) sorted.length;
    }

    static double mean(long[] values) {
        double sum = 0;
        for (long v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
