package io.lambdasim.reports.settings;

import io.lambdasim.reports.settings.Setting.Group;
import io.lambdasim.reports.settings.Setting.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings as the Markdown table of {@code docs/settings.md}, derived from {@link Settings}: a
 * test compares the file with this, so the documentation cannot drift from the code.
 */
public final class SettingsTable {

    /** The table sits between these two lines of the docs file. */
    public static final String BEGIN = "<!-- settings table: generated from Settings.java, checked by SettingsDocTest -->";
    public static final String END = "<!-- end of settings table -->";

    private SettingsTable() {
    }

    public static String markdown() {
        StringBuilder s = new StringBuilder();
        for (Group g : Group.values()) {
            List<Setting<?>> in = new ArrayList<>();
            for (Setting<?> x : Settings.all()) {
                if (x.group() == g) {
                    in.add(x);
                }
            }
            if (in.isEmpty()) {
                continue;
            }
            s.append("\n### ").append(g.title()).append("\n\n");
            s.append("| key | option | value | default | also in | meaning |\n");
            s.append("|---|---|---|---|---|---|\n");
            for (Setting<?> x : in) {
                s.append("| `").append(x.key()).append("` | ")
                        .append(String.join(", ", x.options().stream().map(o -> "`" + o + "`").toList())).append(" | ")
                        .append(cell(x.type().expected())).append(" | ")
                        .append(cell(x.describeDefault())).append(" | ")
                        .append(where(x)).append(" | ")
                        .append(cell(x.help())).append(" |\n");
            }
        }
        return s.toString();
    }

    private static String where(Setting<?> x) {
        List<String> w = new ArrayList<>();
        if (x.in(Scope.BATCH)) {
            w.add("batch");
        }
        if (x.in(Scope.FUNCTION)) {
            w.add("functions file");
        }
        return w.isEmpty() ? "" : String.join(", ", w);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
