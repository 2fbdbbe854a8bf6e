package io.lambdasim.reports.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Writes {@code dir/baseName.png} and {@code dir/baseName.svg}; returns the PNG bytes. */
    public static byte[] write(JFreeChart chart, Path dir, String baseName, int width, int height) throws IOException {
        Files.createDirectories(dir);
        byte[] png = png(chart, width, height);
        Files.write(dir.resolve(baseName + ".png"), png);
        Files.writeString(dir.resolve(baseName + ".svg"), svg(chart, width, height), StandardCharsets.UTF_8);
        return png;
    }
}
