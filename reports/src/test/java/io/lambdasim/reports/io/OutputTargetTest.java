package io.lambdasim.reports.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, data loss: an output must never destroy an input or a file it was not asked to
 * replace. Each case was reproduced against the code before the output helper (trace convert
 * truncated a symlinked input, deleted '-o' on failure, replaced device nodes).
 */
class OutputTargetTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void anOutputThatIsAnInputThroughASymbolicLinkIsRefused() throws IOException {
        Path input = file("az.csv", "input");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-az.csv"), input.getFileName());
        assertThatThrownBy(() -> OutputTarget.check(link, "-o", OutputTarget.Replace.YES, true, List.of(input)))
                .isInstanceOf(OutputRefused.class)
                .hasMessageContaining("-o " + link).hasMessageContaining("is the input").hasMessageContaining("links");
        assertThat(Files.readString(input)).isEqualTo("input");
    }

    @Test
    void anOutputThatIsAHardLinkOfAnInputIsRefused() throws IOException {
        Path input = file("t.csv", "input");
        Path hard = Files.createLink(dir.resolve("same.csv"), input);
        assertThatThrownBy(() -> OutputTarget.check(hard, "--timeline", OutputTarget.Replace.YES, true, List.of(input)))
                .isInstanceOf(OutputRefused.class).hasMessageContaining("is the input");
    }

    @Test
    void anInputNamedAnotherWayIsTheSameFile() throws IOException {
        Path input = file("o.json", "{}");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path roundabout = sub.resolve("../o.json");
        assertThatThrownBy(() -> OutputTarget.check(roundabout, "-o", OutputTarget.Replace.WITH_FORCE, true, List.of(input)))
                .isInstanceOf(OutputRefused.class).hasMessageContaining("is the input");
    }

    @Test
    void aNewFileInAFolderReachedThroughALinkIsComparedByItsRealPath() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path input = Files.writeString(real.resolve("t.csv"), "input");
        Path linkDir = Files.createSymbolicLink(dir.resolve("alias"), real);
        // the input named through the linked folder: still the same file
        assertThatThrownBy(() -> OutputTarget.check(linkDir.resolve("t.csv"), "-o", OutputTarget.Replace.YES, true,
                List.of(input))).isInstanceOf(OutputRefused.class);
        // a new file there is fine, and goes to the real folder
        OutputTarget t = OutputTarget.check(linkDir.resolve("new.csv"), "-o", OutputTarget.Replace.YES, true, List.of(input));
        assertThat(t.resolved()).isEqualTo(real.toRealPath().resolve("new.csv"));
    }

    @Test
    void foldersDevicesAndDanglingLinksAreNeverReplaced() throws IOException {
        assertThatThrownBy(() -> OutputTarget.check(dir, "-o", OutputTarget.Replace.YES, true))
                .isInstanceOf(OutputRefused.class).hasMessageContaining("is a folder");
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) { // a device node: 'trace convert -o /dev/null' used to delete it as root
            assertThatThrownBy(() -> OutputTarget.check(devNull, "-o", OutputTarget.Replace.YES, true))
                    .isInstanceOf(OutputRefused.class).hasMessageContaining("not a regular file");
        }
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("missing.csv"));
        assertThatThrownBy(() -> OutputTarget.check(dangling, "-o", OutputTarget.Replace.YES, true))
                .isInstanceOf(OutputRefused.class).hasMessageContaining("symbolic link to a missing file");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhereDocumentedOrForced() throws IOException {
        Path existing = file("pf.csv", "mine");
        assertThatThrownBy(() -> OutputTarget.check(existing, "--per-function", OutputTarget.Replace.WITH_FORCE, false))
                .isInstanceOf(OutputRefused.class)
                .hasMessage("--per-function " + existing + " already exists: add --force to replace it, or give another file name");
        OutputTarget.check(existing, "--per-function", OutputTarget.Replace.WITH_FORCE, true).writeText(w -> w.write("new"));
        assertThat(Files.readString(existing)).isEqualTo("new");
        OutputTarget.check(existing, "-o", OutputTarget.Replace.YES, false).writeText(w -> w.write("again"));
        assertThat(Files.readString(existing)).isEqualTo("again");
    }

    @Test
    void aMissingFolderIsNamedAsSuch() {
        Path out = dir.resolve("no/such/folder/out.csv");
        assertThatThrownBy(() -> OutputTarget.check(out, "-o", OutputTarget.Replace.YES, true))
                .isInstanceOf(OutputRefused.class)
                .hasMessage("cannot write -o " + out + ": folder " + out.getParent() + " does not exist (create it first)");
    }

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoTemporaryFile() throws IOException {
        Path existing = file("out.csv", "earlier content");
        OutputTarget t = OutputTarget.check(existing, "-o", OutputTarget.Replace.YES, true);
        assertThatThrownBy(() -> t.write(out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the input broke at line 7");
        })).hasMessage("the input broke at line 7");
        assertThat(Files.readString(existing)).isEqualTo("earlier content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.csv");
        }
    }

    @Test
    void anIoErrorWhileWritingSaysCannotWrite() throws IOException {
        Path existing = file("out.csv", "earlier");
        OutputTarget t = OutputTarget.check(existing, "-o", OutputTarget.Replace.YES, true);
        assertThatThrownBy(() -> t.write(out -> {
            throw new IOException("No space left on device");
        })).isInstanceOf(OutputFailed.class).hasMessage("cannot write " + existing + ": No space left on device");
        assertThat(Files.readString(existing)).isEqualTo("earlier");
    }

    @Test
    void writingThroughALinkReplacesTheLinkedFileAndKeepsTheLink() throws IOException {
        Path real = file("real.csv", "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        OutputTarget.check(link, "-o", OutputTarget.Replace.YES, true).writeText(w -> w.write("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path existing = file("shared.csv", "old");
        var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        try {
            Files.setPosixFilePermissions(existing, perms);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system: nothing to keep
        }
        OutputTarget.check(existing, "-o", OutputTarget.Replace.YES, true).writeText(w -> w.write("new"));
        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(perms);
    }
}
