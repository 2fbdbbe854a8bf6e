package io.lambdasim.reports.slo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.run.ScenarioJson;
import io.lambdasim.reports.run.ScenarioOptions;
import io.lambdasim.reports.run.ScenarioResult;
import io.lambdasim.reports.run.ScenarioRunner;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code simulate --latency-slo} and the batch column: the ranking after the scenario's options are replayed. */
class SloOutcomeTest {

    private final ScenarioRunner runner = new ScenarioRunner();

    private ScenarioResult run(String slo) {
        // The queue of SloRankingTest through the scenario path: a request every 0.5 s, each 1 s of CPU at
        // 1,769 MB (one vCPU), on one 1-vCPU, 2 GiB box that holds one request at a time: D/D/1 at twice
        // its capacity, request n waits 0.5n s.
        ScenarioOptions.Builder b = ScenarioOptions.builder()
                .generate("constant(500ms);duration=const(1s);horizon=50s;memory=1769")
                .set("memory_mb", "1769").set("cpu_fraction", "1").set("threads", "1")
                .set("ec2", "box=0.01:1:2").set("min_instances", "1").set("max_instances", "1");
        if (slo != null) {
            b.set("latency_slo", slo);
        }
        return runner.run(b.build());
    }

    private static SloOutcome slo(ScenarioResult r) {
        return r.extensions().stream().filter(e -> e instanceof SloOutcome).map(e -> (SloOutcome) e).findFirst().orElse(null);
    }

    @Test
    void theOverloadedBoxIsMarkedAndLambdaIsTheCheapestMeetingTheObjective() {
        ScenarioResult r = run("p99=2s");
        SloOutcome o = slo(r);
        assertThat(o.ranking().verdicts()).extracting(SloVerdict::option).containsExactly("Lambda", "box");
        Map<String, String> f = o.figures();
        assertThat(f).containsEntry("slo_option", "Lambda");
        assertThat(f.get("slo_misses")).startsWith("box: response p99 ").contains("> 2,000 ms (overloaded 50 s of");
        assertThat(f.keySet()).containsExactlyElementsOf(SloOutcome.COLUMNS);
        assertThat(o.summaryLines().get(0)).startsWith("Cheapest meeting p99=2s: Lambda ($");
        ObjectNode json = ScenarioJson.toJson(r);
        JsonNode block = json.get("latencySlo");
        assertThat(block.get("objective").asText()).isEqualTo("p99=2s");
        assertThat(block.get("cheapestMeeting").asText()).isEqualTo("Lambda");
        assertThat(block.get("ranking").get(1).get("met").asBoolean()).isFalse();
        assertThat(json.get("ec2").get(0).get("overloadedSeconds").asLong()).isEqualTo(50);
    }

    @Test
    void withoutAnObjectiveNothingIsAdded() {
        assertThat(slo(run(null))).isNull();
        assertThat(ResultColumns.COMPARISON).doesNotContain("slo_option");
    }
}
