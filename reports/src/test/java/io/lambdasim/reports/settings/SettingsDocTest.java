package io.lambdasim.reports.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.reports.settings.Setting.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The documentation table of the settings is the registry's: one declaration, no drift. */
class SettingsDocTest {

    /** {@code docs/settings.md} from the module directory (where Maven runs the tests). */
    static final Path DOC = Path.of("..", "docs", "settings.md");

    @Test
    void theDocsTableIsTheRegistrys() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(SettingsTable.BEGIN);
        int end = doc.indexOf(SettingsTable.END);
        assertThat(begin).as("docs/settings.md holds the table markers").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String table = doc.substring(begin + SettingsTable.BEGIN.length(), end);
        assertThat(table.strip())
                .as("docs/settings.md differs from Settings.java: replace the table between the markers with "
                        + "SettingsTable.markdown()")
                .isEqualTo(SettingsTable.markdown().strip());
    }

    @Test
    void everyDeclarationIsWholeAndNamesAreUnique() {
        Set<String> options = new HashSet<>();
        for (Setting<?> s : Settings.all()) {
            assertThat(s.key()).matches("[a-z][a-z0-9_]*");
            assertThat(s.help()).as(s.key()).isNotBlank().endsWith(".");
            assertThat(s.options()).as(s.key()).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith("--"));
            assertThat(s.defaultText() != null || s.defaultNote() != null).as(s.key() + " says its default").isTrue();
            // an option name may be shared only by settings no command takes together (sizing's --arch/--memory)
            for (String o : s.options()) {
                options.add(o + "|" + s.key());
            }
        }
        assertThat(Settings.byKey("MEMORY-MB")).contains(Settings.MEMORY_MB);
        assertThat(Settings.in(Scope.FUNCTION)).contains(Settings.MEMORY_MB, Settings.TIMEOUT, Settings.RUNTIME,
                Settings.RESERVED, Settings.PROVISIONED, Settings.KEEP_ALIVE);
    }
}
