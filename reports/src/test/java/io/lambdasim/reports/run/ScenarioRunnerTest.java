package io.lambdasim.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.engine.Metric;
import io.lambdasim.engine.MetricGroup;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.engine.keepalive.KeepAlive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {

    private static final ScenarioRunner RUNNER = new ScenarioRunner(List.of(), o -> new FakePricing());

    /** {@code ../shared/data/RELATIVE} found by walking up from the module folder, or the test is skipped. */
    static Path sharedData(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data").resolve(relative).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        Assumptions.assumeTrue(false, "shared data " + relative + " absent");
        return null;
    }

    @Test
    void azure2021SampleReplaysWithAColdStartForEachFunctionsFirstInvocation() {
        // The optional sample (the first 199 invocations of the public Azure Functions Invocation Trace 2021,
        // as published in vhive-serverless/invitro data/traces/example/Azure2021/Azure2021_200.csv):
        // 31 functions. Every function's first invocation finds no environment: at least 31 cold starts.
        Path sample = sharedData("azure2021/AzureFunctionsInvocationTrace2021.sample.csv");
        ScenarioResult r = RUNNER.run(ScenarioOptions.builder().trace(sample).build());
        SimulationResult sim = r.simulation();
        assertThat(sim.total().invocations()).isEqualTo(199);
        assertThat(sim.functions()).hasSize(31);
        assertThat(sim.functions()).allSatisfy(f -> assertThat(f.coldStarts()).isGreaterThanOrEqualTo(1));
        assertThat(sim.total().coldStarts()).isGreaterThanOrEqualTo(31);
        assertThat(sim.total().throttled()).isZero();
    }

    @Test
    void generatedWorkloadRunsEndToEndAndPricesTheUsage() {
        // One call a minute for an hour, 100 ms at 1024 MB, kept warm by the 10-minute keep-alive:
        // 1 cold start, 60 requests, 60 x 0.1 s x 1 GB = 6 GB-s plus the INIT (250 ms, billed) 0.25 GB-s.
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("schedule(rate(1 minute));duration=const(100ms);horizon=1h;function=tick;memory=1024")
                .set("memory_mb", "1024").build();
        ScenarioResult r = RUNNER.run(o);
        UsageStats t = r.simulation().total();
        assertThat(t.invocations()).isEqualTo(60);
        assertThat(t.coldStarts()).isEqualTo(1);
        assertThat(t.billing().gbSeconds()).isEqualByComparingTo("6.25");
        // fake prices: $1 per request + $10 per GB-s
        assertThat(r.cost().total()).isEqualByComparingTo(new BigDecimal("122.5"));
    }

    @Test
    void jsonCarriesTheKeysOfTheContract() {
        ScenarioOptions o = ScenarioOptions.builder().generate("poisson(2/s);duration=exp(50ms);horizon=10m").build();
        ObjectNode json = ScenarioJson.toJson(RUNNER.run(o));
        assertThat(json.fieldNames()).toIterable().contains("invocations", "coldStarts", "coldStartRatio", "throttled",
                "timeouts", "errors", "dropped", "environments", "latencyMs", "billing", "cost");
        assertThat(json.get("environments").fieldNames()).toIterable().contains("created", "peak", "avgAlive", "avgBusy", "idleGbSeconds");
        assertThat(json.get("latencyMs").fieldNames()).toIterable().contains("p50", "p90", "p99", "max");
        assertThat(json.get("billing").fieldNames()).toIterable().contains("billedMs", "gbSeconds", "initBilledMs", "requests");
        assertThat(json.get("cost").fieldNames()).toIterable().contains("requests", "compute", "provisioned", "storage", "total");
        assertThat(json.has("observed")).isFalse(); // a generated trace observes nothing
        assertThat(json.get("coldStarts").asLong()).isGreaterThan(0);
    }

    @Test
    void everyDeclaredMetricReachesTheJsonAndTheTablesUnderItsName() {
        // The writers iterate the engine's declarations: each metric of a JSON group is in the JSON
        // at its key (observed ones only when the trace observed something), each metric with a
        // column is in the per-function table, and results.csv shows the metric its column names.
        ScenarioOptions o = ScenarioOptions.builder().generate("poisson(2/s);duration=exp(50ms);horizon=10m").build();
        ScenarioResult r = RUNNER.run(o);
        ObjectNode json = ScenarioJson.toJson(r);
        Map<String, String> row = ScenarioTables.perFunction(r).get(0);
        UsageStats f = r.simulation().functions().get(0);
        for (Metric m : Metric.values()) {
            if (m.group() == MetricGroup.TOP) {
                assertThat(json.has(m.key())).as("%s", m).isTrue();
            } else if (m.group() != MetricGroup.NONE && m.group() != MetricGroup.OBSERVED) {
                MetricGroup g = m.group();
                com.fasterxml.jackson.databind.JsonNode node = g.parent() == null ? json.get(g.jsonObject())
                        : json.get(g.parent().jsonObject()).get(g.jsonObject());
                assertThat(node.has(m.key())).as("%s", m).isTrue();
            }
            if (m.column() != null) {
                assertThat(row.get(m.column())).as("%s", m).isEqualTo(ScenarioTables.text(m, f));
            }
        }
        assertThat(json.get("throttled").asLong()).isEqualTo(r.simulation().total().throttled());
        assertThat(io.lambdasim.reports.batch.ResultColumns.METRIC_COLUMNS).allSatisfy(c ->
                assertThat(io.lambdasim.reports.batch.ResultColumns.FIGURES).contains(c.column()));
    }

    @Test
    void settingsByKeyReachTheEngineAndBadOnesNameKeyAndValue() {
        ScenarioOptions o = ScenarioOptions.builder().generate("poisson(1/s);duration=exp(50ms)")
                .set("keep_alive", "hybrid").set("memory_mb", "2048").set("timeout", "30s").set("async_retries", "1")
                .set("scaling", "legacy").set("region", "eu-north-1").build();
        assertThat(o.simulation().keepAlive()).isEqualTo(KeepAlive.parse("hybrid"));
        assertThat(o.simulation().memoryMb()).isEqualTo(2048);
        assertThat(o.simulation().timeoutUs()).isEqualTo(30_000_000);
        assertThat(o.simulation().asyncRetryDelaysUs()).hasSize(1);
        // legacy scaling resolved with the region given after it: 500 for "other regions"
        assertThat(o.simulation().scaling().burst()).isEqualTo(500);
        assertThatThrownBy(() -> ScenarioOptions.builder().set("keep_alive", "sometimes"))
                .hasMessageContaining("keep_alive 'sometimes'").hasMessageContaining("fixed:");
        assertThatThrownBy(() -> ScenarioOptions.builder().set("colour", "blue")).hasMessageContaining("unknown setting");
    }

    @Test
    void perFunctionAndTimelineTablesAddUp(@TempDir Path dir) throws IOException {
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("poisson(1/s);duration=exp(50ms);function=a + poisson(3/s);duration=exp(20ms);function=b;horizon=30m")
                .set("bucket", "1m").build();
        ScenarioResult r = RUNNER.run(o);
        List<Map<String, String>> functions = ScenarioTables.perFunction(r);
        assertThat(functions).extracting(m -> m.get("function")).containsExactly("a", "b");
        long sum = functions.stream().mapToLong(m -> Long.parseLong(m.get("invocations"))).sum();
        assertThat(sum).isEqualTo(r.simulation().total().invocations());
        List<Map<String, String>> timeline = ScenarioTables.timeline(r);
        assertThat(timeline).hasSize(30);
        assertThat(timeline.stream().mapToLong(m -> Long.parseLong(m.get("invocations"))).sum()).isEqualTo(sum);
        Path csv = dir.resolve("tl.csv");
        ScenarioTables.writeCsv(csv, timeline);
        assertThat(Files.readAllLines(csv)).hasSize(31).first().asString().startsWith("bucket_start_s,invocations,cold_starts");
    }

    @Test
    void functionSettingsFilesInCsvAndYamlGiveTheSameRules(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("f.csv");
        Files.writeString(csv, "function,memory_mb,timeout,runtime,reserved,provisioned,keep_alive\n"
                + "checkout,1024,30s,java21,50,10@08:00-20:00,\n"
                + "report-*,2048,,,,,fixed:30m\n");
        Path yaml = dir.resolve("f.yaml");
        Files.writeString(yaml, "checkout: {memory_mb: 1024, timeout: 30s, runtime: java21, reserved: 50, provisioned: \"10@08:00-20:00\"}\n"
                + "\"report-*\": {memory_mb: 2048, keep_alive: \"fixed:30m\"}\n");
        assertThat(FunctionSettingsFile.read(yaml)).isEqualTo(FunctionSettingsFile.read(csv));
        var rules = FunctionSettingsFile.read(csv);
        assertThat(rules.get(1).matches("report-daily")).isTrue();
        assertThat(rules.get(0).settings().timeoutUs()).isEqualTo(30_000_000L);
        Files.writeString(csv, "function,memory\nx,1\n");
        assertThatThrownBy(() -> FunctionSettingsFile.read(csv)).hasMessageContaining("unknown column 'memory'");
    }

    @Test
    void theBundledPriceBookBillsTheDomainNotesWorkedExample() {
        // Domain notes (AWS pricing page example): 3M requests of 120 ms at 1536 MB with the free
        // tier: 540,000 - 400,000 GB-s = $2.33 compute, 2M billable requests = $0.40, total $2.73.
        // A month of 730 h is 2,628,000 s: one call every 876 ms is 3M calls in it, kept warm, INIT 0
        // so that only the 120 ms are billed. The covered period is the month, so the monthly bill
        // and the period's are the same.
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("constant(876ms);duration=const(120ms);horizon=730h;memory=1536")
                .set("memory_mb", "1536").set("init", "0ms").build();
        ScenarioResult r = new ScenarioRunner(List.of(), PriceBookPricing::forOptions).run(o);
        assertThat(r.simulation().total().billing().requests()).isEqualTo(3_000_000);
        assertThat(r.simulation().total().billing().gbSeconds()).isEqualByComparingTo("540000");
        assertThat(r.period()).isEqualTo(new Period(730 * 3_600_000_000L, Period.Source.HORIZON));
        for (LambdaCost c : List.of(r.monthly(), r.cost())) {
            assertThat(c.compute().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("2.33");
            assertThat(c.requests().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.40");
            assertThat(c.total().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("2.73");
        }
    }

    @Test
    void aMemoryOutsideTheRulesIsRejectedBeforeSimulating() {
        // aws-2014: 128..1,536 MB (domain notes).
        ScenarioOptions o = ScenarioOptions.builder().generate("poisson(1/s);duration=exp(50ms)")
                .set("rules", "aws-2014").set("memory_mb", "3008").build();
        assertThatThrownBy(() -> new ScenarioRunner(List.of(), PriceBookPricing::forOptions).run(o))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3008");
    }

    @Test
    void theDefaultTimeoutIsTheLongestTheRulesAllowAndBillingRoundsAsTheyDo() {
        // aws-2014: timeout at most 300 s, billed duration rounded up to 100 ms (domain notes).
        ScenarioOptions o = ScenarioOptions.builder()
                .generate("constant(1m);duration=const(178500us);horizon=10m").set("rules", "aws-2014").build();
        ScenarioResult r = new ScenarioRunner(List.of(), PriceBookPricing::forOptions).run(o);
        assertThat(r.options().simulation().timeoutUs()).isEqualTo(300_000_000L);
        // 10 calls of 178.5 ms -> 200 ms each (INIT of the first not billed under aws-2014)
        assertThat(r.simulation().total().billing().billedUs()).isEqualTo(10 * 200_000L);
        ScenarioOptions longer = o.toBuilder().set("timeout", "600s").build();
        assertThatThrownBy(() -> new ScenarioRunner(List.of(), PriceBookPricing::forOptions).run(longer))
                .hasMessageContaining("300");
    }
}
