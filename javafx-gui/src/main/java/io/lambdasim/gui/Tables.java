package io.lambdasim.gui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Table columns whose headers are never cut: each at least as wide as its caption. */
public final class Tables {
    /** Room for the header's padding and its sort arrow. */
    private static final double HEADER_PADDING = 26;

    private Tables() {
    }

    public static void fitHeaders(TableView<?> table) {
        table.getColumns().forEach(Tables::fitHeader);
    }

    public static void fitHeader(TableColumn<?, ?> c) {
        double w = textWidth(c.getText()) + HEADER_PADDING;
        c.setMinWidth(w);
        if (c.getPrefWidth() < w) {
            c.setPrefWidth(w);
        }
    }

    /** The width of {@code s} in the header's font (bold, 13 px in the app's stylesheet). */
    public static double textWidth(String s) {
        Text t = new Text(s == null ? "" : s);
        t.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 13));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }
}
