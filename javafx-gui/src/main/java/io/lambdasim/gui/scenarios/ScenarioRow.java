package io.lambdasim.gui.scenarios;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One row of the scenario table: its cells as typed, and how its run is going. */
public final class ScenarioRow {
    private final ObservableList<String> cells;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    public ScenarioRow(List<String> cells) {
        this.cells = FXCollections.observableArrayList(cells.stream().map(c -> c == null ? "" : c).toList());
    }

    public ObservableList<String> cells() {
        return cells;
    }

    /** The cell of column {@code i}, empty beyond the row's end (a short CSV line). */
    public String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    public void setCell(int i, String value) {
        while (cells.size() <= i) {
            cells.add("");
        }
        cells.set(i, value);
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
