package io.lambdasim.gui.breakeven;

import io.lambdasim.gui.Form;
import io.lambdasim.gui.NumberField;
import io.lambdasim.gui.Units;
import io.lambdasim.gui.chart.ChartPane;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The break-even explorer: inputs on the left, the log-log chart and its readout on the right. Binds only. */
public final class BreakevenView extends BorderPane {
    private static final double LOG2_MIN = 7; // 128 MB

    public BreakevenView(BreakevenViewModel vm) {
        setId("breakeven");
        Form form = new Form();
        form.section("Lambda function");
        int[] lim = vm.memoryLimits();
        Slider memory = memorySlider(vm, lim);
        form.field("_Memory", memory, "Configured memory, MB: " + lim[0] + " to " + lim[1] + " in steps of "
                + lim[2] + " MB under the chosen billing rules (ticks at powers of two)");
        NumberField memoryText = new NumberField(vm.memoryMbProperty(), lim[0], lim[1], "MB");
        memoryText.setId("memoryMb");
        form.field("Memory (MB)", memoryText, "Configured memory in MB, " + lim[0] + " to " + lim[1]
                + " (the billing rules may allow less)", javafx.beans.binding.Bindings.when(
                        memoryText.errorProperty().isNotEmpty()).then(memoryText.errorProperty())
                        .otherwise(vm.memoryErrorProperty()));
        number(form, "_Duration (ms)", "durationMs", vm.durationMsProperty(), 0.001, 900_000, "ms",
                "Mean duration of one invocation in milliseconds, up to 900,000 (15 minutes)");
        ComboBox<String> arch = new ComboBox<>(FXCollections.observableArrayList("x86_64", "arm64"));
        arch.setId("arch");
        arch.valueProperty().bindBidirectional(vm.archProperty());
        form.field("_Architecture", arch, "Instruction set: x86_64 or arm64 (Graviton, cheaper per GB-s)");
        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(vm.regions()));
        region.setId("region");
        region.valueProperty().bindBidirectional(vm.regionProperty());
        form.field("_Region", region, "AWS region whose prices apply (from the price book)");
        ComboBox<String> rules = new ComboBox<>(FXCollections.observableArrayList(vm.ruleSets()));
        rules.setId("rules");
        rules.valueProperty().bindBidirectional(vm.rulesProperty());
        form.field("Billing r_ules", rules, "Billing era: aws-2025-08 (1 ms, INIT billed), aws-2020-12 "
                + "(1 ms, INIT free on managed runtimes), aws-2014 (100 ms rounding)");
        CheckBox free = new CheckBox("Free tier (1 M requests, 400,000 GB-s a month)");
        free.setId("freeTier");
        free.selectedProperty().bindBidirectional(vm.freeTierProperty());
        free.setTooltip(new Tooltip("Subtract the monthly free tier: 1,000,000 requests and 400,000 GB-s"));
        form.wide(free);
        number(form, "_INIT (ms)", "initMs", vm.initMsProperty(), 0, 10_000, "ms",
                "INIT duration of a cold start in milliseconds, 0 to 10,000");
        number(form, "_Cold-start ratio", "coldRatio", vm.coldRatioProperty(), 0, 1, "",
                "Share of invocations that are cold starts, 0 to 1 (AWS: under 0.01 in production)");
        number(form, "CPU-bound share", "cpuFraction", vm.cpuFractionProperty(), 0, 1, "",
                "Share of the duration spent on CPU, 0 (all I/O) to 1 (all CPU): sizes the EC2 fleet");
        range(form, "INIT range", "initRange", vm.initRangeProperty(), "e.g. 100ms..2s: the chart shows Lambda's cost "
                + "as a band over it and each break-even as an interval (blank: the INIT above is taken as known)");
        range(form, "CPU share range", "cpuFractionRange", vm.cpuFractionRangeProperty(), "e.g. 0.3..0.7: how CPU-bound "
                + "the function may be, for the band and the intervals (blank: the share above is taken as known)");
        number(form, "Savings plan", "lambdaSavingsPlan", vm.lambdaSavingsPlanProperty(), 0, 0.99, "",
                "Compute Savings Plans discount on Lambda duration (not requests), 0 to 0.99 (AWS: up to 0.17)");

        form.section("EC2 options");
        ListView<String> types = ec2List(vm);
        form.field("Instance _types", types, "EC2 instance types from the price book; tick to compare "
                + "(Space toggles the focused one)");
        number(form, "Fleet mi_nimum", "minInstances", vm.minInstancesProperty(), 0, 1000, "instances",
                "Fewest instances the fleet runs, 0 to 1,000 (2 = one per availability zone)");
        number(form, "Target utili_sation", "targetUtilization", vm.targetUtilizationProperty(), 0.05, 1, "",
                "CPU utilisation the fleet is sized for, 0.05 to 1 (0.7 leaves headroom for bursts)");
        number(form, "EC2 disc_ount", "ec2Discount", vm.ec2DiscountProperty(), 0, 0.99, "",
                "Savings Plans / Reserved / Spot discount on the hourly price, 0 to 0.99 (AWS: up to 0.72)");

        setLeft(Form.sidebar(form));

        ChartPane chart = new ChartPane("breakeven-chart", Units::count, Units::moneyTick);
        chart.dataProperty().bind(vm.chartProperty());
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label readout = new Label();
        readout.setId("readout");
        readout.getStyleClass().add("readout");
        readout.textProperty().bind(vm.readoutProperty());
        readout.setWrapText(true);
        readout.setMaxWidth(Double.MAX_VALUE);
        VBox right = new VBox(8, chart, readout, Form.errorLabel(vm.errorProperty()));
        right.getStyleClass().add("content");
        setCenter(right);
    }

    private static void number(Form form, String label, String id, javafx.beans.property.Property<Number> p,
                               double min, double max, String unit, String tip) {
        NumberField f = new NumberField(p, min, max, unit);
        f.setId(id);
        form.field(label, f, tip, f.errorProperty());
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
     * rules' memory step.
     */
    private static Slider memorySlider(BreakevenViewModel vm, int[] lim) {
        Slider s = new Slider(LOG2_MIN, Math.log(lim[1]) / Math.log(2), log2(vm.memoryMbProperty().get()));
        s.setId("memorySlider");
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setShowTickMarks(true);
        s.setShowTickLabels(true);
        s.setBlockIncrement(0.25);
        s.setPadding(new javafx.geometry.Insets(0, 12, 0, 4));
        s.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                long mb = Math.round(Math.pow(2, v));
                return mb >= 1024 ? (mb / 1024) + "G" : Long.toString(mb);
            }

            @Override
            public Double fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        boolean[] guard = {false};
        s.valueProperty().addListener((o, a, b) -> {
            if (guard[0]) {
                return;
            }
            guard[0] = true;
            int[] l = vm.memoryLimits();
            long mb = Math.round(Math.pow(2, b.doubleValue()) / l[2]) * l[2];
            vm.memoryMbProperty().set((int) Math.max(l[0], Math.min(l[1], mb)));
            guard[0] = false;
        });
        vm.memoryMbProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                s.setValue(log2(b.intValue()));
                guard[0] = false;
            }
        });
        // Each billing era has its own memory range (aws-2014 stops at 1,536 MB): the slider follows it.
        // Guarded, so narrowing the range never rewrites the user's memory; an out-of-range value is
        // reported next to the memory field instead.
        vm.rulesProperty().addListener((o, a, b) -> {
            guard[0] = true;
            s.setMax(log2(vm.memoryLimits()[1]));
            s.setValue(log2(vm.memoryMbProperty().get()));
            guard[0] = false;
        });
        return s;
    }

    private static double log2(int mb) {
        return Math.log(Math.max(mb, 1)) / Math.log(2);
    }

    private static ListView<String> ec2List(BreakevenViewModel vm) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(vm.availableEc2Types()));
        list.setId("ec2Types");
        list.setPrefHeight(Math.min(150, 26 * list.getItems().size() + 4));
        list.setOrientation(Orientation.VERTICAL);
        Map<String, BooleanProperty> ticked = new HashMap<>();
        for (String t : list.getItems()) {
            BooleanProperty p = new SimpleBooleanProperty(vm.ec2Types().contains(t));
            p.addListener((o, a, on) -> {
                if (on && !vm.ec2Types().contains(t)) {
                    vm.ec2Types().add(t);
                } else if (!on) {
                    vm.ec2Types().remove(t);
                }
            });
            ticked.put(t, p);
        }
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get));
        // Space ticks the focused type, so the list works without a mouse.
        list.setOnKeyPressed(e -> {
            String t = list.getFocusModel().getFocusedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && t != null) {
                ticked.get(t).set(!ticked.get(t).get());
                e.consume();
            }
        });
        return list;
    }
}
