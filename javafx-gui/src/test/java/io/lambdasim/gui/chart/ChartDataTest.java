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

    @Test
    void aBandWritesBothEndsAtEachX() throws Exception {
        ChartData d = new ChartData("t", "Memory (MB)", "USD", false, false, List.of(
                Series.band("x86_64 over the ranges", "x86_64", new double[] {128, 512}, new double[] {0.4, 1.1},
                        new double[] {0.9, 1.6})));
        StringWriter w = new StringWriter();
        d.writeCsv(w);
        assertThat(w.toString()).isEqualTo("series,Memory (MB),USD,label\n"
                + "x86_64 over the ranges,128,0.4,low\n"
                + "x86_64 over the ranges,128,0.9,high\n"
                + "x86_64 over the ranges,512,1.1,low\n"
                + "x86_64 over the ranges,512,1.6,high\n");
    }
}
