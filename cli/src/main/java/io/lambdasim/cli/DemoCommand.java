package io.lambdasim.cli;

import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.demo.Demo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lambdasim demo}: the bundled examples end to end, with the report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the bundled example scenarios (examples/scenarios.csv: a web API, a nightly cron job, "
                + "a bursty queue consumer, an Azure 2021 trace and a CloudWatch REPORT log, with memory sweeps and "
                + "three EC2 options) and write results.csv, report.html and the charts."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples folder (default: found from the working directory)")
    Path examples;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "lambdasim-out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "scenarios at once, 1 or more (default: one per core)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Demo.Result r = Demo.run(new Demo.Options(examples, out, BatchCommand.threads("--threads", threads)), new SimulatingExecutor(),
                BatchCommand.progress(err, 0));
        PrintWriter o = spec.commandLine().getOut();
        r.findings().forEach(o::println);
        o.flush();
        return r.batch().failed() > 0 ? 1 : 0;
    }
}
