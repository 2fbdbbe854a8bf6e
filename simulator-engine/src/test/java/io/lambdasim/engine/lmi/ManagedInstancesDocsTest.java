package io.lambdasim.engine.lmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/managed-instances.md lists every default of the data file with its value and source. */
class ManagedInstancesDocsTest {

    @Test
    void docsTableMatchesTheDataFile() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "managed-instances.md"));
        for (ManagedInstancesDefaults.Setting s : ManagedInstancesDefaults.all()) {
            assertThat(docs).as(s.name()).contains("| `" + s.name() + "` | " + s.value() + " | " + s.source() + " |");
        }
    }
}
