package io.lambdasim.gui;

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
 * the replay and sizing view models.
 */
public final class WorkloadSource {
    private final BooleanProperty useGenerator = new SimpleBooleanProperty(this, "useGenerator", false);
    private final StringProperty traceFile = new SimpleStringProperty(this, "traceFile", "");
    private final StringProperty format = new SimpleStringProperty(this, "format", "");
    private final StringProperty generate = new SimpleStringProperty(this, "generate",
            "poisson(5/s);duration=exp(80ms);horizon=1h");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public WorkloadSource() {
        traceFile.addListener((o, a, b) -> inspect());
        format.addListener((o, a, b) -> inspect());
        generate.addListener((o, a, b) -> inspect());
        useGenerator.addListener((o, a, b) -> inspect());
        inspect();
    }

    public void remember(AppPrefs prefs) {
        prefs.bind("useGenerator", useGenerator);
        prefs.bind("traceFile", traceFile);
        prefs.bind("format", format);
        prefs.bind("generate", generate);
    }

    /** Re-checks the source; the outcome is in {@link #infoProperty()} or {@link #errorProperty()}. */
    public void inspect() {
        info.set("");
        error.set("");
        try {
            if (useGenerator.get()) {
                WorkloadSpec spec = WorkloadSpec.parse(generate.get());
                info.set(spec.functions().size() + " function(s) over " + spec.horizon());
                return;
            }
            String f = traceFile.get();
            if (f == null || f.isBlank()) {
                error.set("Choose a trace file, drop one here, or use a generator");
                return;
            }
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                error.set(f + ": no such file");
                return;
            }
            TraceFormat t = formatOrNull() == null ? Traces.detect(p) : TraceFormat.parse(formatOrNull());
            info.set("Format: " + t.id() + " (" + t.description() + ")");
        } catch (TraceException | IllegalArgumentException e) {
            error.set(e.getMessage());
        }
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
