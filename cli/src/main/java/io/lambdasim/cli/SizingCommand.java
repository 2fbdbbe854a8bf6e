package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "sizing", mixinStandardHelpOptions = true, description = "Cost and latency against memory, with a recommendation.")
final class SizingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim sizing: not implemented yet");
        return 3;
    }
}
