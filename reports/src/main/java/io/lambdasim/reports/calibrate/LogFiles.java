package io.lambdasim.reports.calibrate;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.pipe.PipelinedCursor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The logs a calibration reads: several files in any format the trace readers accept, merged on
 * one clock ({@link MergedCursor}). Re-openable, so the check can replay what the fit read.
 *
 * @param files  the files, at least one
 * @param format a trace format id for every file, or null to detect each file's
 * @param read   reader options (function name, bad rows, reorder window)
 */
public record LogFiles(List<Path> files, String format, ReadOptions read) {

    public LogFiles {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no log files given (expected one or more CloudWatch exports)");
        }
        read = read == null ? ReadOptions.DEFAULTS : read;
    }

    /**
     * A fresh merged cursor over every file; the caller closes it. Each file is read and parsed on a
     * thread of its own ({@link PipelinedCursor}): parsing the text is most of calibrate's time, and
     * the merge and the evidence on the calling thread only take primitive columns.
     */
    public MergedCursor open() {
        List<InvocationCursor> opened = new ArrayList<>();
        try {
            for (Path f : files) {
                opened.add(PipelinedCursor.start(Traces.open(f, format, read)));
            }
            return new MergedCursor(opened);
        } catch (RuntimeException e) {
            opened.forEach(InvocationCursor::close);
            throw e;
        }
    }

    /** What a person would call them: the file, or the first and how many more. */
    public String describe() {
        return files.size() == 1 ? files.get(0).toString() : files.get(0) + " and " + (files.size() - 1) + " more";
    }
}
