package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A crossing's interval over the uncertain inputs: a horizontal whisker from its earliest to its
 * latest volume with a cap at each end, drawn a few pixels under the crossing's cost so it does not
 * vanish under the flat EC2 step it usually lies along.
 */
final class CrossingInterval extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double BELOW = 9; // px under the crossing's cost
    private static final double CAP = 5; // half a cap's height, px
    private static final Color INK = new Color(0x22, 0x22, 0x22, 200);

    private final double low;
    private final double high;
    private final double usd;

    CrossingInterval(double low, double high, double usd) {
        this.low = low;
        this.high = high;
        this.usd = usd;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double x0 = domainAxis.valueToJava2D(low, area, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(high, area, plot.getDomainAxisEdge());
        double y = rangeAxis.valueToJava2D(usd, area, plot.getRangeAxisEdge()) + BELOW;
        g2.setPaint(INK);
        g2.setStroke(new BasicStroke(2f));
        g2.draw(new Line2D.Double(x0, y, x1, y));
        g2.draw(new Line2D.Double(x0, y - CAP, x0, y + CAP));
        g2.draw(new Line2D.Double(x1, y - CAP, x1, y + CAP));
    }
}
