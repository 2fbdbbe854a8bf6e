package io.lambdasim.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked about the documentation without the jar (DocumentedCommandsIT runs the
 * commands): every command line in a code block can run as written, and every file shipped in
 * {@code examples/} is described in examples/README.md, and every relative link of the docs leads to
 * a file (and heading) that exists.
 */
class DocumentedCommandsTest {

    @Test
    void everyCommandLineOfTheDocsCanRunAsWritten() {
        Path root = DocumentedCommandsIT.repositoryRoot();
        List<String> problems = new ArrayList<>();
        for (Path doc : DocumentedCommands.documents(root)) {
            DocumentedCommands.in(root, doc).problems().forEach(p -> problems.add(p.where() + ": " + p.reason() + ": " + p.text()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyExampleFileIsDescribedInTheExamplesReadme() throws IOException {
        Path examples = DocumentedCommandsIT.repositoryRoot().resolve("examples");
        String readme = Files.readString(examples.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> undescribed = new ArrayList<>();
        try (Stream<Path> s = Files.walk(examples)) {
            s.filter(Files::isRegularFile).map(p -> examples.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("README.md") && !readme.contains("`" + name + "`"))
                    .sorted().forEach(undescribed::add);
        }
        assertThat(undescribed).as("files in examples/ without a line in examples/README.md").isEmpty();
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommand() throws IOException {
        Path root = DocumentedCommandsIT.repositoryRoot();
        // The README's first code block: the two commands that work on a fresh machine.
        List<String> freshMachine = firstCodeBlock(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8))
                .stream().map(line -> line.replaceFirst("\\s+#.*$", "").strip()).toList();
        assertThat(freshMachine).as("the README's fresh-machine commands").containsExactly("./lambdasim demo", "mvn -B verify");
        String testCommand = freshMachine.get(1);
        // .ci/run: a bash script whose one command (after set and cd) is the README's test command.
        List<String> commands = Files.readAllLines(root.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "))
                .toList();
        assertThat(commands).as(".ci/run's commands").containsExactly(testCommand);
    }

    private static List<String> firstCodeBlock(String markdown) {
        int open = markdown.indexOf("```\n");
        int close = markdown.indexOf("\n```", open + 3);
        return List.of(markdown.substring(open + 4, close).split("\n"));
    }

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#+ (.*)$");

    @Test
    void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
        Path root = DocumentedCommandsIT.repositoryRoot();
        List<Path> docs = new ArrayList<>(DocumentedCommands.documents(root));
        docs.add(root.resolve("DEVELOPERS.md"));
        docs.add(root.resolve("examples/README.md"));
        List<String> broken = new ArrayList<>();
        for (Path doc : docs) {
            String text = Files.readString(doc, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("[a-z]+:.*")) {
                    continue; // https: and the like
                }
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                Path target = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(target)) {
                    broken.add(root.relativize(doc) + ": " + link + " (no such file)");
                } else if (hash >= 0 && !headings(target).contains(link.substring(hash + 1))) {
                    broken.add(root.relativize(doc) + ": " + link + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> headings(Path markdown) throws IOException {
        List<String> anchors = new ArrayList<>();
        Matcher m = HEADING.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (m.find()) {
            anchors.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
