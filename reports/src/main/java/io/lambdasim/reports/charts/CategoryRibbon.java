package io.lambdasim.reports.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * A ribbon on a category chart: the area between a curve's low and high ends, joined through the
 * middle of each category as the curve's line is, filled translucent in the curve's colour. (A
 * category plot has no interval renderer that fills between categories, as DeviationRenderer does on
 * an XY plot.) Categories with no band (NaN) break the ribbon.
 */
final class CategoryRibbon extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;

    private final List<String> categories;
    private final double[] low;
    private final double[] high;
    private final Color fill;

    CategoryRibbon(List<String> categories, double[] low, double[] high, Color colour) {
        this.categories = List.copyOf(categories);
        this.low = low.clone();
        this.high = high.clone();
        this.fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 64);
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D area, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        CategoryDataset data = plot.getDataset();
        g2.setPaint(fill);
        int start = 0;
        while (start < categories.size()) {
            int end = start;
            while (end < categories.size() && !Double.isNaN(low[end]) && !Double.isNaN(high[end])) {
                end++;
            }
            if (end - start >= 2) {
                g2.fill(outline(start, end, data, area, plot, domainAxis, rangeAxis));
            }
            start = end + 1;
        }
    }

    /** The low ends left to right, then the high ends back. */
    private Path2D outline(int from, int to, CategoryDataset data, Rectangle2D area, CategoryPlot plot,
                           CategoryAxis domainAxis, ValueAxis rangeAxis) {
        Path2D p = new Path2D.Double();
        for (int i = from; i < to; i++) {
            double x = x(i, data, area, plot, domainAxis);
            double y = rangeAxis.valueToJava2D(low[i], area, plot.getRangeAxisEdge());
            if (i == from) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        for (int i = to - 1; i >= from; i--) {
            p.lineTo(x(i, data, area, plot, domainAxis), rangeAxis.valueToJava2D(high[i], area, plot.getRangeAxisEdge()));
        }
        p.closePath();
        return p;
    }

    private double x(int i, CategoryDataset data, Rectangle2D area, CategoryPlot plot, CategoryAxis domainAxis) {
        int column = data.getColumnIndex(categories.get(i));
        return domainAxis.getCategoryMiddle(column, data.getColumnCount(), area, plot.getDomainAxisEdge());
    }
}
