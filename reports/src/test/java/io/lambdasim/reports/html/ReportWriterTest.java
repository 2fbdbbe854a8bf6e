package io.lambdasim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.batch.BatchProgress;
import io.lambdasim.reports.batch.BatchRunner;
import io.lambdasim.reports.batch.FakeExecutor;
import io.lambdasim.reports.batch.ScenarioFile;
import io.lambdasim.reports.batch.Sweep;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {

    @TempDir
    Path dir;

    private Path report() throws Exception {
        Path f = dir.resolve("scenarios.csv");
        Files.writeString(f, """
                name,generate,memory_mb,ec2
                web-api,poisson(5/s);duration=const(50ms),256|512|1024|2048,t4g.small;m7g.large
                nightly <&> job,schedule(rate(1 hour));duration=const(40s),1024,t4g.small
                broken,poisson(1/s);duration=const(1ms),99,
                """);
        ScenarioFile.Batch b = ScenarioFile.read(f, Map.of(), List.of(Sweep.parse("arch=x86_64")));
        Path out = dir.resolve("out");
        BatchRunner.run(b, new FakeExecutor(), new BatchRunner.Options(out, 2, false, false, false), BatchProgress.NONE);
        return ReportWriter.write(out);
    }

    @Test
    void theReportIsWellFormedXhtmlThatReferencesNothingOutsideItself() throws Exception {
        Path html = report();
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        // the DOCTYPE has no external DTD; never fetch anything while parsing
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = dbf.newDocumentBuilder().parse(html.toFile());
        List<String> refs = new ArrayList<>();
        for (String attr : List.of("src", "href", "data", "srcset", "poster", "background")) {
            collect(doc.getDocumentElement(), attr, refs);
        }
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("data:image/png;base64,"));
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("url(").doesNotContain("@import").doesNotContain("<link").doesNotContain("<script");
        // per scenario group: sizing (a sweep over memory), cost, break-even, timeline, latency; 4 for the single one
        assertThat(refs).hasSize(5 + 4);
        for (String r : refs) {
            byte[] png = Base64.getDecoder().decode(r.substring(r.indexOf(',') + 1));
            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(960);
        }
        assertThat(text).contains("nightly &lt;&amp;&gt; job");
        assertThat(text).contains("scenarios.csv row 4, column memory_mb: &#39;99&#39;: expected a whole number from 128 to 10240");
    }

    @Test
    void tablesCarryUnitsAndMoneyHasTwoDecimalsOrFourPerMillion() throws Exception {
        String text = Files.readString(report(), StandardCharsets.UTF_8);
        // FakeExecutor at 256 MB: 100,000 x 2.764 s x 0.25 GB = 69,101.6 GB-s -> $1.15 compute + $0.02 requests
        assertThat(text).contains("69,101.6 GB-s").contains("$1.17").contains("$11.7170")
                .contains("2,764 ms").contains("400 ms").doesNotContain("2,764.1 ms").contains("0.12%");
    }

    @Test
    void theSummaryLeavesOutColumnsNoScenarioFillsSoItFitsTheWindow() throws Exception {
        // issue 16: at 1,280 px the summary overflowed. FakeExecutor's generated workloads have no observed
        // cold starts and no throttles or timeouts: those columns only took room.
        String text = Files.readString(report(), StandardCharsets.UTF_8);
        String head = text.substring(text.indexOf("<thead>"), text.indexOf("</thead>"));
        assertThat(head).contains("Lambda cost / month").contains("latency p50 / p99")
                .doesNotContain("observed cold starts").doesNotContain(">throttles<").doesNotContain(">timeouts<");
        assertThat(text).doesNotContain("$0.00<");
    }

    @Test
    void chartsAreAlsoWrittenAsPngAndSvgFiles() throws Exception {
        report();
        try (var files = Files.list(dir.resolve("out/charts"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            // Numbered like the scenario files, from 001 (issue 16: they started at 003, the spreadsheet row of
            // the first scenario after the header and a defaults row); a group's charts take its first scenario's number.
            assertThat(names).contains("001-web-api-sizing-x86_64.png", "001-web-api-sizing-x86_64.svg",
                    "001-web-api-cost.png", "001-web-api-breakeven.svg", "001-web-api-timeline.png", "001-web-api-latency.png",
                    "005-nightly-job-cost.png");
            try (var scenarioFiles = Files.list(dir.resolve("out/scenarios"))) {
                assertThat(scenarioFiles.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow()).startsWith("001-web-api");
            }
        }
    }

    private static void collect(Element e, String attr, List<String> out) {
        if (e.hasAttribute(attr)) {
            out.add(e.getAttribute(attr));
        }
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element k) {
                collect(k, attr, out);
            }
        }
    }
}
