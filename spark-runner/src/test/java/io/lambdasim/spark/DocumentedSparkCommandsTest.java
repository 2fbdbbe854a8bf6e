package io.lambdasim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.batch.ScenarioFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code spark-runner/lambdasim-spark ...} line of a code block in README.md and docs/*.md
 * runs as written (the cli module's DocumentedCommandsIT does the same for {@code ./lambdasim}
 * lines): from the repository root (its output folder in a temporary one), through
 * {@link SparkBatchMain#run}, what the launcher runs after its build, in local mode. (That
 * results.csv is the local batch's byte for byte is SparkBatchTest's to check.)
 */
class DocumentedSparkCommandsTest {

    private static final String LAUNCHER = "spark-runner/lambdasim-spark";
    /** Options whose value is the output folder (moved into a temporary folder: nothing lands in the repository). */
    private static final Set<String> OUT_OPTIONS = Set.of("-o", "--out");
    /** Options whose value is a path (inputs resolved against the repository root, where the launcher runs). */
    private static final Set<String> PATH_OPTIONS = Set.of("-o", "--out", "--prices");
    /** Options whose value is not a path. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--set", "--sweep", "--jobs", "--generate");
    /** The first word of a one-scenario command (SparkSimulationTest checks its JSON is simulate's). */
    private static final String SIMULATE = "simulate";

    @TempDir
    Path work;

    @Test
    void everyDocumentedSparkCommandRunsAsWritten() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("README.md")).as("the repository root, above spark-runner/").isRegularFile();

        List<String[]> commands = documentedCommands(root);
        assertThat(commands).as("documented lambdasim-spark commands (docs/batch.md has some)").isNotEmpty();
        assertThat(commands).as("a documented one-scenario command").anyMatch(w -> w.length > 1 && w[1].equals(SIMULATE));
        for (String[] words : commands) {
            String line = String.join(" ", words);
            String[] args = resolvePaths(Arrays.copyOfRange(words, 1, words.length), root);
            StringWriter err = new StringWriter();
            StringWriter printed = new StringWriter();
            int code = SparkBatchMain.run(args, new PrintWriter(err, true), new PrintWriter(printed, true), LocalSpark.get());
            assertThat(code).as(line + "\n    stderr: " + err).isZero();
            if (args[0].equals(SIMULATE)) {
                assertThat(printed.toString()).as(line).startsWith("{").contains("\"horizonSeconds\"");
                continue;
            }

            Path out = Path.of(args[indexOf(args, "-o") + 1]);
            Path scenarios = Path.of(firstOperand(args));
            // One results.csv row per scenario of the file (SparkBatchTest checks the rows are the local batch's).
            int scenarioCount = ScenarioFile.read(scenarios, Map.of(), List.of()).scenarios().size();
            assertThat(Files.readAllLines(out.resolve("results.csv"))).as(line).hasSize(1 + scenarioCount);
            if (Arrays.asList(args).contains("--report")) {
                assertThat(out.resolve("report.html")).as(line).isRegularFile();
            }
        }
    }

    /** The words of every launcher line of a code block, refusing what a shell would read differently. */
    private static List<String[]> documentedCommands(Path root) throws IOException {
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String[]> commands = new ArrayList<>();
        for (Path doc : docs) {
            boolean inBlock = false;
            for (String raw : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
                String t = raw.strip();
                if (t.startsWith("```")) {
                    inBlock = !inBlock;
                } else if (inBlock && t.startsWith(LAUNCHER + " ")) {
                    assertThat(t).as(doc.getFileName() + ": a documented command is plain words (no quotes, no shell syntax)")
                            .doesNotContainPattern("['\"\\\\|&;<>()$`*?#]");
                    commands.add(t.split("\\s+"));
                }
            }
        }
        return commands;
    }

    /** The words as the launcher in the repository root would read them, the output folder in {@code work}. */
    private String[] resolvePaths(String[] args, Path root) {
        String[] resolved = args.clone();
        for (int i = args.length > 0 && args[0].equals(SIMULATE) ? 1 : 0; i < args.length; i++) {
            String previous = i == 0 ? "" : args[i - 1];
            if (OUT_OPTIONS.contains(previous)) {
                resolved[i] = work.resolve(args[i]).toString();
            } else if (PATH_OPTIONS.contains(previous) || !args[i].startsWith("-") && !VALUE_OPTIONS.contains(previous)) {
                resolved[i] = root.resolve(args[i]).toString();
            }
        }
        return resolved;
    }

    private static int indexOf(String[] args, String option) {
        int i = Arrays.asList(args).indexOf(option);
        assertThat(i).as("the documented command names its output folder with " + option).isNotNegative();
        return i;
    }

    private static String firstOperand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String previous = i == 0 ? "" : args[i - 1];
            if (!args[i].startsWith("-") && !PATH_OPTIONS.contains(previous) && !VALUE_OPTIONS.contains(previous)) {
                return args[i];
            }
        }
        throw new AssertionError("no scenario file in " + Arrays.toString(args));
    }
}
