package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "cost", mixinStandardHelpOptions = true, description = "Monthly Lambda bill for a steady load, against EC2 instances (analytic, no simulation).")
final class CostCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim cost: not implemented yet");
        return 3;
    }
}
