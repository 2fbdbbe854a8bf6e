package io.lambdasim.traces;

/** Outcome of an invocation as the source reports it; ints so the cursor stays primitive. */
public final class Status {
    public static final int UNKNOWN = 0;
    public static final int SUCCESS = 1;
    public static final int ERROR = 2;
    public static final int TIMEOUT = 3;

    private Status() {
    }

    public static String name(int status) {
        switch (status) {
            case SUCCESS: return "success";
            case ERROR: return "error";
            case TIMEOUT: return "timeout";
            default: return "unknown";
        }
    }

    /** Parses {@code success|error|timeout} (case-insensitive, empty = unknown); -1 when unrecognised. */
    public static int parse(CharSequence text) {
        String s = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "": case "unknown": return UNKNOWN;
            case "success": case "ok": return SUCCESS;
            case "error": case "failure": return ERROR;
            case "timeout": return TIMEOUT;
            default: return -1;
        }
    }
}
