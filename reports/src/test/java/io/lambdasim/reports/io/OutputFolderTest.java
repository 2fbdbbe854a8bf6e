package io.lambdasim.reports.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: an output folder's earlier files are deleted only when lambdasim recorded writing them. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void onlyRecordedFilesAreDeletedAndOnlyOnceTheRunFinished() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder first = OutputFolder.open(out, List.of());
        first.writeText("scenarios/001-a.json", w -> w.write("{}"));
        first.writeText("report.html", w -> w.write("<html/>"));
        first.finish(rel -> true);
        Path foreign = Files.writeString(out.resolve("scenarios/notes.json"), "{\"mine\": true}");

        OutputFolder second = OutputFolder.open(out, List.of());
        assertThat(second.previous()).containsExactlyInAnyOrder("scenarios/001-a.json", "report.html");
        second.writeText("scenarios/001-a.json", w -> w.write("{\"again\": 1}"));
        // nothing is deleted before the run ends
        assertThat(out.resolve("report.html")).exists();
        assertThat(second.finish(rel -> true)).containsExactly("report.html");
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(foreign).exists().hasContent("{\"mine\": true}");
        assertThat(OutputFolder.open(out, List.of()).previous()).containsExactly("scenarios/001-a.json");
    }

    @Test
    void aFinishLimitedToItsOwnFilesKeepsTheRest() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder batch = OutputFolder.open(out, List.of());
        batch.writeText("results.csv", w -> w.write("name\n"));
        batch.writeText("charts/old.png", w -> w.write("png"));
        batch.finish(rel -> true);
        OutputFolder report = OutputFolder.open(out, List.of());
        report.writeText("report.html", w -> w.write("<html/>"));
        report.finish(rel -> rel.equals("report.html") || rel.startsWith("charts/"));
        assertThat(out.resolve("results.csv")).exists();
        assertThat(out.resolve("charts/old.png")).doesNotExist();
        assertThat(OutputFolder.open(out, List.of()).previous()).containsExactlyInAnyOrder("results.csv", "report.html");
    }

    @Test
    void aManifestEntryOutsideTheFolderOrALinkIsNeverFollowed() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep");
        Files.createSymbolicLink(out.resolve("link.txt"), precious);
        Files.writeString(out.resolve(OutputFolder.MANIFEST), "../precious.txt\n/etc/passwd\nlink.txt\n");
        OutputFolder f = OutputFolder.open(out, List.of());
        assertThat(f.previous()).containsExactly("link.txt");
        f.finish(rel -> true);
        assertThat(precious).exists().hasContent("keep");
        assertThat(Files.isSymbolicLink(out.resolve("link.txt"))).isTrue();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "a file");
        assertThatThrownBy(() -> OutputFolder.open(file, List.of()))
                .isInstanceOf(OutputRefused.class).hasMessage(file + " is a file, not a folder: give an output folder");
    }

    @Test
    void aFolderFileIsNeverWrittenOntoAnInput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path input = Files.writeString(out.resolve("results.csv"), "my scenarios");
        OutputFolder f = OutputFolder.open(out, List.of(input));
        assertThatThrownBy(() -> f.target("results.csv")).isInstanceOf(OutputRefused.class).hasMessageContaining("is the input");
        assertThat(input).hasContent("my scenarios");
    }
}
