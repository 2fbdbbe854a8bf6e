package io.lambdasim.cli;

import io.lambdasim.reports.html.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lambdasim report out/}: the HTML report of a batch output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html for a batch output folder: one self-contained page (charts embedded) "
                + "with the summary table and, per scenario or sweep, the cost, break-even, memory sizing, timeline "
                + "and latency charts; the charts also go to DIR/charts/ as PNG and SVG."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "output folder of 'lambdasim batch'")
    Path dir;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().println("report: " + ReportWriter.write(dir));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
