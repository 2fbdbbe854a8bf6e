package io.lambdasim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lambdasim} command: one subcommand per job a user brings. */
@Command(name = "lambdasim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Cost and capacity simulator for AWS Lambda against EC2.",
        subcommands = {
                CostCommand.class,
                PricesCommand.class,
                TraceCommand.class,
                SimulateCommand.class,
                BreakevenCommand.class,
                SizingCommand.class,
                BatchCommand.class,
                ReportCommand.class,
                DemoCommand.class,
                GuiCommand.class,
                CommandLine.HelpCommand.class
        })
public final class LambdaSim implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** The configured command line: usage errors and user errors exit 2 with one line, no stack trace. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new LambdaSim());
        SettingOptions.install(cl);
        DemoCommand.listScenariosInHelp(cl.getSubcommands().get("demo"));
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setParameterExceptionHandler(CliErrors::onParameterError);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
