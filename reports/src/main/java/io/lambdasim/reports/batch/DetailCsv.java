package io.lambdasim.reports.batch;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** per-function.csv and timeline.csv: the detail rows of every scenario, tagged with its name. */
final class DetailCsv {

    private DetailCsv() {
    }

    static void write(Path file, List<ScenarioRecord> records, Function<ScenarioOutcome, List<Map<String, String>>> rows)
            throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        columns.add("scenario");
        for (ScenarioRecord r : records) {
            if (r.outcome() != null) {
                rows.apply(r.outcome()).forEach(m -> columns.addAll(m.keySet()));
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); ICSVWriter csv = OrderedCsv.writer(w)) {
            csv.writeNext(columns.toArray(String[]::new), false);
            for (ScenarioRecord r : records) {
                if (r.outcome() == null) {
                    continue;
                }
                for (Map<String, String> m : rows.apply(r.outcome())) {
                    csv.writeNext(columns.stream().map(c -> c.equals("scenario") ? r.name() : m.getOrDefault(c, ""))
                            .toArray(String[]::new), false);
                }
            }
        }
    }
}
