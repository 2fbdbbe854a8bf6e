package io.lambdasim.gui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV a chart exports: long form, every point, labels quoted when they need it. */
class ChartDataTest {
    @Test
    void writesEveryPointOfEverySeries() throws Exception {
        ChartData d = new ChartData("t", "Requests per month", "USD per month", true, true, List.of(
                Series.line("Lambda", new double[] {1000, 1e6}, new double[] {0.002, 1.866667}),
                Series.markers("Crossings", new double[] {31_910_000}, new double[] {59.568}, new String[] {"32 M, m7g"})));
        StringWriter w = new StringWriter();
        d.writeCsv(w);
        assertThat(w.toString()).isEqualTo("series,Requests per month,USD per month,label\n"
                + "Lambda,1000,0.002,\n"
                + "Lambda,1000000,1.866667,\n"
                + "Crossings,31910000,59.568,\"32 M, m7g\"\n");
    }
}
