package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * The crossings of a break-even chart as hollow circles of fixed pixel size (JFreeChart's
 * XYShapeAnnotation sizes shapes in data units, which on log axes gives an ellipse whose size depends
 * on where it sits), each numbered. Laid out together, so that however close the crossings are the
 * reader can tell them apart: circles closer than their own size are drawn as one, numbered "2, 3";
 * each number sits in a box above or below its circle, moved further out when another box is in the
 * way, with a short leader line to the circle it names.
 */
final class PointMarker extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double RADIUS = 6;
    /** Circles whose centres are closer than this (px) are drawn as one. */
    private static final double MERGE = 2 * RADIUS + 2;

    private final double[] x;
    private final double[] y;
    private final boolean numbered;

    /** {@code x[i], y[i]}: crossing i + 1 in data units, ordered by x; {@code numbered}: label them. */
    PointMarker(double[] x, double[] y, boolean numbered) {
        this.x = x.clone();
        this.y = y.clone();
        this.numbered = numbered;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        List<double[]> circles = new ArrayList<>(); // px, py
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double px = domainAxis.valueToJava2D(x[i], area, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y[i], area, plot.getRangeAxisEdge());
            int last = circles.size() - 1;
            if (last >= 0 && Math.hypot(px - circles.get(last)[0], py - circles.get(last)[1]) < MERGE) {
                labels.set(last, labels.get(last) + ", " + (i + 1));
            } else {
                circles.add(new double[] {px, py});
                labels.add(Integer.toString(i + 1));
            }
        }
        g2.setStroke(new BasicStroke(2f));
        for (double[] c : circles) {
            Ellipse2D circle = new Ellipse2D.Double(c[0] - RADIUS, c[1] - RADIUS, 2 * RADIUS, 2 * RADIUS);
            g2.setPaint(Color.WHITE);
            g2.fill(circle);
            g2.setPaint(ChartTheme.INK);
            g2.draw(circle);
        }
        if (!numbered) {
            return;
        }
        g2.setFont(ChartTheme.NOTE_BOLD);
        FontMetrics fm = g2.getFontMetrics();
        List<Rectangle2D> placed = new ArrayList<>();
        for (double[] c : circles) {
            placed.add(new Rectangle2D.Double(c[0] - RADIUS, c[1] - RADIUS, 2 * RADIUS, 2 * RADIUS));
        }
        double h = fm.getAscent() + 4;
        for (int i = 0; i < circles.size(); i++) {
            double[] c = circles.get(i);
            double w = fm.stringWidth(labels.get(i)) + 6;
            Rectangle2D box = null;
            // Above, below, then further out on alternating sides, starting on the side away from the
            // previous label, until the box overlaps no circle and no other label.
            for (int step = 0; step < 12 && box == null; step++) {
                int side = ((step + i) % 2 == 0) ? -1 : 1;
                double dy = RADIUS + 4 + (step / 2) * (h + 2);
                double top = side < 0 ? c[1] - dy - h : c[1] + dy;
                Rectangle2D candidate = new Rectangle2D.Double(c[0] - w / 2, top, w, h);
                if (placed.stream().noneMatch(candidate::intersects) && area.contains(candidate)) {
                    box = candidate;
                }
            }
            if (box == null) {
                box = new Rectangle2D.Double(c[0] - w / 2, c[1] - RADIUS - 4 - h, w, h);
            }
            placed.add(box);
            double edge = box.getCenterY() < c[1] ? box.getMaxY() : box.getMinY();
            g2.setPaint(ChartTheme.INK);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(new Line2D.Double(c[0], edge, c[0], c[1] + (edge < c[1] ? -RADIUS : RADIUS)));
            g2.setPaint(new Color(255, 255, 255, 235));
            g2.fill(box);
            g2.setPaint(ChartTheme.INK);
            g2.draw(box);
            g2.drawString(labels.get(i), (float) (box.getX() + 3), (float) (box.getY() + fm.getAscent() + 1));
        }
    }
}
