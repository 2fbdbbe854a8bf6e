package io.lambdasim.gui.form;

import io.lambdasim.gui.AppPrefs;
import io.lambdasim.reports.batch.ScenarioColumn;
import io.lambdasim.reports.settings.Setting;
import io.lambdasim.reports.settings.SettingValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A screen's inputs: one text per registry setting, as the user typed or chose it, exactly what a
 * command-line option or a batch cell would hold. The registry parses them when the screen asks its
 * use case ({@link #values()}); an empty text means the setting's default. Each starts at the
 * registry's default, so every screen opens with the same default for the same setting.
 *
 * <p>A value's problem is shown once the user changed it (or pressed Run, {@link #validate()}), never
 * before: a screen opens without red text. Works without the toolkit.
 */
public final class SettingInputs {
    private final Map<Setting<?>, StringProperty> text = new LinkedHashMap<>();
    private final Map<Setting<?>, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();

    public SettingInputs(List<Setting<?>> settings) {
        for (Setting<?> s : settings) {
            StringProperty p = new SimpleStringProperty(this, s.key(), s.defaultText() == null ? "" : s.defaultText());
            ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, s.key() + "Problem", "");
            p.addListener((o, a, b) -> problem.set(problemOf(s, b)));
            text.put(s, p);
            problems.put(s, problem);
        }
    }

    public List<Setting<?>> settings() {
        return new ArrayList<>(text.keySet());
    }

    public boolean has(Setting<?> s) {
        return text.containsKey(s);
    }

    public StringProperty text(Setting<?> s) {
        StringProperty p = text.get(s);
        if (p == null) {
            throw new IllegalArgumentException("this screen has no input " + s.key());
        }
        return p;
    }

    public String get(Setting<?> s) {
        return text(s).get();
    }

    public void set(Setting<?> s, String value) {
        text(s).set(value == null ? "" : value);
    }

    /** Why the current text is not acceptable, empty when it is (or before the user changed it). */
    public ReadOnlyStringProperty problem(Setting<?> s) {
        return problems.get(s).getReadOnlyProperty();
    }

    /** Every input, for listeners that recompute on any change. */
    public Observable[] observables() {
        return text.values().toArray(Observable[]::new);
    }

    /** Sets the inputs this screen has from {@code values} (a bundled example), key by key. */
    public void apply(Map<String, String> values) {
        for (Setting<?> s : text.keySet()) {
            String v = values.get(s.key());
            if (v != null) {
                set(s, v);
            }
        }
    }

    /** Remembers every input between runs, under {@code setting.KEY}. */
    public void remember(AppPrefs prefs) {
        text.forEach((s, p) -> prefs.bind("setting." + s.key(), p));
    }

    /** The inputs as the registry receives them: key to text, blanks left out (they mean the default). */
    public SettingValues values() {
        Map<String, String> m = new LinkedHashMap<>();
        text.forEach((s, p) -> m.put(s.key(), p.get()));
        return SettingValues.of(m);
    }

    /**
     * Shows the problem of every input; returns the first as "Memory (MB) '20000': expected ...", or
     * an empty string when all are acceptable.
     */
    public String validate() {
        String first = "";
        for (Setting<?> s : text.keySet()) {
            String p = problemOf(s, get(s));
            problems.get(s).set(p);
            if (first.isEmpty() && !p.isEmpty()) {
                first = SettingLabel.of(s) + " " + p;
            }
        }
        return first;
    }

    private static String problemOf(Setting<?> s, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String p = ScenarioColumn.problem(s, value);
        return p == null ? "" : SettingLabel.plain(p);
    }
}
