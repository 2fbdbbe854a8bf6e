package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What surrounds a function costs, line by line (exact USD; round only for display), for the
 * period its holder names. Each line belongs to one of the four components of issue 18.
 */
public record AroundBill(List<Line> lines) {

    /** The components, with their JSON key and their label in tables. */
    public enum Component {
        FRONT_DOOR("frontDoor", "front door", "front_door"),
        TRIGGERS("triggers", "triggers", "triggers"),
        NETWORK("network", "network", "network"),
        LOGS("logs", "logs", "logs");

        private final String key;
        private final String label;
        private final String column;

        Component(String key, String label, String column) {
            this.key = key;
            this.label = label;
            this.column = column;
        }

        /** The JSON key ({@code frontDoor}). */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** The stem of its results.csv columns ({@code front_door}). */
        public String column() {
            return column;
        }
    }

    /**
     * One priced item.
     *
     * @param item     what it is, e.g. "HTTP API requests"
     * @param quantity how much of it, in {@code unit}
     * @param unit     e.g. "requests", "GB", "h"
     * @param lowerBound the quantity counts only what lambdasim can count, and the real one may be larger
     *                 (SQS requests: idle pollers' empty receives are not counted)
     */
    public record Line(Component component, String item, BigDecimal quantity, String unit, BigDecimal cost,
                       boolean lowerBound) {

        public Line(Component component, String item, BigDecimal quantity, String unit, BigDecimal cost) {
            this(component, item, quantity, unit, cost, false);
        }

        /** "3,000,000 requests", "1.258 GB": formatted only when shown (break-even searches build thousands of bills). */
        public String quantityText() {
            String f = quantity.stripTrailingZeros().scale() <= 0 ? "%,.0f" : unit.equals("GB") ? "%,.3f" : "%,.2f";
            return String.format(java.util.Locale.ROOT, f, quantity) + " " + unit;
        }
    }

    public static final AroundBill EMPTY = new AroundBill(List.of());

    public AroundBill {
        lines = List.copyOf(lines);
    }

    public BigDecimal of(Component c) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : lines) {
            if (l.component() == c) {
                sum = sum.add(l.cost());
            }
        }
        return sum;
    }

    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line l : lines) {
            sum = sum.add(l.cost());
        }
        return sum;
    }

    /** Every line times {@code share} (a month's bill to a period's share of it). */
    public AroundBill times(BigDecimal share) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(new Line(l.component(), l.item(), l.quantity(), l.unit(), l.cost().multiply(share), l.lowerBound()));
        }
        return new AroundBill(out);
    }

    /** Only the lines of {@code components}: the bill with the others left out. */
    public AroundBill only(java.util.Set<Component> components) {
        return new AroundBill(lines.stream().filter(l -> components.contains(l.component())).toList());
    }

    /** The components that have a line (priced, even at $0), in component order. */
    public java.util.Set<Component> components() {
        java.util.EnumSet<Component> s = java.util.EnumSet.noneOf(Component.class);
        lines.forEach(l -> s.add(l.component()));
        return s;
    }
}
