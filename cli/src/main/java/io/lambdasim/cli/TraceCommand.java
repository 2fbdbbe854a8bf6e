package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "trace", mixinStandardHelpOptions = true, description = "Inspect, convert and generate invocation traces.")
final class TraceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim trace: not implemented yet");
        return 3;
    }
}
