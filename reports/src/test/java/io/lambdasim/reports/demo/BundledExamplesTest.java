package io.lambdasim.reports.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.batch.Scenario;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples the README's first command runs stay valid: found, parsed, every trace readable. */
class BundledExamplesTest {

    private final Path examples = ExamplesLocator.find(null); // walks up from the module folder to the repository root

    @Test
    void theScenarioFileHasTheSixWorkloadsWithSweepsAndNoBadRow() throws Exception {
        ScenarioFile.Batch b = ScenarioFile.read(examples.resolve(ExamplesLocator.SCENARIOS), Map.of(), List.of());
        assertThat(b.errors()).as(b.scenarios().stream().map(Scenario::error).toList().toString()).isZero();
        assertThat(b.scenarios().stream().map(s -> s.name().replaceAll(" \\[.*", "")).distinct())
                .containsExactly("web-api", "nightly-batch", "queue-consumer", "image-resizer", "azure-functions", "orders-cloudwatch");
        // web-api is swept over 4 memory sizes, orders-cloudwatch over 3: 4 + 1 + 1 + 1 + 1 + 3
        assertThat(b.scenarios()).hasSize(11);
        assertThat(b.scenarios()).allSatisfy(s -> assertThat(s.get("ec2")).isEqualTo("t4g.small;m7g.large;c7g.large"));
    }

    @Test
    void theAzure2021TraceReadsEveryRow() {
        // 1,723 lines = the header + 1,722 invocations (wc -l of the file as written)
        assertThat(count("traces/azure2021-functions.csv", "azure2021", false)).isEqualTo(1722);
    }

    @Test
    void theCloudWatchTraceReadsEveryReportLineAndItsObservedColdStarts() {
        // 1,194 REPORT lines, 5 of them with "Init Duration" (grep -c of the file as written)
        assertThat(count("traces/orders-cloudwatch.log", "cloudwatch", false)).isEqualTo(1194);
        assertThat(count("traces/orders-cloudwatch.log", "cloudwatch", true)).isEqualTo(5);
    }

    private long count(String file, String format, boolean coldOnly) {
        long n = 0;
        long last = Long.MIN_VALUE;
        try (InvocationCursor c = Traces.open(examples.resolve(file), format, ReadOptions.DEFAULTS)) {
            while (c.next()) {
                assertThat(c.startUs()).isGreaterThanOrEqualTo(last);
                last = c.startUs();
                if (!coldOnly || c.initUs() != InvocationCursor.MISSING) {
                    n++;
                }
            }
        }
        return n;
    }
}
