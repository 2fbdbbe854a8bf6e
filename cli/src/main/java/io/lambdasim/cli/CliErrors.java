package io.lambdasim.cli;

import io.lambdasim.reports.io.ErrorLine;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and exit code 2, so a bad input never shows a stack
 * trace: user errors with their own message, unexpected ones and running out of memory in words
 * ({@link ErrorLine}), control characters from echoed input shown as escapes. Set
 * {@code LAMBDASIM_DEBUG=1} to see the trace of an unexpected error.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        return report(ex, cl);
    }

    /** Prints {@code t} as one line for the command {@code cl} ran; returns the exit code. */
    static int report(Throwable t, CommandLine cl) {
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + describe(t));
        if (System.getenv("LAMBDASIM_DEBUG") != null) {
            t.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    /**
     * Runs the parsed command; an {@link Error} (out of memory, stack overflow) escapes picocli's
     * exception handler, so it is caught here and reported the same way.
     */
    static int execute(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError | StackOverflowError e) {
            CommandLine cl = parsed.commandSpec().commandLine();
            CommandLine.ParseResult p = parsed;
            while (p.subcommand() != null) {
                p = p.subcommand();
                cl = p.commandSpec().commandLine();
            }
            return report(e, cl);
        }
    }

    /** A usage error: one line, naming the option and how to get help. */
    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String sub = qualifiedName(cl);
        err.println(prefix(cl) + ErrorLine.clean(ex.getMessage()) + " (try 'lambdasim " + (sub.isEmpty() ? "" : sub + " ")
                + "--help')");
        err.flush();
        return USER_ERROR;
    }

    /** The subcommand path below {@code lambdasim}, e.g. {@code trace stats}; empty for the root. */
    private static String qualifiedName(CommandLine cl) {
        String q = cl.getCommandSpec().qualifiedName(" ");
        return q.equals("lambdasim") ? "" : q.startsWith("lambdasim ") ? q.substring("lambdasim ".length()) : q;
    }

    /** {@code lambdasim trace stats: } or {@code lambdasim: } for the root. */
    private static String prefix(CommandLine cl) {
        String sub = qualifiedName(cl);
        return "lambdasim" + (sub.isEmpty() ? "" : " " + sub) + ": ";
    }

    /** A one-line description of {@code ex}, safe to print. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && !(t instanceof io.lambdasim.reports.settings.SettingException)
                && (t instanceof java.io.UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        if (t instanceof io.lambdasim.reports.settings.SettingException se) {
            // the name the user typed on this command line
            return ErrorLine.clean(se.describe(se.setting().option()));
        }
        return ErrorLine.of(ex);
    }
}
