package io.lambdasim.gui.chart;

import io.lambdasim.traces.write.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Everything a chart shows, in data units, independent of the toolkit: view models build it, the
 * {@link ChartPane} draws it, "SVG" exports it through JFreeSVG and "CSV" writes it in long form
 * (series, x, y, label).
 *
 * @param note       a line under the title saying what the reader must know (a model's assumption), or ""
 * @param yDecades   on a log y axis, how many decades below the largest value to show at most (0: all);
 *                   a latency curve's first percentiles are microseconds nobody asks about
 */
public record ChartData(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series,
                        String note, int yDecades) {
    public static final ChartData EMPTY = new ChartData("", "", "", false, false, List.of());

    public ChartData {
        series = List.copyOf(series);
        note = note == null ? "" : note;
    }

    public ChartData(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {
        this(title, xLabel, yLabel, logX, logY, series, "", 0);
    }

    public ChartData withNote(String text) {
        return new ChartData(title, xLabel, yLabel, logX, logY, series, text, yDecades);
    }

    public ChartData withYDecades(int decades) {
        return new ChartData(title, xLabel, yLabel, logX, logY, series, note, decades);
    }

    /** True when there is nothing to draw (before a run): the pane shows its hint instead of empty axes. */
    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.size() == 0);
    }

    public void writeCsv(Writer w) throws IOException {
        w.write("series," + csv(xLabel) + "," + csv(yLabel) + ",label\n");
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (s.high() != null) { // a band: its two ends at each x, labelled
                    w.write(csv(s.name()) + "," + num(s.x()[i]) + "," + num(s.y()[i]) + ",low\n");
                    w.write(csv(s.name()) + "," + num(s.x()[i]) + "," + num(s.high()[i]) + ",high\n");
                    continue;
                }
                w.write(csv(s.name()) + "," + num(s.x()[i]) + "," + num(s.y()[i]) + ","
                        + (s.labels() == null ? "" : csv(s.labels()[i])) + "\n");
            }
        }
    }

    private static String num(double v) {
        // Plain decimal, the shortest text that reads back as the same double: for analysis, not display.
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Quoted when needed, and never read as a formula by a spreadsheet ({@link CsvCells#text}). */
    private static String csv(String s) {
        return s.isEmpty() ? s : CsvCells.text(s);
    }
}
