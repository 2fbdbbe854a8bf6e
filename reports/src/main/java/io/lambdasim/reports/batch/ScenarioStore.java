package io.lambdasim.reports.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-scenario JSON files of an output folder. Each is written to a temporary name and moved
 * into place, so a crash or Ctrl-C leaves either the whole record or none of it.
 */
public final class ScenarioStore {

    public static final String FOLDER = "scenarios";

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            // chart data may hold NaN (a curve point with no value); write and read it back as such
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    public ScenarioStore(Path outDir) {
        this.dir = outDir.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    public void save(Scenario s, ScenarioRecord r) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(s.fileStem() + ".json");
        Path tmp = dir.resolve(s.fileStem() + ".json.tmp");
        JSON.writeValue(tmp.toFile(), r);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every record in the folder, in batch order; unreadable files are skipped (they are rerun). */
    public List<ScenarioRecord> loadAll() throws IOException {
        List<ScenarioRecord> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    out.add(JSON.readValue(f.toFile(), ScenarioRecord.class));
                } catch (IOException e) {
                    // a record cut short by a crash is rewritten when its scenario reruns
                }
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

    /** Removes the records of an earlier batch, so a report never mixes two runs. */
    public void clear() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*\\.json(\\.tmp)?")).toList()) {
                Files.delete(f);
            }
        }
    }
}
