package io.lambdasim.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example command of README.md and docs/*.md against the built jar, as a user would run
 * it from the repository root: each document gets a fresh copy of {@code examples/} in a temporary
 * folder that is the working directory (so {@code -o} outputs land there, never in the repository),
 * and its commands run in the order written (a later one may read what an earlier one wrote), in one
 * JVM on {@code cli/target/lambdasim.jar} ({@link DocumentRunner}: what {@code ./lambdasim ARGS}
 * runs, without a JVM start per command). A command must exit 0, or 2 with one line on stderr when
 * the docs mark it {@code # exit code 2}; a failure names the file and line of the command.
 *
 * <p>Runs in {@code mvn verify} after {@code package} (failsafe), which builds the jar it needs.
 */
class DocumentedCommandsIT {

    /** Documents run two at a time: the demo (README) takes most of the time, the rest run beside it. */
    private static final int PARALLEL_DOCUMENTS = 2;
    private static final long DOCUMENT_TIMEOUT_MINUTES = 10;

    @TempDir
    Path tmp;

    @Test
    void everyDocumentedCommandRunsAsWritten() throws Exception {
        Path root = repositoryRoot();
        Path jar = Path.of(System.getProperty("lambdasim.jar", root.resolve("cli/target/lambdasim.jar").toString()))
                .toAbsolutePath();
        assertThat(jar).as("the cli jar (mvn package builds it before this test)").isRegularFile();

        List<Path> documents = DocumentedCommands.documents(root);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_DOCUMENTS);
        List<Future<List<String>>> results = new ArrayList<>();
        int commands = 0;
        List<String> failures = new ArrayList<>();
        for (Path doc : documents) {
            DocumentedCommands.Found found = DocumentedCommands.in(root, doc);
            found.problems().forEach(p -> failures.add(p.where() + ": " + p.reason() + ": " + p.text()));
            commands += found.commands().size();
            Path work = tmp.resolve(doc.getFileName().toString().replace(".md", ""));
            results.add(pool.submit(() -> runAll(found.commands(), root, work, jar)));
        }
        pool.shutdown();
        for (Future<List<String>> r : results) {
            failures.addAll(r.get());
        }
        // The README's tour alone has a command per command; far fewer means the scan is broken.
        assertThat(commands).as("documented commands found").isGreaterThan(20);
        assertThat(failures).as("documented commands that do not run as written").isEmpty();
    }

    /** Runs one document's commands in order in a fresh copy of examples/; returns what failed. */
    private static List<String> runAll(List<DocumentedCommands.Command> commands, Path root, Path work, Path jar)
            throws IOException, InterruptedException, URISyntaxException {
        copyTree(root.resolve("examples"), work.resolve("examples"));
        if (commands.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        commands.forEach(c -> lines.add(String.join(DocumentRunner.SEPARATOR, c.args())));
        Path list = work.resolve(".commands");
        Files.write(list, lines, StandardCharsets.UTF_8);
        // java -cp lambdasim.jar:test-classes DocumentRunner: the jar's own classes, one JVM for the document
        String classpath = jar + File.pathSeparator
                + Path.of(DocumentRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, DocumentRunner.class.getName(), list.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve(".runner").toFile()).start();
        p.getOutputStream().close();
        long started = System.nanoTime();
        String document = commands.get(0).file();
        if (!p.waitFor(DOCUMENT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            return List.of(document + ": its commands did not finish in " + DOCUMENT_TIMEOUT_MINUTES + " minutes");
        }
        Path codesFile = work.resolve(DocumentRunner.EXIT_CODES);
        if (p.exitValue() != 0 || !Files.isRegularFile(codesFile)) {
            return List.of(document + ": the runner failed: " + Files.readString(work.resolve(".runner")));
        }
        System.out.printf("%s: %d commands in %.1f s%n", document, commands.size(), (System.nanoTime() - started) / 1e9);
        List<String> codes = Files.readAllLines(codesFile, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < commands.size(); n++) {
            String stderr = Files.readString(work.resolve(".stderr-" + n), StandardCharsets.UTF_8).strip();
            String failure = check(commands.get(n), Integer.parseInt(codes.get(n)), stderr);
            if (failure != null) {
                failures.add(failure);
            }
        }
        return failures;
    }

    /** Null when the command behaved as documented, else why not. */
    static String check(DocumentedCommands.Command c, int code, String stderr) {
        if (c.expectError()) {
            if (code != 2 || stderr.isEmpty() || stderr.contains("\n")) {
                return c.where() + ": documented to fail with exit code 2 and one line on stderr, got exit code " + code
                        + ": " + c.text() + "\n    stderr: " + stderr;
            }
            return null;
        }
        if (code != 0) {
            return c.where() + ": exit code " + code + ": " + c.text() + "\n    stderr: " + stderr;
        }
        return null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** The repository root: the {@code lambdasim.root} property (set by the pom), else the folder above the module. */
    static Path repositoryRoot() {
        String given = System.getProperty("lambdasim.root");
        Path root = (given != null ? Path.of(given) : Path.of("").toAbsolutePath().getParent()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("examples"))) {
            throw new UncheckedIOException(new IOException("not the repository root (no README.md and examples/): " + root));
        }
        return root;
    }
}
