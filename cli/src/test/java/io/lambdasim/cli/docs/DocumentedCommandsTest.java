package io.lambdasim.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked about the documentation without the jar (DocumentedCommandsIT runs the
 * commands): every command line in a code block can run as written, and every file shipped in
 * {@code examples/} is described in examples/README.md.
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
}
