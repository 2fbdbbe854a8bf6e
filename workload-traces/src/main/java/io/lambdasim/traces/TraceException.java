package io.lambdasim.traces;

/**
 * A trace that cannot be read as it claims to be: names the file, the line (1-based, 0 when not
 * known), the field, and what was expected, in one line a user can act on.
 */
public final class TraceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final String field;

    public TraceException(String file, long line, String field, String message) {
        super(format(file, line, field, message));
        this.file = file;
        this.line = line;
        this.field = field;
    }

    private static String format(String file, long line, String field, String message) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            sb.append(" [").append(field).append(']');
        }
        return sb.append(": ").append(message).toString();
    }

    /**
     * {@code file} could not be read (at {@code line}, 0 when unknown): the reason in words. A
     * truncated compressed file ends with no message at all, which used to read "cannot read: null".
     */
    public static TraceException cannotRead(String file, long line, Exception e) {
        String m = e.getMessage();
        String reason;
        if (e instanceof java.io.EOFException || m == null || m.isBlank()) {
            reason = "unexpected end of input: the file is truncated or corrupt";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else {
            reason = m.replace('\n', ' ') + " (the file may be corrupt or truncated)";
        }
        return new TraceException(file, line, null, "cannot read: " + reason);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
