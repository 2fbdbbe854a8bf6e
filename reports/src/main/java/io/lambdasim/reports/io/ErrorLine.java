package io.lambdasim.reports.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.zip.ZipException;

/**
 * The one line a user sees for a failure: the message of a user error as it is; for an
 * unexpected one, words instead of Java exception class names or null-pointer text; for running
 * out of memory, the heap setting to raise. Every line is {@link #clean}ed, so a value echoed from
 * a hostile input (an escape sequence, a line break) cannot repaint or split the terminal.
 */
public final class ErrorLine {

    private ErrorLine() {
    }

    /** One clean line describing {@code e}. */
    public static String of(Throwable e) {
        return clean(describe(unwrap(e)));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof UncheckedIOException || t instanceof ExecutionException
                    || t instanceof CompletionException || t instanceof java.lang.reflect.InvocationTargetException
                    || (t.getMessage() == null && t instanceof RuntimeException))) {
            t = t.getCause();
        }
        return t;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        boolean blank = m == null || m.isBlank();
        if (t instanceof OutOfMemoryError) {
            return outOfMemory();
        }
        if (t instanceof StackOverflowError) {
            return "the input is nested too deeply to read (stack overflow)";
        }
        if (t instanceof NoSuchFileException) {
            return "no such file: " + ((NoSuchFileException) t).getFile();
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) t).getFile();
        }
        if (t instanceof EOFException) {
            return "unexpected end of input" + (blank ? "" : " (" + m + ")") + ": the file is truncated or corrupt";
        }
        if (t instanceof ZipException) {
            return "not a valid compressed file" + (blank ? "" : " (" + m + ")") + ": the file is truncated or corrupt";
        }
        if (t instanceof IOException) {
            return "cannot read: " + (blank ? "input/output error (the file may be truncated or corrupt)" : m);
        }
        if (t instanceof NullPointerException || t instanceof ClassCastException || t instanceof IndexOutOfBoundsException
                || t instanceof ArrayStoreException || t instanceof NegativeArraySizeException) {
            return "internal error (a bug, please report it; LAMBDASIM_DEBUG=1 shows where)";
        }
        if (t instanceof java.util.concurrent.CancellationException) {
            return blank ? "cancelled" : m;
        }
        if (blank) {
            return "unexpected error (LAMBDASIM_DEBUG=1 shows where)";
        }
        return m;
    }

    /** What to change when the Java heap ran out. */
    public static String outOfMemory() {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        long suggest = Math.max(1024, Long.highestOneBit(Math.max(1, maxMb)) * 4);
        return String.format(Locale.ROOT, "out of memory: this input needs more than the Java heap's %,d MB; raise it, "
                + "e.g. LAMBDASIM_JAVA_OPTS=-Xmx%dm ./lambdasim ... (or java -Xmx%dm -jar lambdasim.jar ...)",
                maxMb, suggest, suggest);
    }

    /**
     * {@code s} safe to print on one terminal line: control characters (C0, DEL, C1, and the
     * Unicode bidirectional overrides) are shown as escapes such as {@code \x1b} and {@code \n}.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = replacement(c);
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default:
                if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                    return String.format(Locale.ROOT, "\\x%02x", (int) c);
                }
                if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f) {
                    return String.format(Locale.ROOT, "\\u%04x", (int) c);
                }
                return null;
        }
    }
}
