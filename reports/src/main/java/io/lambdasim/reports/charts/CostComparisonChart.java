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

/** Stacked bars: Lambda by component beside each EC2 option, with the total above each bar. */
final class CostComparisonChart {

    private CostComparisonChart() {
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
                data.addValue(v, component, s.option());
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
            CategoryTextAnnotation total = new CategoryTextAnnotation(AxisFormats.usd2(s.totalUsd()), s.option(), s.totalUsd());
            total.setFont(ChartTheme.NOTE_BOLD);
            total.setPaint(ChartTheme.INK);
            total.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(total);
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
