package io.lambdasim.reports.batch;

import java.io.PrintWriter;

/** One plain line per finished scenario, for logs and pipes (no terminal control codes). */
public final class LineProgress implements BatchProgress {

    private final PrintWriter out;

    public LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void finished(Scenario s, ScenarioRecord r, int done, int total, long elapsedMs) {
        out.println(line(s, r, done, total, elapsedMs));
        out.flush();
    }

    /** One line; names and messages from the scenario file are shown with control characters escaped. */
    static String line(Scenario s, ScenarioRecord r, int done, int total, long elapsedMs) {
        return io.lambdasim.reports.io.ErrorLine.clean(rawLine(s, r, done, total, elapsedMs));
    }

    private static String rawLine(Scenario s, ScenarioRecord r, int done, int total, long elapsedMs) {
        String head = "[" + done + "/" + total + "] " + s.name() + ": ";
        if (!r.ok()) {
            return head + "error: " + r.message();
        }
        String cheapest = r.cell(ResultColumns.CHEAPEST_OPTION);
        return head + r.cell(ResultColumns.INVOCATIONS) + " invocations, " + r.cell(ResultColumns.COLD_STARTS)
                + " cold starts, Lambda $" + r.cell(ResultColumns.LAMBDA_MONTHLY_USD) + "/month"
                + (cheapest.isEmpty() ? "" : ", cheapest " + cheapest) + " (" + String.format("%.1f s", elapsedMs / 1000.0) + ")";
    }
}
