package io.lambdasim.cli;

import io.lambdasim.reports.batch.SimulatingExecutor;
import io.lambdasim.reports.demo.Demo;
import io.lambdasim.reports.demo.ExamplesLocator;
import io.lambdasim.reports.demo.ScenarioList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lambdasim demo}: the bundled examples end to end, with the report. Its help lists the
 * scenarios from the examples' scenarios.csv itself ({@link ScenarioList}), so it names every one.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the bundled example scenarios (examples/scenarios.csv, listed below) on every core, "
                + "write results.csv, report.html and the charts, and print five lines of findings."})
final class DemoCommand implements Callable<Integer> {

    private static final int WIDTH = 80;
    private static final String INDENT = "    ";

    @Spec
    CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples folder (default: found from the working directory)")
    Path examples;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "lambdasim-out",
            description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "scenarios at once (default: one per core)")
    int threads;

    /** Lists the scenarios of the examples folder (as {@code --examples} names it, or as the demo finds it) at the end of the help. */
    static void listScenariosInHelp(CommandLine demo) {
        demo.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            DemoCommand command = (DemoCommand) help.commandSpec().userObject();
            StringBuilder text = new StringBuilder(System.lineSeparator());
            Path scenarios;
            try {
                scenarios = ExamplesLocator.find(command.examples).resolve(ExamplesLocator.SCENARIOS);
            } catch (IllegalArgumentException e) {
                return text.append("Scenarios: ").append(e.getMessage()).append(System.lineSeparator()).toString();
            }
            text.append("Scenarios (").append(scenarios).append("):").append(System.lineSeparator());
            for (String line : ScenarioList.describe(scenarios)) {
                wrap(text, "  " + line);
            }
            return text.toString();
        });
    }

    /**
     * Appends {@code line} wrapped at {@link #WIDTH}, continuation lines indented; it breaks only at
     * spaces outside parentheses, so a cron expression stays on one line.
     */
    private static void wrap(StringBuilder out, String line) {
        String rest = line;
        String prefix = "";
        while (prefix.length() + rest.length() > WIDTH) {
            int cut = breakBefore(rest, WIDTH - prefix.length());
            if (cut < 0) {
                break; // no place to break: leave it long
            }
            out.append(prefix).append(rest, 0, cut).append(System.lineSeparator());
            rest = rest.substring(cut + 1);
            prefix = INDENT;
        }
        out.append(prefix).append(rest).append(System.lineSeparator());
    }

    /** The last space outside parentheses at or before {@code limit}, else the first after it, else -1. */
    private static int breakBefore(String s, int limit) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && depth == 0 && i > 0) {
                if (i > limit && last > 0) {
                    return last;
                }
                last = i;
                if (i > limit) {
                    return i;
                }
            }
        }
        return last > 0 && s.length() > limit ? last : -1;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Demo.Result r = Demo.run(new Demo.Options(examples, out, threads), new SimulatingExecutor(),
                BatchCommand.progress(err, 0));
        PrintWriter o = spec.commandLine().getOut();
        r.findings().forEach(o::println);
        o.flush();
        return r.batch().failed() > 0 ? 1 : 0;
    }
}
