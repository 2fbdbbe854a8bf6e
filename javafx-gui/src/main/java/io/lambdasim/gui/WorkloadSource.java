package io.lambdasim.gui;

import io.lambdasim.reports.settings.Settings;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceFormat;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where a screen's workload comes from: a trace file (format detected by the library as soon as it
 * is chosen, so a wrong file is flagged before Run) or a generator spec (parsed as typed). Shared by
 * the replay and sizing view models. It opens on the bundled example's generator spec; a problem is
 * shown in red only once the user changed the source or pressed Run, never at start.
 */
public final class WorkloadSource {
    private final BooleanProperty useGenerator = new SimpleBooleanProperty(this, "useGenerator", false);
    private final StringProperty traceFile = new SimpleStringProperty(this, "traceFile", "");
    private final StringProperty format = new SimpleStringProperty(this, "format", "");
    private final StringProperty generate = new SimpleStringProperty(this, "generate",
            Example.settings().getOrDefault(Settings.GENERATE.key(), ""));
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    /** Whether problems show in red: once the user changed the source, or pressed Run. */
    private boolean shown;

    /** Opens on the bundled example's generator spec, so Run works before any file is chosen. */
    public WorkloadSource() {
        useGenerator.set(!generate.get().isBlank());
        traceFile.addListener((o, a, b) -> changed());
        format.addListener((o, a, b) -> changed());
        generate.addListener((o, a, b) -> changed());
        useGenerator.addListener((o, a, b) -> changed());
        inspect();
    }

    private void changed() {
        shown = true;
        inspect();
    }

    public void remember(AppPrefs prefs) {
        prefs.bind("useGenerator", useGenerator);
        prefs.bind("traceFile", traceFile);
        prefs.bind("format", format);
        prefs.bind("generate", generate);
        // What was remembered is not the user's doing in this session: no red text for it until Run.
        shown = false;
        inspect();
    }

    /** Checks the source as Run does: a problem is shown from now on. Returns it, or "" when there is none. */
    public String validate() {
        shown = true;
        inspect();
        return error.get();
    }

    /** Re-checks the source; the outcome is in {@link #infoProperty()} or {@link #errorProperty()}. */
    public void inspect() {
        info.set("");
        error.set("");
        try {
            if (useGenerator.get()) {
                WorkloadSpec spec = WorkloadSpec.parse(generate.get());
                int n = spec.functions().size();
                info.set(n + (n == 1 ? " function" : " functions") + " over "
                        + Units.duration(spec.horizon().toNanos() / 1000));
                return;
            }
            String f = traceFile.get();
            if (f == null || f.isBlank()) {
                // Not a mistake yet: what to do, in grey, until Run is pressed without a file.
                problem("Choose a trace file (Browse, Recent, or drop one on the box above), or use a generator");
                return;
            }
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                problem(f + ": no such file");
                return;
            }
            TraceFormat t = formatOrNull() == null ? Traces.detect(p) : TraceFormat.parse(formatOrNull());
            info.set("Format: " + t.id() + " (" + t.description() + ")");
        } catch (TraceException | IllegalArgumentException e) {
            problem(e.getMessage());
        }
    }

    /** In red once the user is responsible for it, in grey before. */
    private void problem(String text) {
        (shown ? error : info).set(text);
    }

    /** The trace path, or null when the generator is selected. */
    public Path tracePath() {
        return useGenerator.get() ? null : Path.of(traceFile.get()).toAbsolutePath();
    }

    /** The generator spec, or null when a trace is selected. */
    public String specOrNull() {
        return useGenerator.get() ? generate.get().trim() : null;
    }

    public String formatOrNull() {
        String f = format.get();
        return useGenerator.get() || f == null || f.isBlank() ? null : f.trim();
    }

    public BooleanProperty useGeneratorProperty() {
        return useGenerator;
    }

    public StringProperty traceFileProperty() {
        return traceFile;
    }

    public StringProperty formatProperty() {
        return format;
    }

    public StringProperty generateProperty() {
        return generate;
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
