package io.lambdasim.reports.html;

import io.lambdasim.reports.batch.ScenarioRecord;
import java.util.List;

/** The failed scenarios with their row, column and reason, so they are fixed before the next run. */
final class ErrorList {

    private ErrorList() {
    }

    static void write(Html h, List<ScenarioRecord> records) {
        List<ScenarioRecord> failed = records.stream().filter(r -> !r.ok()).toList();
        if (failed.isEmpty()) {
            return;
        }
        h.el("h2", null, "Scenarios that did not run");
        h.raw("<ul class=\"errors\">\n");
        for (ScenarioRecord r : failed) {
            h.open("li", null).el("strong", null, r.name()).text(": " + r.message()).close("li");
        }
        h.raw("</ul>\n");
    }
}
