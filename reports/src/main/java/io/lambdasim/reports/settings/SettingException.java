package io.lambdasim.reports.settings;

/**
 * A value a setting does not accept: "memory_mb '100': expected a whole number from 128 to 10240".
 * The message names the setting by its key; front ends that call it something else (an option, a
 * column with its row) use {@link #describe(String)}.
 */
public final class SettingException extends IllegalArgumentException {

    private final transient Setting<?> setting;
    private final String value;
    private final String reason;

    /**
     * @param value  the value given, or null when the setting was required and not given
     * @param reason why it is not accepted: "expected ..." or a grammar's own sentence
     */
    public SettingException(Setting<?> setting, String value, String reason) {
        super(text(setting.key(), value, reason));
        this.setting = setting;
        this.value = value;
        this.reason = reason;
    }

    public Setting<?> setting() {
        return setting;
    }

    public String value() {
        return value;
    }

    /** Why the value is not accepted: "expected ..." or the grammar's own words. */
    public String reason() {
        return reason;
    }

    /** The same message naming the setting as {@code name} (e.g. {@code --memory-mb}, {@code column memory_mb}). */
    public String describe(String name) {
        return text(name, value, reason);
    }

    private static String text(String name, String value, String reason) {
        return value == null ? name + " is required: " + reason : name + " '" + value + "': " + reason;
    }
}
