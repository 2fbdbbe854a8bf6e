package io.lambdasim.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.io.OutputFolder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    static Map<String, Supplier<JFreeChart>> everyChart() {
        return Map.of(
                "breakeven-ribbon", () -> Charts.breakEven("web-api: break-even", ChartSamples.breakEvenWithRibbon()),
                "keepalive", () -> Charts.keepAlive("api: keep-alive", ChartSamples.keepAlive()),
                "cost", () -> Charts.costComparison("web-api: monthly cost", ChartSamples.costs()),
                "breakeven", () -> Charts.breakEven("web-api: break-even", ChartSamples.breakEven()),
                "sizing", () -> Charts.memorySizing("web-api: memory sizing", ChartSamples.sizing()),
                "timeline", () -> Charts.timeline("web-api: timeline", ChartSamples.timeline()),
                "latency", () -> Charts.latency("web-api: latency", ChartSamples.latency()));
    }

    @Test
    void everyChartRendersToANonBlankPngOfTheRequestedSize(@TempDir Path dir) throws Exception {
        Path keep = Path.of(System.getProperty("charts.dir", dir.toString()));
        for (var e : everyChart().entrySet()) {
            byte[] png = ChartFiles.write(e.getValue().get(), OutputFolder.open(keep, List.of()), e.getKey(), 800, 450);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img.getWidth()).as(e.getKey()).isEqualTo(800);
            assertThat(img.getHeight()).as(e.getKey()).isEqualTo(450);
            // a blank (all-white) image has zero variance; a chart with lines, text and bars a lot
            assertThat(luminanceVariance(img)).as(e.getKey() + " pixel variance").isGreaterThan(200);
            assertThat(Files.readString(keep.resolve(e.getKey() + ".svg"))).startsWith("<?xml").contains("<svg");
        }
    }

    /** The ribbon and the keep-alive intervals are named in the legend with a swatch (they draw no line of their own). */
    @Test
    void bandsHaveALegendEntryWithASwatch() {
        var ribbon = legend(Charts.breakEven("b", ChartSamples.breakEvenWithRibbon()), "Lambda range");
        assertThat(ribbon.getShape()).isNotNull();
        assertThat(ribbon.getFillPaint()).isNotNull();
        JFreeChart k = Charts.keepAlive("k", ChartSamples.keepAlive());
        assertThat(legend(k, "95% interval of the shortest keep-alive").getShape()).isNotNull();
        assertThat(legend(k, "95% interval of the longest keep-alive").getShape()).isNotNull();
        // the crossing's interval, as the legend line says it: 61.2 M to 99.4 M (ChartSamples)
        assertThat(BreakEvenChart.label(ChartSamples.breakEvenWithRibbon().crossings().get(0))).contains("(61.2M–99.4M)");
    }

    private static org.jfree.chart.LegendItem legend(JFreeChart chart, String label) {
        var items = chart.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            if (items.get(i).getLabel().equals(label)) {
                return items.get(i);
            }
        }
        throw new AssertionError("no legend entry '" + label + "'");
    }

    @Test
    void aCostComparisonOfNothingButFreeUsageStillRenders() {
        var free = java.util.List.of(new CostStack("Lambda", java.util.List.of(new CostStack.Part("requests", 0))),
                new CostStack("t4g.small", java.util.List.of()));
        assertThat(ChartFiles.png(Charts.costComparison("free", free), 400, 300)).isNotEmpty();
    }

    @Test
    void percentileAxisLabelsReadAsPercentiles() {
        assertThat(LatencyChart.percentile(1)).isEqualTo("0%");
        assertThat(LatencyChart.percentile(10)).isEqualTo("90%");
        assertThat(LatencyChart.percentile(100)).isEqualTo("99%");
        assertThat(LatencyChart.percentile(1000)).isEqualTo("99.9%");
        assertThat(LatencyChart.percentile(10000)).isEqualTo("99.99%");
    }

    @Test
    void longTimelinesAreMergedKeepingPeaksAndTotals() {
        TimelineData t = ChartSamples.timeline();
        TimelineData d = TimelineChart.downsample(new TimelineData(1, concat(t.concurrency()), concat(t.environmentsAlive()),
                concat(t.coldStarts()), concat(t.throttles())));
        assertThat(d.buckets()).isLessThanOrEqualTo(TimelineChart.MAX_POINTS);
        assertThat(java.util.Arrays.stream(d.coldStarts()).sum()).isEqualTo(2 * java.util.Arrays.stream(t.coldStarts()).sum());
        assertThat(java.util.Arrays.stream(d.concurrency()).max().orElseThrow())
                .isEqualTo(java.util.Arrays.stream(t.concurrency()).max().orElseThrow());
    }

    private static double[] concat(double[] a) {
        double[] r = java.util.Arrays.copyOf(a, 2 * a.length);
        System.arraycopy(a, 0, r, a.length, a.length);
        return r;
    }

    static double luminanceVariance(BufferedImage img) {
        double sum = 0;
        double sq = 0;
        int n = img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                double l = 0.299 * (rgb >> 16 & 255) + 0.587 * (rgb >> 8 & 255) + 0.114 * (rgb & 255);
                sum += l;
                sq += l * l;
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }
}
