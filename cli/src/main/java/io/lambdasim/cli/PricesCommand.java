package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Show or import price books.")
final class PricesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim prices: not implemented yet");
        return 3;
    }
}
