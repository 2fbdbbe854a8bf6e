package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "breakeven", mixinStandardHelpOptions = true, description = "Where Lambda and EC2 cost the same, analytically or on a trace.")
final class BreakevenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim breakeven: not implemented yet");
        return 3;
    }
}
