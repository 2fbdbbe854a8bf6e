package io.lambdasim.cli.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example commands of the user documentation: every line of a fenced code block in
 * {@code README.md} and {@code docs/*.md} that starts with {@code ./lambdasim }. A line ending in the
 * comment {@code # exit code 2} documents an error and must fail with exit code 2; every other one
 * must succeed.
 */
public final class DocumentedCommands {

    /** The launcher every documented command names. */
    public static final String LAUNCHER = "./lambdasim";
    /** The comment that marks a command documented as showing an error. */
    public static final String EXPECTS_ERROR = "exit code 2";

    /**
     * One documented command.
     *
     * @param file        the markdown file, relative to the repository root
     * @param line        1-based line number
     * @param text        the line as written
     * @param args        the words after {@code ./lambdasim}
     * @param expectError whether the docs say it fails with exit code 2
     */
    public record Command(String file, int line, String text, List<String> args, boolean expectError) {
        public Command {
            args = List.copyOf(args);
        }

        public String where() {
            return file + ":" + line;
        }
    }

    /** A line of a code block that cannot be run as written, and why. */
    public record Problem(String where, String text, String reason) {
    }

    /** The documented commands and the lines that look like commands but cannot run. */
    public record Found(List<Command> commands, List<Problem> problems) {
    }

    private DocumentedCommands() {
    }

    /** README.md then docs/*.md in name order. */
    public static List<Path> documents(Path root) {
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    public static Found in(Path root, Path markdown) {
        String name = root.relativize(markdown).toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scan(name, lines);
    }

    static Found scan(String name, List<String> lines) {
        List<Command> commands = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String t = raw.strip();
            if (fence == null) {
                if (t.startsWith("```") || t.startsWith("~~~")) {
                    fence = t.substring(0, 3);
                }
                continue;
            }
            if (t.startsWith(fence)) {
                fence = null;
                continue;
            }
            String where = name + ":" + (i + 1);
            if (t.startsWith("lambdasim ") && !t.matches("lambdasim [a-z ]+: .*")) { // not an error message shown
                problems.add(new Problem(where, t, "a documented command names the launcher as ./lambdasim"));
            } else if (t.startsWith(LAUNCHER + " ")) {
                try {
                    ShellWords.Line words = ShellWords.split(t);
                    commands.add(new Command(name, i + 1, t, words.words().subList(1, words.words().size()),
                            words.comment().equals(EXPECTS_ERROR)));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(where, t, e.getMessage()));
                }
            }
        }
        if (fence != null) {
            problems.add(new Problem(name, "", "a code block is not closed"));
        }
        return new Found(commands, problems);
    }
}
