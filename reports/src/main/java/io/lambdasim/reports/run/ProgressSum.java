package io.lambdasim.reports.run;

import io.lambdasim.engine.ProgressListener;

/**
 * Many simulations of one question (sizing's memory sizes, break-even's traffic factors, on one
 * thread or several) reported to one {@link ProgressListener} as one running count of invocations
 * simulated, so a front end shows one progress line whatever the use case. Each run gets its own
 * listener from {@link #run()}; calls to the target are serialised.
 */
public final class ProgressSum {

    private final ProgressListener target;
    private long total;

    public ProgressSum(ProgressListener target) {
        this.target = target == null ? ProgressListener.NONE : target;
    }

    /** The listener of one more run: its counts are added to the total. */
    public ProgressListener run() {
        return new ProgressListener() {
            private long seen;

            @Override
            public void onProgress(long invocations, long simulatedUs) {
                long delta = invocations - seen;
                seen = invocations;
                synchronized (ProgressSum.this) {
                    total += delta;
                    target.onProgress(total, simulatedUs);
                }
            }

            @Override
            public boolean isCancelled() {
                return target.isCancelled();
            }
        };
    }
}
