package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Replay a trace through a modelled Lambda pool and price the result.")
final class SimulateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim simulate: not implemented yet");
        return 3;
    }
}
