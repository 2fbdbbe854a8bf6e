package io.lambdasim.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every lambdasim chart: white background, light grid, DejaVu-family sans fonts
 * no smaller than 13 px, anti-aliasing, and the Okabe-Ito palette (distinguishable by readers with
 * the common colour-vision deficiencies, and still distinct when printed in grey).
 */
public final class ChartTheme {

    /** Okabe & Ito (2008), "Color Universal Design": blue, orange, bluish green, vermillion, ... */
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color GREY = new Color(0x666666);
    public static final Color INK = new Color(0x222222);
    public static final Color GRID = new Color(0xE3E3E3);

    static final Paint[] PALETTE = {BLUE, ORANGE, GREEN, VERMILLION, SKY, PURPLE, GREY, YELLOW};

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font NOTE_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final BasicStroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private static final StandardChartTheme THEME = build();

    private ChartTheme() {
    }

    private static StandardChartTheme build() {
        StandardChartTheme t = new StandardChartTheme("lambdasim");
        t.setExtraLargeFont(TITLE);
        t.setLargeFont(LABEL);
        t.setRegularFont(TICK);
        t.setSmallFont(TICK);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setTitlePaint(INK);
        t.setAxisLabelPaint(INK);
        t.setTickLabelPaint(INK);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setLegendItemPaint(INK);
        t.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    /** Applies the theme; call after the plot is built and before series colours are set. */
    public static JFreeChart apply(JFreeChart chart) {
        THEME.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.setPadding(new RectangleInsets(10, 10, 10, 16));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setItemFont(LABEL);
        }
        return chart;
    }

    /** The palette colour of series {@code i}, cycling. */
    public static Color color(int i) {
        return (Color) PALETTE[Math.floorMod(i, PALETTE.length)];
    }
}
