package io.lambdasim.reports.batch;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** per-function.csv and timeline.csv: the detail rows of every scenario, tagged with its name. */
final class DetailCsv {

    private DetailCsv() {
    }

    static void write(OutputStream out, List<ScenarioRecord> records, Function<ScenarioOutcome, List<Map<String, String>>> rows)
            throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        columns.add("scenario");
        for (ScenarioRecord r : records) {
            if (r.outcome() != null) {
                rows.apply(r.outcome()).forEach(m -> columns.addAll(m.keySet()));
            }
        }
        ICSVWriter csv = OrderedCsv.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeNext(columns.toArray(String[]::new), false);
        for (ScenarioRecord r : records) {
            if (r.outcome() == null) {
                continue;
            }
            for (Map<String, String> m : rows.apply(r.outcome())) {
                csv.writeNext(OrderedCsv.safe(columns.stream().map(c -> c.equals("scenario") ? r.name() : m.getOrDefault(c, ""))
                        .toArray(String[]::new)), false);
            }
        }
        csv.flush();
    }
}
