package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.chart.ChartPane;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The break-even explorer: inputs on the left, the log-log chart and its readout on the right. Binds only. */
public final class BreakevenView extends BorderPane {
    private static final double LOG2_MIN = 7; // 128 MB

    private final ChartPane chart;

    /** @param hint a line shown over the chart (the first start's example), empty for none */
    public BreakevenView(BreakevenViewModel vm, String hint) {
        setId("breakeven");
        Form form = new Form();
        form.section("Lambda function");
        int[] lim = vm.memoryLimits();
        form.field("Memory", memorySlider(vm, lim), "Drag to change the memory, MB: " + lim[0] + " to " + lim[1]
                + " in steps of " + lim[2] + " MB under the chosen billing rules (ticks at powers of two)");
        for (Setting<?> s : BreakevenViewModel.LAMBDA) {
            form.setting(s, vm.inputs());
            if (s == Settings.MEMORY_MB) {
                form.wide(indented(Form.errorLabel(vm.memoryErrorProperty())));
            }
        }
        form.section("EC2 options");
        for (Setting<?> s : BreakevenViewModel.EC2) {
            form.setting(s, vm.inputs());
        }
        form.section("Lambda Managed Instances");
        for (Setting<?> s : BreakevenViewModel.MANAGED_INSTANCES) {
            form.setting(s, vm.inputs());
        }
        setLeft(Form.sidebar(form));

        chart = new ChartPane("breakeven-chart", Units::count, Units::moneyTick);
        chart.setHint("Tick an EC2 instance type, or choose a Managed Instances type, to compare Lambda with");
        chart.dataProperty().bind(vm.chartProperty());
        chart.staleProperty().bind(vm.staleProperty());
        chart.staleReasonProperty().bind(vm.staleReasonProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label readout = new Label();
        readout.setId("readout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(vm.readoutProperty());
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);
        readout.setMaxWidth(Double.MAX_VALUE);
        readout.pseudoClassStateChanged(ChartPane.STALE, vm.staleProperty().get());
        vm.staleProperty().addListener((o, a, b) -> readout.pseudoClassStateChanged(ChartPane.STALE, b));
        Label notes = Form.errorLabel(vm.notesProperty());
        notes.setId("notes");
        VBox right = new VBox(8);
        if (hint != null && !hint.isBlank()) {
            Label h = new Label(hint);
            h.setId("hint");
            h.getStyleClass().add("hint");
            h.setWrapText(true);
            h.setMinHeight(Region.USE_PREF_SIZE);
            h.setMaxWidth(Double.MAX_VALUE);
            right.getChildren().add(h);
        }
        right.getChildren().addAll(chart, readout, notes);
        right.getStyleClass().add("content");
        setCenter(right);
    }

    public ChartPane chart() {
        return chart;
    }

    private static Region indented(Label l) {
        VBox box = new VBox(l);
        box.setPadding(new Insets(0, 0, 0, 4));
        return box;
    }

    /** A range in the settings' grammar; a wrong one is reported under the chart (the registry's message). */
    private static void range(Form form, String label, String id, javafx.beans.property.StringProperty p, String tip) {
        javafx.scene.control.TextField f = new javafx.scene.control.TextField();
        f.setId(id);
        f.setPromptText("none");
        f.textProperty().bindBidirectional(p);
        form.field(label, f, tip);
    }

    /**
     * Memory on a log2 scale, so 128 MB and 10 GB are both reachable by dragging; values snap to the
     * rules' memory step and are written to the memory field's text.
     */
    private static Slider memorySlider(BreakevenViewModel vm, int[] lim) {
        StringProperty memory = vm.inputs().text(Settings.MEMORY_MB);
        Slider s = new Slider(LOG2_MIN, log2(lim[1]), log2(mb(memory.get(), 512)));
        s.setId("memorySlider");
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setShowTickMarks(true);
        s.setShowTickLabels(true);
        s.setBlockIncrement(0.25);
        s.setPadding(new Insets(0, 12, 0, 4));
        s.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                long mb = Math.round(Math.pow(2, v));
                return mb >= 1024 ? (mb / 1024) + "G" : Long.toString(mb);
            }

            @Override
            public Double fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        s.setTooltip(new Tooltip("Drag, or use the arrow keys: each step is a quarter of a doubling"));
        boolean[] guard = {false};
        s.valueProperty().addListener((o, a, b) -> {
            if (guard[0]) {
                return;
            }
            guard[0] = true;
            int[] l = vm.memoryLimits();
            long mb = Math.round(Math.pow(2, b.doubleValue()) / l[2]) * l[2];
            memory.set(Long.toString(Math.max(l[0], Math.min(l[1], mb))));
            guard[0] = false;
        });
        memory.addListener((o, a, b) -> {
            int mb = mb(b, -1);
            if (!guard[0] && mb > 0) {
                guard[0] = true;
                s.setValue(log2(mb));
                guard[0] = false;
            }
        });
        // Each billing era has its own memory range (aws-2014 stops at 1,536 MB): the slider follows it.
        // Guarded, so narrowing the range never rewrites the user's memory; an out-of-range value is
        // reported next to the memory field instead.
        vm.inputs().text(Settings.RULES).addListener((o, a, b) -> {
            guard[0] = true;
            s.setMax(log2(vm.memoryLimits()[1]));
            int mb = mb(memory.get(), -1);
            if (mb > 0) {
                s.setValue(log2(mb));
            }
            guard[0] = false;
        });
        return s;
    }

    private static int mb(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }

    private static double log2(int mb) {
        return Math.log(Math.max(mb, 1)) / Math.log(2);
    }
}
