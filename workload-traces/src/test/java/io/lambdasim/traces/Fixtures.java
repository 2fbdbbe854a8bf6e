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
        try {
            return Path.of(Fixtures.class.getResource("/traces/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** A verbatim public example in src/test/resources/corpus (sources in its README.md). */
    public static Path corpus(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing corpus file " + name, e);
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
