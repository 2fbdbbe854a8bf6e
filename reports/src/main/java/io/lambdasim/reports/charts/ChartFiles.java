package io.lambdasim.reports.charts;

import io.lambdasim.reports.io.OutputFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Renders a chart to PNG (ChartUtils) or SVG (JFreeSVG), to bytes, files or data: URIs. */
public final class ChartFiles {

    /** The size every report chart is drawn at, in px. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 520;

    private ChartFiles() {
    }

    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** A {@code data:image/png;base64,...} URI, so an HTML page carries the image inside itself. */
    public static String pngDataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /**
     * Writes {@code stem.png} and {@code stem.svg} (relative to {@code folder}, e.g.
     * {@code charts/001-api-cost}) through the folder, each moved into place whole; returns the
     * PNG bytes.
     */
    public static byte[] write(JFreeChart chart, OutputFolder folder, String stem, int width, int height) {
        byte[] png = png(chart, width, height);
        folder.write(stem + ".png", out -> out.write(png));
        String svg = svg(chart, width, height);
        folder.writeText(stem + ".svg", w -> w.write(svg));
        return png;
    }
}
