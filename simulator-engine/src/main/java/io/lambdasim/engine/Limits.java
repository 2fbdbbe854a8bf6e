package io.lambdasim.engine;

/**
 * Lambda's limits on running invocations and on new environments.
 *
 * <p>Concurrency (AWS: in-flight requests, i.e. environments in INIT or busy): a function with
 * reserved concurrency R runs at most R at once, out of its own slice; all other functions share
 * the unreserved pool, the account limit minus the reservations of the functions seen so far.
 * Invocations served by provisioned environments are not checked here (their capacity is
 * allocated in advance).
 *
 * <p>Scaling rate: a token bucket on environment creation per function (current rule) or per
 * account (legacy), implemented as the generic cell rate algorithm: a creation at {@code t} is
 * allowed when the theoretical arrival time {@code tat} is at most {@code tau} ahead of {@code t}
 * (tau = (burst − 1) × interval), and then {@code tat = max(tat, t) + interval}. Two longs, no
 * floating point, and a full bucket at the start.
 */
final class Limits {

    private final int accountLimit;
    private final ScalingRule scaling;
    private final long intervalUs;
    private final long toleranceUs;
    private int reservedTotal;
    private int unreservedInflight;
    private long accountTatUs;

    Limits(int accountLimit, ScalingRule scaling) {
        this.accountLimit = accountLimit;
        this.scaling = scaling;
        this.intervalUs = scaling.intervalUs();
        this.toleranceUs = (scaling.burst() - 1L) * intervalUs;
    }

    /** Registers a new function's reservation; throws when reservations exceed the account limit. */
    void register(FunctionState f) {
        if (f.hasReserved()) {
            reservedTotal += f.reserved;
            if (reservedTotal > accountLimit) {
                throw new IllegalArgumentException("reserved concurrency of the functions (" + reservedTotal
                        + ") exceeds the account concurrency limit " + accountLimit);
            }
        }
    }

    /** Whether one more invocation of {@code f} may run now. */
    boolean admits(FunctionState f) {
        if (f.hasReserved()) {
            return f.inflight < f.reserved;
        }
        return unreservedInflight < accountLimit - reservedTotal;
    }

    void started(FunctionState f) {
        if (!f.hasReserved()) {
            unreservedInflight++;
        }
    }

    void finished(FunctionState f) {
        if (!f.hasReserved()) {
            unreservedInflight--;
        }
    }

    /** Takes a creation token for {@code f} at {@code nowUs}, or returns false when the scaling rate forbids it. */
    boolean mayCreate(FunctionState f, long nowUs) {
        long tat = scaling.perFunction() ? f.cold.scalingTatUs : accountTatUs;
        if (tat - nowUs > toleranceUs) {
            return false;
        }
        long next = Math.max(tat, nowUs) + intervalUs;
        if (scaling.perFunction()) {
            f.cold.scalingTatUs = next;
        } else {
            accountTatUs = next;
        }
        return true;
    }
}
