package io.lambdasim.gui.form;

import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.usecase.Choices;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The one form factory: the control for a registry setting, chosen from its declaration, so the same
 * setting gets the same control on every screen. A closed set of values is a choice list (a box for
 * yes/no, ticks for a list of them); the regions and EC2 types come from the price book; keep-alive is
 * its kind from a list plus its argument; everything else is a text field whose prompt says what
 * leaving it empty means. Every control is bound both ways to the setting's text in
 * {@link SettingInputs} and carries the declaration's tooltip.
 *
 * @param setting the setting
 * @param node    what the form places (the control, or a row of them)
 * @param focus   the control a label points to and the keyboard lands on
 * @param inline  true when the control shows its own label (a check box), so the form's label column stays empty
 */
public record SettingField(Setting<?> setting, Node node, Control focus, boolean inline) {

    private static final String YES = "yes";
    private static final String NO = "no";

    /** The field for {@code s} in {@code inputs}. */
    public static SettingField of(Setting<?> s, SettingInputs inputs) {
        StringProperty text = inputs.text(s);
        SettingField f;
        if (s == Settings.EC2) {
            f = ec2(s, text, inputs);
        } else if (s == Settings.LMI_INSTANCE) {
            // none, or one of the price book's Managed Instances types in the form's region
            f = choice(s, text, Choices.managedInstanceTypes(region(inputs)));
        } else if (s == Settings.KEEP_ALIVE) {
            f = keepAlive(s, text);
        } else if (isYesNo(s)) {
            f = yesNo(s, text);
        } else if (s.type().list() && !s.type().choices().isEmpty()) {
            f = ticks(s, text, s.type().choices());
        } else if (!choices(s).isEmpty()) {
            f = choice(s, text, choices(s));
        } else {
            f = text(s, text);
        }
        String tip = SettingLabel.tooltip(s);
        f.focus().setTooltip(new Tooltip(tip));
        f.focus().setAccessibleHelp(tip);
        f.focus().setId(s.key());
        return f;
    }

    /** The values a choice list offers: the registry's closed set, or the price book's regions. */
    static List<String> choices(Setting<?> s) {
        if (s == Settings.REGION) {
            return Choices.regions();
        }
        return s.type().choices();
    }

    private static boolean isYesNo(Setting<?> s) {
        return s.type().choices().equals(List.of(YES, NO));
    }

    private static SettingField text(Setting<?> s, StringProperty text) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(text);
        t.setPromptText(SettingLabel.prompt(s));
        t.setMaxWidth(Double.MAX_VALUE);
        return new SettingField(s, t, t, false);
    }

    private static SettingField yesNo(Setting<?> s, StringProperty text) {
        CheckBox box = new CheckBox(SettingLabel.of(s));
        box.setMnemonicParsing(false);
        boolean[] guard = {false};
        box.setSelected(isYes(s, text.get()));
        box.selectedProperty().addListener((o, a, on) -> {
            if (!guard[0]) {
                text.set(on ? YES : NO);
            }
        });
        text.addListener((o, a, b) -> {
            guard[0] = true;
            box.setSelected(isYes(s, b));
            guard[0] = false;
        });
        return new SettingField(s, box, box, true);
    }

    private static boolean isYes(Setting<?> s, String text) {
        if (text == null || text.isBlank()) {
            return Boolean.TRUE.equals(s.defaultValue());
        }
        try {
            return Boolean.TRUE.equals(s.parse(text));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A list with a default of its own ("" = the default) shows the default's description instead of a blank. */
    private static SettingField choice(Setting<?> s, StringProperty text, List<String> values) {
        List<String> items = new ArrayList<>();
        if (s.defaultText() == null) {
            items.add("");
        }
        items.addAll(values);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
        // "none (or the type --lmi names)": the screen has no --lmi, so its blank reads "none"
        String described = SettingLabel.plain(s.describeDefault());
        String blank = described.startsWith("none") ? "none" : described;
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? blank : item);
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setValue(canonical(values, text.get()));
        boolean[] guard = {false};
        box.valueProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                text.set(b == null ? "" : b);
            }
        });
        text.addListener((o, a, b) -> {
            guard[0] = true;
            box.setValue(canonical(values, b));
            guard[0] = false;
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return new SettingField(s, box, box, false);
    }

    /** The list's spelling of {@code text} (choices are case-insensitive), or the text as it is. */
    private static String canonical(List<String> values, String text) {
        if (text == null) {
            return "";
        }
        for (String v : values) {
            if (v.equalsIgnoreCase(text.trim())) {
                return v;
            }
        }
        return text;
    }

    /** One tick per value of a closed set (architectures to price). */
    private static SettingField ticks(Setting<?> s, StringProperty text, List<String> values) {
        HBox row = new HBox(16);
        List<CheckBox> boxes = new ArrayList<>();
        boolean[] guard = {false};
        Runnable write = () -> {
            if (!guard[0]) {
                List<String> on = new ArrayList<>();
                boxes.stream().filter(CheckBox::isSelected).forEach(b -> on.add(b.getText()));
                text.set(String.join(",", on));
            }
        };
        for (String v : values) {
            CheckBox b = new CheckBox(v);
            b.setMnemonicParsing(false);
            b.selectedProperty().addListener((o, a, c) -> write.run());
            boxes.add(b);
            row.getChildren().add(b);
        }
        Runnable read = () -> {
            guard[0] = true;
            Set<String> on = parts(text.get().isBlank() && s.defaultText() != null ? s.defaultText() : text.get());
            boxes.forEach(b -> b.setSelected(on.contains(b.getText().toLowerCase(Locale.ROOT))));
            guard[0] = false;
        };
        read.run();
        text.addListener((o, a, b) -> read.run());
        return new SettingField(s, row, boxes.get(0), false);
    }

    private static Set<String> parts(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : text.split("[;,]")) {
            if (!p.isBlank()) {
                out.add(p.trim().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The EC2 instance types of the price book as a tick list (Space ticks the focused one); a type the
     * text names that the book lacks ({@code NAME=USD_PER_HOUR}) is listed too, so nothing typed is lost.
     */
    private static SettingField ec2(Setting<?> s, StringProperty text, SettingInputs inputs) {
        List<String> items = new ArrayList<>(Choices.ec2Types(region(inputs)));
        for (String given : text.get().split("[;,]")) {
            if (!given.isBlank() && items.stream().noneMatch(i -> i.equalsIgnoreCase(given.trim()))) {
                items.add(given.trim());
            }
        }
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(items));
        list.setPrefHeight(Math.min(132, 24 * items.size() + 4));
        Map<String, BooleanProperty> ticked = new HashMap<>();
        boolean[] guard = {false};
        Runnable write = () -> {
            if (!guard[0]) {
                List<String> on = new ArrayList<>();
                // In the order ticked before, new ones after: the order the chart's legend follows.
                for (String t : text.get().split("[;,]")) {
                    String k = t.trim();
                    if (!k.isEmpty() && ticked.containsKey(k) && ticked.get(k).get()) {
                        on.add(k);
                    }
                }
                list.getItems().stream().filter(t -> ticked.get(t).get() && !on.contains(t)).forEach(on::add);
                text.set(String.join(",", on));
            }
        };
        for (String t : items) {
            BooleanProperty p = new SimpleBooleanProperty();
            p.addListener((o, a, b) -> write.run());
            ticked.put(t, p);
        }
        Runnable read = () -> {
            guard[0] = true;
            Set<String> on = new LinkedHashSet<>();
            for (String t : text.get().split("[;,]")) {
                on.add(t.trim());
            }
            ticked.forEach((t, p) -> p.set(on.contains(t)));
            guard[0] = false;
        };
        read.run();
        text.addListener((o, a, b) -> read.run());
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get));
        list.setOnKeyPressed(e -> {
            String t = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && t != null) {
                ticked.get(t).set(!ticked.get(t).get());
                e.consume();
            }
        });
        return new SettingField(s, list, list, false);
    }

    /** The form's region as it opens (its price book lists the instance types offered). */
    private static String region(SettingInputs inputs) {
        return inputs.has(Settings.REGION) && !inputs.get(Settings.REGION).isBlank()
                ? inputs.get(Settings.REGION) : Settings.REGION.defaultText();
    }

    /** Keep-alive: its kind from the policies the engine knows, and the kind's argument (10m, 1m-20m). */
    private static SettingField keepAlive(Setting<?> s, StringProperty text) {
        List<String> kinds = new ArrayList<>();
        for (String syntax : KeepAlive.syntax()) {
            kinds.add(syntax.replaceAll("[:\\[].*", ""));
        }
        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(kinds));
        TextField arg = new TextField();
        arg.setPrefColumnCount(7);
        boolean[] guard = {false};
        Runnable read = () -> {
            guard[0] = true;
            String t = text.get() == null || text.get().isBlank() ? s.defaultText() : text.get().trim();
            int colon = t.indexOf(':');
            kind.setValue(colon < 0 ? t : t.substring(0, colon));
            arg.setText(colon < 0 ? "" : t.substring(colon + 1));
            arg.setDisable(!takesArgument(kind.getValue()));
            guard[0] = false;
        };
        Runnable write = () -> {
            if (!guard[0]) {
                String k = kind.getValue() == null ? "" : kind.getValue();
                arg.setDisable(!takesArgument(k));
                String a = arg.getText() == null ? "" : arg.getText().trim();
                text.set(a.isEmpty() || arg.isDisabled() ? k : k + ":" + a);
            }
        };
        read.run();
        kind.valueProperty().addListener((o, a, b) -> {
            if (!guard[0] && "fixed".equals(b) && arg.getText().isBlank()) {
                guard[0] = true;
                arg.setText(s.defaultText().replaceFirst("^fixed:", "")); // the registry's own default length
                guard[0] = false;
            }
            write.run();
        });
        arg.textProperty().addListener((o, a, b) -> write.run());
        text.addListener((o, a, b) -> read.run());
        arg.setTooltip(new Tooltip("fixed: how long (10m); random: MIN-MAX (1m-20m); hybrid: the fallback policy"));
        HBox row = new HBox(6, kind, arg);
        HBox.setHgrow(arg, Priority.ALWAYS);
        return new SettingField(s, row, kind, false);
    }

    private static boolean takesArgument(String kind) {
        return KeepAlive.syntax().stream().anyMatch(x -> x.startsWith(kind + ":") || x.startsWith(kind + "["));
    }
}
