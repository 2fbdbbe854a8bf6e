package io.lambdasim.gui;

import java.util.Locale;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TextField;

/**
 * A text field for a number bound both ways to a view-model property. Text that does not parse, or
 * lies outside [min, max], is kept as typed (the user's input is never thrown away) and reported in
 * {@link #errorProperty()}; the property keeps its last good value until the text is fixed.
 */
public final class NumberField extends TextField {
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean updating;

    public NumberField(Property<Number> value, double min, double max, String unit) {
        setText(format(value.getValue().doubleValue()));
        setPrefColumnCount(8);
        value.addListener((o, a, b) -> {
            if (!updating && b != null && !parses(getText(), b.doubleValue())) {
                setText(format(b.doubleValue()));
            }
        });
        textProperty().addListener((o, a, t) -> {
            String msg = check(t, min, max, unit);
            error.set(msg);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !msg.isEmpty());
            if (msg.isEmpty()) {
                updating = true;
                try {
                    value.setValue(Double.parseDouble(t.trim().replace("_", "").replace(",", "")));
                } finally {
                    updating = false;
                }
            }
        });
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The message for {@code text}, empty when it is a number in range. Package-visible for tests. */
    static String check(String text, double min, double max, String unit) {
        double v;
        try {
            v = Double.parseDouble(text.trim().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return "'" + text + "' is not a number (" + range(min, max, unit) + ")";
        }
        if (!(v >= min && v <= max)) {
            return format(v) + " " + unit + " is out of range (" + range(min, max, unit) + ")";
        }
        return "";
    }

    private static String range(double min, double max, String unit) {
        return "allowed " + format(min) + " to " + format(max) + " " + unit;
    }

    private static boolean parses(String text, double v) {
        try {
            return Double.parseDouble(text.trim().replace("_", "").replace(",", "")) == v;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
