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
                "cost-band", () -> Charts.costComparison("web-api: monthly cost", ChartSamples.costsWithBand()),
                "sizing-ribbon", () -> Charts.memorySizing("web-api: memory sizing", ChartSamples.sizingWithRibbon()),
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

    /**
     * Issue 14's bands in the report's bars and sizing curve. The bar: $45.10 central moved by the
     * band's ends (ChartSamples.costsWithBand), an error bar from $38.40 to $61.90 whose top the axis
     * reaches, the bar's category named with its band. The sizing curve: a ribbon from 0.9 to 1.25 times
     * each cost; the cost axis reaches the highest end (1.25 × the dearest size's cost).
     */
    @Test
    void aBandedBarHasAnErrorBarAndASizingSweepARibbon() {
        CostStack lambda = ChartSamples.costsWithBand().get(0);
        assertThat(lambda.totalUsd()).isCloseTo(45.10, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lambda.lowUsd()).isCloseTo(38.40, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(lambda.highUsd()).isCloseTo(61.90, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ChartSamples.costsWithBand().get(1).banded()).isFalse();
        JFreeChart cost = Charts.costComparison("c", ChartSamples.costsWithBand());
        var plot = cost.getCategoryPlot();
        assertThat(plot.getAnnotations()).anyMatch(a -> a instanceof ErrorBar);
        assertThat(plot.getCategories()).contains("Lambda, band $38.40–$61.90", "t4g.small");
        // the tallest bar is m7g.large's $119.14: the error bar stays inside it, the axis follows the bars
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(119.14);
        // alone, Lambda's error bar reaches above its bar: the axis reaches it
        JFreeChart alone = Charts.costComparison("c", List.of(lambda));
        assertThat(alone.getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(61.90);

        SizingData sizing = ChartSamples.sizingWithRibbon();
        JFreeChart chart = Charts.memorySizing("s", sizing);
        assertThat(chart.getCategoryPlot().getAnnotations()).anyMatch(a -> a instanceof CategoryRibbon);
        double dearest = sizing.points().stream().mapToDouble(SizingData.Point::costHigh).max().orElseThrow();
        assertThat(chart.getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(dearest);
        assertThat(Charts.memorySizing("s", ChartSamples.sizing()).getCategoryPlot().getAnnotations())
                .noneMatch(a -> a instanceof CategoryRibbon);
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
