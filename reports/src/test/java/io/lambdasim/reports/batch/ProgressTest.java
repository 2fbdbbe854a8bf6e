package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Scenario S = new Scenario(0, 2, "api", Map.of(), null);

    @Test
    void aPipeGetsOnePlainLinePerFinishedScenario() {
        StringWriter w = new StringWriter();
        LineProgress p = new LineProgress(new PrintWriter(w));
        p.started(S);
        p.advanced(S, 0.5);
        p.finished(S, ScenarioRecord.error(S, "row 2: bad"), 1, 3, 1200);
        assertThat(w.toString()).isEqualTo("[1/3] api: error: row 2: bad" + System.lineSeparator());
    }

    @Test
    void aTerminalGetsBarsRedrawnInPlaceAndCleanedUpAtTheEnd() {
        StringWriter w = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(w), 0);
        p.begin(2);
        p.started(S);
        p.finished(S, ScenarioRecord.error(S, "row 2: bad"), 1, 2, 0);
        p.close();
        String out = w.toString();
        assertThat(out).contains("[------------------------------]   0% api")
                .contains("[###############---------------]  50% overall: 1/2 scenarios")
                .contains("[1/2] api: error: row 2: bad")
                .contains("\033[1A\033[2K") // cursor up and clear: the block is redrawn, not appended
                .endsWith("\r\033[2K");
    }
}
