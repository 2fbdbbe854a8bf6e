package io.lambdasim.cli;

import io.lambdasim.engine.Durations;
import io.lambdasim.engine.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr. On a terminal: one line redrawn in place (at most four times a
 * second) once the run has taken two seconds, erased at the end. Elsewhere (a log, a pipe, a CI
 * job): a plain line every ten seconds once the run has taken ten, so a run that will not end
 * soon is visible; {@code --progress} asks for those lines every two seconds from the start.
 * Short runs print nothing. Every command that simulates or reads a workload reports through this
 * one class ({@code simulate}, {@code sizing}, {@code breakeven --trace}, {@code trace ...}); runs of
 * many simulations arrive as one count ({@code reports.run.ProgressSum}).
 */
final class ProgressLine implements ProgressListener, AutoCloseable {

    private static final long SECOND = 1_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private final long horizonUs;
    private final boolean redraw;
    private final long quietNanos;
    private final long everyNanos;
    /** The clock; tests replace it with one that runs fast, so a short run behaves like a slow one. */
    static java.util.function.LongSupplier nanoTime = System::nanoTime;

    private final long started = nanoTime.getAsLong();
    private long lastDraw;
    private boolean drawn;

    private ProgressLine(PrintWriter err, String what, long horizonUs, boolean redraw, long quietNanos, long everyNanos) {
        this.err = err;
        this.what = what;
        this.horizonUs = horizonUs;
        this.redraw = redraw;
        this.quietNanos = quietNanos;
        this.everyNanos = everyNanos;
    }

    /**
     * @param what      the verb shown, e.g. {@code simulating}
     * @param horizonUs the workload's length when known (generated), for a percentage; else -1
     * @param asked     {@code --progress}: lines every two seconds even when stderr is not a terminal
     */
    static ProgressLine of(PrintWriter err, String what, long horizonUs, boolean asked) {
        if (System.console() != null) {
            return new ProgressLine(err, what, horizonUs, true, 2 * SECOND, SECOND / 4);
        }
        return asked ? new ProgressLine(err, what, horizonUs, false, 2 * SECOND, 2 * SECOND)
                : new ProgressLine(err, what, horizonUs, false, 10 * SECOND, 10 * SECOND);
    }

    @Override
    public void onProgress(long invocations, long simulatedUs) {
        long now = nanoTime.getAsLong();
        if (now - started < quietNanos || (drawn && now - lastDraw < everyNanos)) {
            return;
        }
        lastDraw = now;
        double seconds = (now - started) / 1e9;
        String done = horizonUs > 0 ? String.format(Locale.ROOT, "%3.0f%% ", 100.0 * simulatedUs / horizonUs) : "";
        String line = String.format(Locale.ROOT, "%s: %s%,d invocations, %s of trace time, %,.0f invocations/s",
                what, done, invocations, clock(simulatedUs), invocations / seconds);
        if (redraw) {
            err.print("\r" + line + " ");
        } else {
            err.println("lambdasim " + line);
        }
        err.flush();
        drawn = true;
    }

    /** Trace time as a person reads it: 3d 04h 05m, 4h 05m 12s, 42s. */
    static String clock(long us) {
        long s = Math.max(0, us) / Durations.US_PER_S;
        long d = s / 86_400;
        long h = s / 3600 % 24;
        long m = s / 60 % 60;
        if (d > 0) {
            return String.format(Locale.ROOT, "%dd %02dh %02dm", d, h, m);
        }
        if (h > 0) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", h, m, s % 60);
        }
        return m > 0 ? String.format(Locale.ROOT, "%dm %02ds", m, s % 60) : s + "s";
    }

    @Override
    public void close() {
        if (drawn && redraw) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
