package io.lambdasim.reports.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings as a user gave them, by key, as text: what a command line, a batch row, a functions-file
 * entry or a GUI form hands to a use case. Reading a value parses it with its declaration (the
 * same grammar and range for every front end) and falls back to the declared default.
 */
public final class SettingValues {

    public static final SettingValues EMPTY = new SettingValues(Map.of());

    private final Map<String, String> text;

    private SettingValues(Map<String, String> text) {
        this.text = text;
    }

    /**
     * From key → text; blank values are left out (they mean "the default").
     *
     * @throws IllegalArgumentException for a key no setting has
     */
    public static SettingValues of(Map<String, String> values) {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                String key = Settings.normalise(k);
                if (Settings.byKey(key).isEmpty()) {
                    throw new IllegalArgumentException("unknown setting '" + k + "'");
                }
                m.put(key, v.trim());
            }
        });
        return new SettingValues(Collections.unmodifiableMap(m));
    }

    /** This with one more (or a replaced) value; a blank {@code value} removes the key. */
    public SettingValues with(Setting<?> setting, String value) {
        Map<String, String> m = new LinkedHashMap<>(text);
        if (value == null || value.isBlank()) {
            m.remove(setting.key());
        } else {
            m.put(setting.key(), value.trim());
        }
        return new SettingValues(Collections.unmodifiableMap(m));
    }

    /** This with {@code more}'s values on top. */
    public SettingValues with(SettingValues more) {
        Map<String, String> m = new LinkedHashMap<>(text);
        m.putAll(more.text);
        return new SettingValues(Collections.unmodifiableMap(m));
    }

    /** True when the user gave a value (the default is not a value given). */
    public boolean has(Setting<?> setting) {
        return text.containsKey(setting.key());
    }

    /** The text given for {@code setting}, or null. */
    public String text(Setting<?> setting) {
        return text.get(setting.key());
    }

    /**
     * The typed value given, else the declared default, else null (no default, or a default derived
     * from the input: the caller derives it).
     *
     * @throws SettingException when the given text is not valid
     */
    public <T> T get(Setting<T> setting) {
        String t = text.get(setting.key());
        return t == null ? setting.defaultValue() : setting.parse(t);
    }

    /** The typed value given, else {@code fallback}. */
    public <T> T getOr(Setting<T> setting, T fallback) {
        T v = get(setting);
        return v == null ? fallback : v;
    }

    /** Key → text of every value given, in the order given. */
    public Map<String, String> asMap() {
        return text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
