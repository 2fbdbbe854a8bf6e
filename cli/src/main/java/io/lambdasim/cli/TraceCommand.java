package io.lambdasim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lambdasim trace}: the parent of the trace subcommands; alone it prints their list. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Inspect, convert and generate invocation traces.",
        subcommands = {TraceStatsCommand.class, TraceConvertCommand.class, TraceGenerateCommand.class})
final class TraceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
