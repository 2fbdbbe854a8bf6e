package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;

/**
 * The band of a bar's total as an error bar: a vertical line from its low to its high end through the
 * middle of the bar, with a cap of fixed pixel width at each end (JFreeChart's category annotations
 * place lines between categories, not a whisker on one).
 */
final class ErrorBar extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double CAP = 9; // half the width of a cap, px

    private final Comparable<?> category;
    private final double low;
    private final double high;

    ErrorBar(Comparable<?> category, double low, double high) {
        this.category = category;
        this.low = low;
        this.high = high;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D area, CategoryAxis domainAxis, ValueAxis rangeAxis) {
        CategoryDataset data = plot.getDataset();
        int at = data.getColumnIndex(category);
        if (at < 0) {
            return;
        }
        double x = domainAxis.getCategoryMiddle(at, data.getColumnCount(), area, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(low, area, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(high, area, plot.getRangeAxisEdge());
        g2.setPaint(ChartTheme.INK);
        g2.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g2.draw(new Line2D.Double(x, y0, x, y1));
        g2.draw(new Line2D.Double(x - CAP, y0, x + CAP, y0));
        g2.draw(new Line2D.Double(x - CAP, y1, x + CAP, y1));
    }
}
