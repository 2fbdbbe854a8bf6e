package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A hollow circle of fixed pixel size at a data point. JFreeChart's XYShapeAnnotation sizes its
 * shape in data units, which on log axes gives an ellipse whose size depends on where it sits.
 */
final class PointMarker extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double RADIUS = 6;

    private final double x;
    private final double y;
    private final String label;
    private final boolean below;

    /**
     * {@code label} (short: a number) is drawn on a white halo above right of the circle, or below
     * right when {@code below} (neighbours alternate, so close crossings keep their numbers apart);
     * null for none.
     */
    PointMarker(double x, double y, String label, boolean below) {
        this.x = x;
        this.y = y;
        this.label = label;
        this.below = below;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, area, plot.getDomainAxisEdge());
        double py = rangeAxis.valueToJava2D(y, area, plot.getRangeAxisEdge());
        Ellipse2D circle = new Ellipse2D.Double(px - RADIUS, py - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g2.setPaint(Color.WHITE);
        g2.fill(circle);
        g2.setPaint(ChartTheme.INK);
        g2.setStroke(new BasicStroke(2f));
        g2.draw(circle);
        if (label != null) {
            g2.setFont(ChartTheme.NOTE_BOLD);
            java.awt.FontMetrics fm = g2.getFontMetrics();
            float tx = (float) (px + RADIUS + 2);
            float ty = (float) (below ? py + RADIUS + fm.getAscent() : py - RADIUS - 2);
            g2.setPaint(new Color(255, 255, 255, 230));
            g2.fill(new Rectangle2D.Double(tx - 2, ty - fm.getAscent(), fm.stringWidth(label) + 4, fm.getAscent() + 2));
            g2.setPaint(ChartTheme.INK);
            g2.drawString(label, tx, ty);
        }
    }
}
