package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Run a CSV file of scenarios in parallel.")
final class BatchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim batch: not implemented yet");
        return 3;
    }
}
