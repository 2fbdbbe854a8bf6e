package io.lambdasim.cli.docs;

import io.lambdasim.cli.LambdaSim;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs one document's example commands in order, in one JVM started in the document's working
 * folder: each command goes through {@link LambdaSim#newCommandLine()} and {@code execute}, which is
 * what {@code java -jar lambdasim.jar ARGS} does before {@code System.exit}. One JVM per document
 * instead of one per command keeps the test short (a JVM start costs about a second of CPU here).
 *
 * <p>Input: a file of commands, one per line, arguments separated by {@link #SEPARATOR}. Output, in
 * the working folder: {@code .stdout-N} and {@code .stderr-N} per command and {@code .exit-codes}
 * (one exit code per line, in order).
 */
public final class DocumentRunner {

    /** Separates the arguments of a command in the commands file (no documented argument holds it). */
    public static final String SEPARATOR = "\u001f";
    public static final String EXIT_CODES = ".exit-codes";

    private DocumentRunner() {
    }

    public static void main(String[] args) throws IOException {
        List<String> commands = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < commands.size(); n++) {
            String[] argv = commands.get(n).isEmpty() ? new String[0] : commands.get(n).split(SEPARATOR, -1);
            codes.add(Integer.toString(run(argv, n)));
        }
        Files.write(Path.of(EXIT_CODES), codes, StandardCharsets.UTF_8);
    }

    private static int run(String[] argv, int n) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(".stdout-" + n), StandardCharsets.UTF_8));
             PrintWriter err = new PrintWriter(Files.newBufferedWriter(Path.of(".stderr-" + n), StandardCharsets.UTF_8))) {
            try {
                CommandLine cl = LambdaSim.newCommandLine();
                cl.setOut(out);
                cl.setErr(err);
                return cl.execute(argv);
            } catch (Throwable t) { // NOPMD: a crash of one command is reported, the others still run
                err.println("crashed: " + t);
                Arrays.stream(t.getStackTrace()).limit(20).forEach(e -> err.println("\tat " + e));
                return -1;
            }
        }
    }
}
