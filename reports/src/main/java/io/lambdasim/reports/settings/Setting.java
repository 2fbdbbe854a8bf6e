package io.lambdasim.reports.settings;

import java.util.List;
import java.util.Set;

/**
 * One setting, declared once: its key (the batch column and functions-file key), its command-line
 * option names, its type (grammar, range or closed set), its default and its help. The CLI options,
 * the batch columns, the functions-file keys, the GUI form fields and the documentation table are
 * all derived from these declarations ({@link Settings}).
 *
 * @param key         snake_case key, e.g. {@code memory_mb}
 * @param options     command-line names, the first the canonical one, e.g. {@code --memory-mb}; the
 *                    others are older spellings kept working
 * @param group       where it belongs (for help, forms and docs)
 * @param type        grammar and range
 * @param defaultText the default as text (parsed by {@code type}), or null when there is none or it
 *                    is derived from the input (then {@code defaultNote} says how)
 * @param defaultNote how a derived default is found, e.g. "the trace's memory field, else 512"; null
 *                    when {@code defaultText} says it all
 * @param help        one line: what the setting does
 * @param scopes      where it may be given besides the options of the commands that use it
 * @param <T>         the typed value
 */
public record Setting<T>(String key, List<String> options, Group group, ValueType<T> type, String defaultText,
                         String defaultNote, String help, Set<Scope> scopes) {

    /** Where a setting belongs: sections of the help, the forms and the docs table. */
    public enum Group {
        WORKLOAD("Workload"),
        TRACE_READING("Reading traces"),
        FUNCTION("Function"),
        ACCOUNT("Account"),
        SOURCE("Event source"),
        MODEL("Duration model"),
        PRICING("Pricing"),
        FLEET("EC2 fleet"),
        MANAGED_INSTANCES("Lambda Managed Instances"),
        ANALYSIS("Analysis");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Where a setting may be written besides the options of the commands that use it. */
    public enum Scope {
        /** A column of a batch scenario file (and {@code --set KEY=VALUE}). */
        BATCH,
        /** A key of a {@code --functions} file: set per function. */
        FUNCTION
    }

    public Setting {
        options = List.copyOf(options);
        scopes = Set.copyOf(scopes);
        if (defaultText != null) {
            type.parse(defaultText); // a default that its own type rejects is a bug in the declaration
        }
    }

    /** The canonical command-line option, e.g. {@code --memory-mb}. */
    public String option() {
        return options.get(0);
    }

    /**
     * The typed value of {@code text}.
     *
     * @throws SettingException naming the setting, the value and what was expected
     */
    public T parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SettingException(this, null, "expected " + type.expected());
        }
        String t = text.trim();
        try {
            return type.parse(t);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? "expected " + type.expected() : e.getMessage();
            throw new SettingException(this, t, why);
        }
    }

    /** The default value, or null when there is none (or it is derived from the input). */
    public T defaultValue() {
        return defaultText == null ? null : type.parse(defaultText);
    }

    /** The default as a person reads it: "512", "the trace's memory field, else 512", or "none". */
    public String describeDefault() {
        if (defaultNote != null) {
            return defaultNote;
        }
        return defaultText == null ? "none" : defaultText;
    }

    public boolean in(Scope scope) {
        return scopes.contains(scope);
    }

    /** Help with the allowed values and the default, as the CLI prints it. */
    public String fullHelp() {
        return help + " " + capitalised(type.expected()) + "; default: " + describeDefault() + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
