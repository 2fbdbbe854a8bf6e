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

    /** AWS keeps at least this much account concurrency unreserved (Lambda developer guide, configuring reserved concurrency). */
    static final int MIN_UNRESERVED = 100;

    private final int accountLimit;
    private final ScalingRule scaling;
    /** Provisioned concurrency configured for functions without a reservation (it is carved from the account too). */
    private int provisionedAllocated;
    /** The part of it enabled now. */
    private int provisionedEnabled;
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

    /**
     * Registers a new function's reservation and provisioned concurrency. Both come out of the
     * account's concurrency, and AWS keeps at least {@value #MIN_UNRESERVED} unreserved: a function
     * whose allocation would leave less is an error naming it.
     */
    void register(FunctionState f) {
        int pc = f.provisioned.count();
        if (!f.hasReserved() && pc == 0) {
            return;
        }
        if (f.hasReserved()) {
            reservedTotal += f.reserved; // its provisioned concurrency lies within the reservation
        } else {
            provisionedAllocated += pc;
        }
        int claimed = reservedTotal + provisionedAllocated;
        if (claimed > accountLimit - MIN_UNRESERVED) {
            throw new IllegalArgumentException("function '" + f.name + "': "
                    + (f.hasReserved() ? "reserved concurrency " + f.reserved : "provisioned concurrency " + pc)
                    + " brings the account's reserved and provisioned concurrency to " + claimed + " of its limit "
                    + accountLimit + "; AWS keeps at least " + MIN_UNRESERVED + " unreserved (at most "
                    + Math.max(0, accountLimit - MIN_UNRESERVED) + " allocated)");
        }
    }

    /** The provisioned concurrency of {@code f} was switched on or off: without a reservation it holds account concurrency. */
    void provisioned(FunctionState f, boolean on) {
        if (!f.hasReserved()) {
            provisionedEnabled += on ? f.provisioned.count() : -f.provisioned.count();
        }
    }

    /**
     * The account concurrency taken now: unreserved invocations running, reservations and enabled
     * provisioned concurrency. An unreserved invocation is admitted while this is below the limit;
     * it adds up over disjoint groups of functions ({@link ParallelSimulation}).
     */
    int claim() {
        return unreservedInflight + reservedTotal + provisionedEnabled;
    }

    /** Reservations and provisioned concurrency allocated so far (the check of {@link #register}). */
    int allocated() {
        return reservedTotal + provisionedAllocated;
    }

    /** Whether one more invocation of {@code f} may run now. */
    boolean admits(FunctionState f) {
        if (f.hasReserved()) {
            return f.inflight < f.reserved;
        }
        return unreservedInflight < accountLimit - reservedTotal - provisionedEnabled;
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
