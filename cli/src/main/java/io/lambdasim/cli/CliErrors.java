package io.lambdasim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and exit code 2, so a bad input never shows a stack
 * trace. Set {@code LAMBDASIM_DEBUG=1} to see the trace of an unexpected error.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + describe(ex));
        if (System.getenv("LAMBDASIM_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    static int onParameterError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(prefix(cl) + ex.getMessage());
        String sub = qualifiedName(cl);
        err.println("Try 'lambdasim " + (sub.isEmpty() ? "" : sub + " ") + "--help' for the options.");
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

    /** A one-line description of {@code ex}: its own message when it has one that stands alone. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof IOException) {
            return "cannot read " + t.getMessage();
        }
        if (t instanceof io.lambdasim.reports.settings.SettingException se) {
            return se.describe(se.setting().option()); // the name the user typed on this command line
        }
        String msg = t.getMessage();
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replace('\n', ' ');
    }
}
