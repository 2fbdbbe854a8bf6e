package io.lambdasim.traces;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Hand-written fixtures in src/test/resources/traces, and the shared real samples (optional). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path fixture(String name) {
        return resource("/traces/", name);
    }

    /** A verbatim public example in src/test/resources/corpus (sources in its README.md). */
    public static Path corpus(String name) {
        return resource("/corpus/", name);
    }

    private static Path resource(String folder, String name) {
        try {
            return Path.of(Fixtures.class.getResource(folder + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + folder + name, e);
        }
    }

    /** A file under {@code ../shared/data} (walking up from the module), or the test is skipped. */
    public static Path shared(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("../shared/data").resolve(relative).normalize();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        Assumptions.assumeTrue(false, "shared sample " + relative + " not present");
        return null;
    }
}
