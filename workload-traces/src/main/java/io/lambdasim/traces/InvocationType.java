package io.lambdasim.traces;

/** How the function was invoked; decides what a throttle means (sync fails, async queues). */
public final class InvocationType {
    public static final int UNKNOWN = 0;
    /** RequestResponse: the caller waits; a throttle is an HTTP 429. */
    public static final int SYNC = 1;
    /** Event: queued by Lambda, retried on throttles and errors. */
    public static final int ASYNC = 2;
    /** Event source mapping (SQS, Kinesis, ...): the poller retries. */
    public static final int POLL = 3;

    private InvocationType() {
    }

    public static String name(int type) {
        switch (type) {
            case SYNC: return "sync";
            case ASYNC: return "async";
            case POLL: return "poll";
            default: return "unknown";
        }
    }

    /** Parses {@code sync|async|poll} (case-insensitive, empty = unknown); -1 when unrecognised. */
    public static int parse(CharSequence text) {
        String s = text.toString().trim().toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case "": case "unknown": return UNKNOWN;
            case "sync": case "requestresponse": return SYNC;
            case "async": case "event": return ASYNC;
            case "poll": return POLL;
            default: return -1;
        }
    }
}
