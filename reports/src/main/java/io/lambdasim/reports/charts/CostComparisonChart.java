package io.lambdasim.reports.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Stacked bars: Lambda by component beside each EC2 option, with the total above each bar; over
 * uncertain inputs a bar's total also as an error bar from its low to its high end.
 */
final class CostComparisonChart {

    private CostComparisonChart() {
    }

    /** A bar's category: its option, and under it its band when it has one (a label over the bar would not fit). */
    static String category(CostStack s) {
        return s.banded() ? s.option() + ", band " + AxisFormats.usd2(s.lowUsd()) + "–" + AxisFormats.usd2(s.highUsd())
                : s.option();
    }

    static JFreeChart create(String title, List<CostStack> stacks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> components = new LinkedHashSet<>();
        // a component that is zero everywhere (no provisioned concurrency, say) stays out of the legend
        stacks.forEach(s -> s.parts().stream().filter(p -> p.usd() != 0).forEach(p -> components.add(p.component())));
        if (components.isEmpty()) { // everything free (the free tier covers it): show the zero bars anyway
            stacks.forEach(s -> s.parts().forEach(p -> components.add(p.component())));
        }
        if (components.isEmpty()) {
            components.add("total");
        }
        for (String component : components) {
            for (CostStack s : stacks) {
                double v = s.parts().stream().filter(p -> p.component().equals(component))
                        .mapToDouble(CostStack.Part::usd).sum();
                data.addValue(v, component, category(s));
            }
        }
        CategoryAxis x = new CategoryAxis(null);
        x.setCategoryMargin(0.35);
        if (stacks.size() > 6) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        x.setMaximumCategoryLabelLines(2);
        NumberAxis y = new NumberAxis("cost per month (USD)");
        y.setNumberFormatOverride(AxisFormats.of(AxisFormats::usd));
        y.setUpperMargin(0.12); // room for the total labels
        StackedBarRenderer r = new StackedBarRenderer();
        r.setMaximumBarWidth(0.12);
        r.setDrawBarOutline(false);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        for (CostStack s : stacks) {
            double top = s.totalUsd();
            String text = AxisFormats.usd2(s.totalUsd());
            if (s.banded()) {
                // the band over the uncertain inputs: an error bar, the total's label above its high end
                plot.addAnnotation(new ErrorBar(category(s), s.lowUsd(), s.highUsd()));
                top = Math.max(top, s.highUsd());
            }
            CategoryTextAnnotation total = new CategoryTextAnnotation(text, category(s), top);
            total.setFont(ChartTheme.NOTE_BOLD);
            total.setPaint(ChartTheme.INK);
            total.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(total);
        }
        double tallest = stacks.stream().mapToDouble(CostStack::totalUsd).max().orElse(0);
        double reach = stacks.stream().mapToDouble(s -> s.banded() ? s.highUsd() : s.totalUsd()).max().orElse(0);
        if (reach > tallest) { // the axis follows the bars; an error bar may reach above them
            y.setRange(0, reach * (1 + y.getUpperMargin()));
        }
        JFreeChart chart = ChartTheme.apply(new JFreeChart(title, ChartTheme.TITLE, plot, true));
        plot.setDomainGridlinesVisible(false);
        r.setShadowVisible(false);
        List<String> names = new ArrayList<>(components);
        for (int i = 0; i < names.size(); i++) {
            r.setSeriesPaint(i, ChartTheme.color(i));
        }
        return chart;
    }
}
