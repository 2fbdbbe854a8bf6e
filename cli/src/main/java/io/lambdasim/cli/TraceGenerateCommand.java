package io.lambdasim.cli;

import io.lambdasim.reports.io.AtomicFile;
import io.lambdasim.reports.io.OutputTarget;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import io.lambdasim.traces.write.NativeCsvWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lambdasim trace generate SPEC -o FILE [--seed N]}: a synthetic workload as lambdasim-csv. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic trace from a workload SPEC and write it as lambdasim-csv "
                + "(OUT ending in .gz is gzip-compressed). The same SPEC and seed always give the same file.",
            "SPEC: ARRIVALS;duration=DIST[;horizon=1h][;function=NAME][;memory=512][;max_memory=MB]"
                + "[;type=sync|async|poll][;seed=N], several functions joined with ' + ' (quote it in the shell).",
            "ARRIVALS: poisson(5/s), constant(10s), diurnal(1/s..50/s[,peak=14:00]), bursty(LOW,HIGH,BURST,GAP), "
                + "schedule(rate(5 minutes)), schedule(cron(0/15 8-18 ? * MON-FRI *)).",
            "DIST: const(100ms), exp(MEAN), lognormal(MEAN,P99), uniform(MIN,MAX), empirical(p0=..,p50=..,p100=..).",
            "Units: us ms s m h d; rates /s /m /h. Defaults: horizon 1h, seed 1, names f1, f2, ... "
                + "Trace time 0 is Monday 2026-01-05 00:00 UTC (for cron and diurnal)."},
        footer = {"", "Example:",
            "  lambdasim trace generate 'poisson(5/s);duration=lognormal(80ms,900ms);horizon=1d;function=api"
                + " + schedule(rate(1 hour));duration=const(40s);function=nightly' -o day.csv.gz"})
final class TraceGenerateCommand implements Callable<Integer>, SettingOptions.Command {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The workload spec (see above).")
    String workload;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output file: .csv or .csv.gz.")
    Path output;

    @Option(names = "--seed", paramLabel = "N", description = "Seed, overriding the spec's seed= (default: the spec's, else 1).")
    Long seed;

    @Option(names = "--progress", description = "Show progress on stderr every two seconds, even when it is not a terminal.")
    boolean progress;

    @Override
    public java.util.List<io.lambdasim.reports.settings.Setting<?>> settings() {
        return java.util.List.of(Settings.ALLOW_HUGE);
    }

    @Override
    public Integer call() {
        // Parse before touching the output, so a bad spec leaves no file behind.
        WorkloadSpec w = WorkloadSpec.parse(workload);
        long usedSeed = seed == null ? w.seed() : seed;
        OutputTarget target = OutputTarget.check(output, "-o", OutputTarget.Replace.YES, true);
        long rows;
        try (ProgressLine line = ProgressLine.of(spec.commandLine().getErr(), "generating", w.horizonUs(), progress);
             InvocationCursor c = new ProgressCursor(w.open(usedSeed,
                     SettingOptions.values(spec, settings()).get(Settings.ALLOW_HUGE)), line); AtomicFile f = target.open()) {
            rows = NativeCsvWriter.convert(c, f.stream(), NativeCsvWriter.gzipped(output));
            f.commit();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %,d invocations of %d function(s) over %s (seed %d) to %s%n",
                rows, w.functions().size(), humanHorizon(w), usedSeed, output);
        out.flush();
        return 0;
    }

    private static String humanHorizon(WorkloadSpec w) {
        return w.horizon().toString().substring(2).toLowerCase(Locale.ROOT);   // PT720H -> 720h
    }
}
