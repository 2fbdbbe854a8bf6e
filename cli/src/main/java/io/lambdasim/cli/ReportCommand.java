package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write the HTML report of a batch output folder.")
final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim report: not implemented yet");
        return 3;
    }
}
