package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * AWS Lambda Power Tuning's picture: one category per memory size, cost on the left axis and
 * duration on the right, and a band behind the recommended size; over uncertain inputs the cost
 * curve as a ribbon from its low to its high end.
 */
final class SizingChart {

    private SizingChart() {
    }

    static JFreeChart create(String title, SizingData data) {
        DefaultCategoryDataset cost = new DefaultCategoryDataset();
        DefaultCategoryDataset duration = new DefaultCategoryDataset();
        String costSeries = data.costLabel();
        String durationSeries = "mean duration (ms)";
        for (SizingData.Point p : data.points()) {
            String memory = category(p.memoryMb());
            cost.addValue(p.cost(), costSeries, memory);
            duration.addValue(p.durationMs(), durationSeries, memory);
        }
        CategoryAxis x = new CategoryAxis("memory (MB)");
        x.setCategoryMargin(0.1);
        NumberAxis costAxis = new NumberAxis(data.costLabel());
        costAxis.setNumberFormatOverride(AxisFormats.of(AxisFormats::usd));
        costAxis.setAutoRangeIncludesZero(true);
        costAxis.setLabelPaint(ChartTheme.BLUE);
        costAxis.setTickLabelPaint(ChartTheme.BLUE);
        NumberAxis durationAxis = new NumberAxis("mean duration (ms)");
        durationAxis.setAutoRangeIncludesZero(true);
        durationAxis.setLabelPaint(ChartTheme.VERMILLION);
        durationAxis.setTickLabelPaint(ChartTheme.VERMILLION);

        LineAndShapeRenderer costRenderer = renderer(ChartTheme.BLUE);
        LineAndShapeRenderer durationRenderer = renderer(ChartTheme.VERMILLION);
        CategoryPlot plot = new CategoryPlot(cost, x, costAxis, costRenderer);
        plot.setRangeAxis(1, durationAxis);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDataset(1, duration);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, durationRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (data.banded()) {
            // the cost curve over the uncertain inputs: a translucent ribbon around it, the axis reaching its top
            List<String> categories = data.points().stream().map(p -> category(p.memoryMb())).toList();
            double[] low = data.points().stream().mapToDouble(SizingData.Point::costLow).toArray();
            double[] high = data.points().stream().mapToDouble(SizingData.Point::costHigh).toArray();
            plot.addAnnotation(new CategoryRibbon(categories, low, high, ChartTheme.BLUE));
            double top = java.util.Arrays.stream(high).filter(v -> !Double.isNaN(v)).max().orElse(0);
            double tallest = data.points().stream().mapToDouble(SizingData.Point::cost).max().orElse(0);
            if (top > tallest) {
                costAxis.setRange(0, top * 1.15);
            }
        }
        if (data.recommendedMb() > 0) {
            CategoryMarker m = new CategoryMarker(category(data.recommendedMb()), new Color(0xD9F2EA),
                    new BasicStroke(1f));
            m.setDrawAsLine(false);
            m.setLabel("recommended (" + data.strategy() + "): " + data.recommendedMb() + " MB");
            m.setLabelFont(ChartTheme.NOTE_BOLD);
            m.setLabelPaint(ChartTheme.INK);
            m.setLabelAnchor(RectangleAnchor.TOP);
            m.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(m, Layer.BACKGROUND);
            costAxis.setUpperMargin(0.15); // keep the marker label clear of the lines
            durationAxis.setUpperMargin(0.15);
        }
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        plot.setDomainGridlinesVisible(false);
        style(costRenderer, ChartTheme.BLUE);
        style(durationRenderer, ChartTheme.VERMILLION);
        return chart;
    }

    static String category(int memoryMb) {
        return Integer.toString(memoryMb);
    }

    private static LineAndShapeRenderer renderer(Color colour) {
        return style(new LineAndShapeRenderer(true, true), colour);
    }

    private static LineAndShapeRenderer style(LineAndShapeRenderer r, Color colour) {
        r.setSeriesPaint(0, colour);
        r.setSeriesStroke(0, ChartTheme.LINE);
        r.setUseFillPaint(true);
        r.setSeriesFillPaint(0, Color.WHITE);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setSeriesOutlineStroke(0, ChartTheme.LINE);
        r.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        return r;
    }
}
