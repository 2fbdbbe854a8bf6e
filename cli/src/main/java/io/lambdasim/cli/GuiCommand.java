package io.lambdasim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app.")
final class GuiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("lambdasim gui: not implemented yet");
        return 3;
    }
}
