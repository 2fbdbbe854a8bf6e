package io.lambdasim.reports.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writing an output failed part-way (disk full, permission, I/O error). Whatever was there before
 * is untouched: the half-written temporary file has been removed. The message is one line that
 * says "cannot write", never "cannot read".
 */
public final class OutputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputFailed(Path target, IOException cause) {
        super("cannot write " + target + ": " + reason(cause), cause);
    }

    /** What went wrong, in words, without exception class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder " + ((NoSuchFileException) e).getFile();
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m.replace('\n', ' ');
    }
}
