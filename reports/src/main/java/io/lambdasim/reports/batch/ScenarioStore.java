package io.lambdasim.reports.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lambdasim.reports.io.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-scenario JSON files of an output folder ({@code scenarios/NNN-name.json}). Each is
 * written through the folder ({@link OutputFolder}: a temporary file moved into place, then
 * recorded in the folder's manifest), so a crash or Ctrl-C leaves either the whole record or none
 * of it, and only records lambdasim wrote are ever read back or deleted.
 */
public final class ScenarioStore {

    public static final String FOLDER = "scenarios";

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            // chart data may hold NaN (a curve point with no value); write and read it back as such
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputFolder folder;
    private final Path dir;

    public ScenarioStore(OutputFolder folder) {
        this.folder = folder;
        this.dir = folder.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    public void save(Scenario s, ScenarioRecord r) {
        folder.write(relative(s), out -> JSON.writeValue(out, r));
    }

    private static String relative(Scenario s) {
        return FOLDER + "/" + s.fileStem() + ".json";
    }

    /**
     * The records an earlier run left: those its manifest lists, or, in a folder written before
     * manifests existed, every {@code *.json} of the folder. Unreadable files are skipped (their
     * scenarios rerun). In batch order.
     */
    public List<ScenarioRecord> loadEarlier() throws IOException {
        if (folder.hasManifest()) {
            return load(folder.previous(FOLDER + "/"));
        }
        List<String> all = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(n -> all.add(FOLDER + "/" + n));
            }
        }
        return load(all);
    }

    /** The records of the given files (relative to the output folder), in batch order. */
    public List<ScenarioRecord> load(Collection<String> relatives) {
        List<ScenarioRecord> out = new ArrayList<>();
        for (String rel : relatives) {
            Path f = folder.resolve(rel);
            if (!rel.endsWith(".json") || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                ScenarioRecord r = JSON.readValue(f.toFile(), ScenarioRecord.class);
                if (r != null && r.name() != null && r.status() != null) {
                    out.add(r);
                }
            } catch (IOException | RuntimeException e) {
                // a record cut short by a crash is rewritten when its scenario reruns
            }
        }
        out.sort(Comparator.comparingInt(ScenarioRecord::index));
        return out;
    }

    /** An outcome as the JSON this store writes, for runners that move outcomes between processes (Spark). */
    public static String toJson(ScenarioOutcome o) throws IOException {
        return JSON.writeValueAsString(o);
    }

    /** The outcome {@link #toJson} wrote: the same figures, rows and chart data. */
    public static ScenarioOutcome outcomeFromJson(String json) throws IOException {
        return JSON.readValue(json, ScenarioOutcome.class);
    }
}
