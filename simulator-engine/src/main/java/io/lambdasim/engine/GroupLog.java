package io.lambdasim.engine;

import java.util.Arrays;

/**
 * A group's counts after its events in one window of a {@link ParallelSimulation}: running
 * invocations, live environments, account concurrency taken ({@link Limits#claim}) and enabled
 * provisioned MB, with the event's time and kind. Struct of arrays, cleared each window, so it
 * holds at most one window's events (memory does not grow with the trace). Only events that change
 * a count are kept, unless a timeline is recorded (its per-bucket peaks look at every event).
 */
public final class GroupLog implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean everyEvent;
    long[] time = new long[1024];
    byte[] kind = new byte[1024];
    int[] inflight = new int[1024];
    int[] alive = new int[1024];
    int[] claim = new int[1024];
    int[] provisionedMb = new int[1024];
    int size;
    private int lastInflight;
    private int lastAlive;
    private int lastClaim;

    GroupLog(boolean everyEvent) {
        this.everyEvent = everyEvent;
    }

    void add(long timeUs, int eventKind, int running, int environments, int taken, int pcMb) {
        if (!everyEvent && running == lastInflight && environments == lastAlive && taken == lastClaim) {
            return;
        }
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            kind = Arrays.copyOf(kind, n);
            inflight = Arrays.copyOf(inflight, n);
            alive = Arrays.copyOf(alive, n);
            claim = Arrays.copyOf(claim, n);
            provisionedMb = Arrays.copyOf(provisionedMb, n);
        }
        int i = size++;
        time[i] = timeUs;
        kind[i] = (byte) eventKind;
        inflight[i] = lastInflight = running;
        alive[i] = lastAlive = environments;
        claim[i] = lastClaim = taken;
        provisionedMb[i] = pcMb;
    }

    /** Events logged. */
    public int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The events logged so far, in arrays of their size (what a group sends to a Spark driver). */
    GroupLog copy() {
        GroupLog c = new GroupLog(everyEvent);
        c.time = Arrays.copyOf(time, size);
        c.kind = Arrays.copyOf(kind, size);
        c.inflight = Arrays.copyOf(inflight, size);
        c.alive = Arrays.copyOf(alive, size);
        c.claim = Arrays.copyOf(claim, size);
        c.provisionedMb = Arrays.copyOf(provisionedMb, size);
        c.size = size;
        return c;
    }
}
