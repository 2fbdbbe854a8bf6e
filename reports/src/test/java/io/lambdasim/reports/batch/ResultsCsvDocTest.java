package io.lambdasim.reports.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * results.csv is what docs/batch.md says it is: every figure column of a real batch is in the doc's
 * results.csv table, and every value has the precision the table states ("2 decimals" for money,
 * "4 decimals" per million invocations, "count" for whole numbers). A column added without a line
 * in the doc, or a money column written with another number of decimals, fails here.
 */
class ResultsCsvDocTest {

    /** {@code docs/batch.md} from the module directory (where Maven runs the tests). */
    static final Path DOC = Path.of("..", "docs", "batch.md");
    private static final Pattern DECIMALS = Pattern.compile("(\\d+) decimals");

    @TempDir
    Path tmp;

    @Test
    void everyFigureColumnIsDocumentedWithThePrecisionItHas() throws Exception {
        Map<Pattern, String> documented = documentedColumns();
        assertThat(documented).as("the results.csv table of docs/batch.md").hasSizeGreaterThan(15);

        // two EC2 options (a price-book type and a NAME=USD_PER_HOUR one) so their three columns each
        // appear, Managed Instances for the lmi_ columns, SnapStart for the lambda_*snapstart_ ones
        Path scenarios = tmp.resolve("s.csv");
        Files.writeString(scenarios, """
                name,generate,memory_mb,ec2,lmi,snapstart
                api,"poisson(2/s);duration=exp(80ms);horizon=10m;function=api;memory=512",512|1024,t4g.small;mybox=0.05,c7g.large,python3.12
                """);
        ScenarioFile.Batch batch = ScenarioFile.read(scenarios, Map.of(), List.of());
        BatchRunner.Result result = BatchRunner.run(batch, new SimulatingExecutor(),
                new BatchRunner.Options(tmp.resolve("out"), 1, false, false, false), BatchProgress.NONE);
        assertThat(result.failed()).isZero();

        List<String[]> rows;
        try (Reader in = Files.newBufferedReader(result.resultsCsv(), StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            rows = csv.readAll();
        }
        String[] header = rows.get(0);
        List<String> undocumented = new ArrayList<>();
        List<String> wrongPrecision = new ArrayList<>();
        int checked = 0;
        for (int c = 0; c < header.length; c++) {
            String column = header[c];
            if (column.equals(ResultColumns.NAME) || column.equals(ResultColumns.STATUS) || column.equals(ResultColumns.MESSAGE)
                    || batch.inputColumns().contains(column)) {
                continue;
            }
            String precision = precisionOf(documented, column);
            if (precision == null) {
                undocumented.add(column);
                continue;
            }
            for (int r = 1; r < rows.size(); r++) {
                String v = rows.get(r)[c];
                if (!v.isEmpty() && !v.matches(valuePattern(precision))) {
                    wrongPrecision.add(column + " = '" + v + "' (documented: " + precision + ")");
                }
                checked++;
            }
        }
        assertThat(undocumented).as("results.csv columns missing from docs/batch.md").isEmpty();
        assertThat(wrongPrecision).as("values without the documented precision").isEmpty();
        assertThat(checked).isGreaterThan(2 * 40);
    }

    /** The doc's results.csv table: column-name pattern ({@code <type>} is any option name) → precision cell. */
    static Map<Pattern, String> documentedColumns() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("## results.csv");
        int end = doc.indexOf("\n## ", start + 1);
        assertThat(start).as("docs/batch.md has a results.csv section").isNotNegative();
        Map<Pattern, String> columns = new LinkedHashMap<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Matcher names = Pattern.compile("`([^`]+)`").matcher(cells[1]);
            while (names.find()) {
                String regex = Pattern.quote(names.group(1)).replace("<type>", "\\E.+\\Q");
                columns.put(Pattern.compile(regex), cells[2].trim());
            }
        }
        return columns;
    }

    /** The precision of the most specific documented name matching {@code column} (ec2_X_monthly_usd, not ec2_X_usd). */
    private static String precisionOf(Map<Pattern, String> documented, String column) {
        String best = null;
        int bestLength = -1;
        for (var e : documented.entrySet()) {
            if (e.getKey().matcher(column).matches() && e.getKey().pattern().length() > bestLength) {
                best = e.getValue();
                bestLength = e.getKey().pattern().length();
            }
        }
        return best;
    }

    /** "USD, 2 decimals" → exactly two decimals; "count" → a whole number; anything else (text) → anything. */
    private static String valuePattern(String precision) {
        Matcher m = DECIMALS.matcher(precision);
        if (m.find()) {
            return "-?\\d+\\.\\d{" + m.group(1) + "}";
        }
        return precision.startsWith("count") ? "-?\\d+" : ".*";
    }
}
