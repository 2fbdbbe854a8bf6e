package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;

/** Status and invocation-type words parsed from bytes; no String unless the word is unusual. */
final class Enums {

    private Enums() {
    }

    /** A {@link Status} constant, or -1 when the word is not one. */
    static int status(byte[] b, int s, int e) {
        if (Decimals.equalsIgnoreCase(b, s, e, "success")) {
            return Status.SUCCESS;
        }
        if (Decimals.equalsIgnoreCase(b, s, e, "error")) {
            return Status.ERROR;
        }
        if (Decimals.equalsIgnoreCase(b, s, e, "timeout")) {
            return Status.TIMEOUT;
        }
        return Status.parse(new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** An {@link InvocationType} constant, or -1 when the word is not one. */
    static int invocationType(byte[] b, int s, int e) {
        if (Decimals.equalsIgnoreCase(b, s, e, "sync")) {
            return InvocationType.SYNC;
        }
        if (Decimals.equalsIgnoreCase(b, s, e, "async")) {
            return InvocationType.ASYNC;
        }
        if (Decimals.equalsIgnoreCase(b, s, e, "poll")) {
            return InvocationType.POLL;
        }
        return InvocationType.parse(new String(b, s, e - s, java.nio.charset.StandardCharsets.UTF_8));
    }
}
