package io.lambdasim.reports.io;

import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A settings file (scenario CSV, functions CSV or YAML) that its parser rejected, as one line
 * naming the file and line: parsers' own messages span lines, quote the rest of the file, or
 * carry no position at all.
 */
public final class InputProblem {

    private InputProblem() {
    }

    /** What opencsv or the decoder rejected in {@code file}. */
    public static IllegalArgumentException csv(Path file, Exception e) {
        if (e instanceof CsvMalformedLineException m) {
            String text = m.getMessage() == null ? "" : m.getMessage();
            int cut = text.indexOf(". Beginning of lost text");
            return new IllegalArgumentException(file + ":" + m.getLineNumber() + ": "
                    + (cut > 0 ? text.substring(0, cut) : text.isEmpty() ? "malformed CSV line" : firstLine(text))
                    + " (a quote opened in a cell is never closed)", e);
        }
        if (e instanceof CsvException c) {
            return new IllegalArgumentException(file + ":" + c.getLineNumber() + ": " + firstLine(c.getMessage()), e);
        }
        if (e instanceof CharacterCodingException) {
            return new IllegalArgumentException(file + ": not UTF-8 text (save it as UTF-8)", e);
        }
        return new IllegalArgumentException(file + ": " + ErrorLine.of(e), e);
    }

    /** {@code file} could not be read at all: missing, a folder, not allowed, not UTF-8. */
    public static IllegalArgumentException io(Path file, java.io.IOException e) {
        String why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            why = "no such file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof CharacterCodingException) {
            why = "not UTF-8 text (save it as UTF-8)";
        } else if (java.nio.file.Files.isDirectory(file)) {
            why = "is a folder, not a file";
        } else {
            why = "cannot read: " + OutputFailed.reason(e);
        }
        return new IllegalArgumentException(file + ": " + why, e);
    }

    /** What SnakeYAML rejected in {@code file}, at its line and column when it knows them. */
    public static IllegalArgumentException yaml(Path file, YAMLException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new IllegalArgumentException(file + ": not UTF-8 text (save it as UTF-8)", e);
        }
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark at = m.getProblemMark();
            String problem = m.getProblem() != null ? m.getProblem() : firstLine(m.getMessage());
            String context = m.getContext() != null ? " " + m.getContext() : "";
            return new IllegalArgumentException(file + ":" + (at.getLine() + 1) + ":" + (at.getColumn() + 1)
                    + ": not valid YAML: " + problem + context, e);
        }
        return new IllegalArgumentException(file + ": not valid YAML: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "malformed";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
