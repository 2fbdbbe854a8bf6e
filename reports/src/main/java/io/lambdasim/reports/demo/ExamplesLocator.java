package io.lambdasim.reports.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bundled {@code examples/} folder: from the working directory and its parents (the
 * launcher runs from the repository root, a user may run from a module), then from where the jar
 * lies ({@code cli/target/lambdasim.jar} is two levels below the root).
 */
public final class ExamplesLocator {

    public static final String SCENARIOS = "scenarios.csv";

    private ExamplesLocator() {
    }

    public static Path find(Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit.resolve(SCENARIOS))) {
                throw new IllegalArgumentException("--examples " + explicit + ": no " + SCENARIOS + " in that folder");
            }
            return explicit;
        }
        List<Path> tried = new ArrayList<>();
        for (Path start : starts()) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("examples");
                tried.add(candidate);
                if (Files.isRegularFile(candidate.resolve(SCENARIOS))) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("cannot find the examples folder (looked for examples/" + SCENARIOS
                + " above the working directory and the jar); run from the repository root or give --examples DIR");
    }

    private static List<Path> starts() {
        List<Path> starts = new ArrayList<>();
        starts.add(Path.of("").toAbsolutePath());
        try {
            var src = ExamplesLocator.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                starts.add(Path.of(src.getLocation().toURI()).toAbsolutePath());
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // no usable code source (e.g. a custom class loader): the working directory must do
        }
        return starts;
    }
}
