package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the bundled example scenarios and write a report.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim demo: not implemented yet");
        return 3;
    }
}
