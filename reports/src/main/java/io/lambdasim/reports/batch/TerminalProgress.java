package io.lambdasim.reports.batch;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress bars on a terminal: one per running scenario with its name, and an overall bar. The
 * block is redrawn in place (ANSI cursor-up and clear-line) at most ten times a second; finished
 * scenarios scroll up above it as plain lines.
 */
public final class TerminalProgress implements BatchProgress {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private int total;
    private final Map<Scenario, Double> running = new LinkedHashMap<>();
    private int done;
    private int drawnLines;
    private long lastDraw;

    public TerminalProgress(PrintWriter out, int total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public synchronized void begin(int total) {
        this.total = total;
    }

    @Override
    public synchronized void started(Scenario s) {
        running.put(s, 0.0);
        redraw(true);
    }

    @Override
    public synchronized void advanced(Scenario s, double fraction) {
        running.put(s, fraction);
        redraw(false);
    }

    @Override
    public synchronized void finished(Scenario s, ScenarioRecord r, int done, int total, long elapsedMs) {
        running.remove(s);
        this.done = done;
        erase();
        out.println(LineProgress.line(s, r, done, total, elapsedMs));
        redraw(true);
    }

    @Override
    public synchronized void close() {
        erase();
        out.flush();
    }

    private void redraw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        erase();
        for (var e : running.entrySet()) {
            out.println(bar(e.getValue()) + " " + io.lambdasim.reports.io.ErrorLine.clean(e.getKey().name()));
        }
        double overall = total == 0 ? 1 : (done + running.values().stream().mapToDouble(Double::doubleValue).sum()) / total;
        out.print(bar(overall) + " overall: " + done + "/" + total + " scenarios");
        out.flush();
        drawnLines = running.size() + 1;
    }

    private void erase() {
        if (drawnLines == 0) {
            return;
        }
        out.print("\r\033[2K");
        for (int i = 1; i < drawnLines; i++) {
            out.print("\033[1A\033[2K");
        }
        drawnLines = 0;
    }

    static String bar(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * BAR);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + String.format("%3d%%", Math.round(f * 100));
    }
}
