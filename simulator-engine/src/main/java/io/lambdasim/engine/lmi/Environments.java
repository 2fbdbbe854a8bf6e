package io.lambdasim.engine.lmi;

import java.util.Arrays;

/**
 * Execution environments, struct-of-arrays by environment id (ids recycled through a free list),
 * and per function an indexed min-heap of its active environments by invocations in flight: an
 * arrival goes to the least-loaded one (ties to the lower id), which the router's spreading of
 * load approaches. An environment taken out of service drains: it leaves its function's heap,
 * finishes what it runs, then frees its instance slot.
 *
 * <p>CPU demand is kept in millionths of a vCPU (ppm) as a long, so that it returns exactly to
 * zero and the replay stays deterministic.
 */
final class Environments {
    static final byte FREE = 0;
    static final byte ACTIVE = 1;
    static final byte DRAINING = 2;

    private final Instances instances;
    private final LevelIntegral active;

    int[] function = new int[64];
    int[] inflight = new int[64];
    long[] demandPpm = new long[64];
    int[] instance = new int[64];
    byte[] state = new byte[64];
    private int[] heapPos = new int[64];
    private int ids;
    private int[] free = new int[64];
    private int freeCount;
    private int activeCount;
    int peakInflight;

    /** Per function: its heap of active environments. */
    private int[][] heaps = new int[16][];
    int[] heapSize = new int[16];

    Environments(Instances instances, LevelIntegral active) {
        this.instances = instances;
        this.active = active;
    }

    int activeCount() {
        return activeCount;
    }

    /** Functions the table has room for (ids below this are valid). */
    void ensureFunctions(int functions) {
        if (functions > heaps.length) {
            int n = Math.max(functions, heaps.length * 2);
            heaps = Arrays.copyOf(heaps, n);
            heapSize = Arrays.copyOf(heapSize, n);
        }
    }

    /** Active environments of {@code f}. */
    int countOf(int f) {
        return heapSize[f];
    }

    /** The least-loaded active environment of {@code f}, or -1 when it has none. */
    int leastLoaded(int f) {
        return heapSize[f] == 0 ? -1 : heaps[f][0];
    }

    /** Starts an environment of {@code f} on a free slot serving at {@code now}; false when no slot is free. */
    boolean start(int f, long now) {
        int inst = instances.takeSlot(now);
        if (inst < 0) {
            return false;
        }
        int e = allocate();
        function[e] = f;
        inflight[e] = 0;
        demandPpm[e] = 0;
        instance[e] = inst;
        state[e] = ACTIVE;
        if (heaps[f] == null) {
            heaps[f] = new int[8];
        }
        if (heapSize[f] == heaps[f].length) {
            heaps[f] = Arrays.copyOf(heaps[f], heapSize[f] * 2);
        }
        int i = heapSize[f]++;
        heaps[f][i] = e;
        heapPos[e] = i;
        siftUp(f, i);
        activeCount++;
        active.set(now, activeCount);
        return true;
    }

    /** An invocation starts on {@code e}. */
    void admit(int e, long sharePpm) {
        inflight[e]++;
        demandPpm[e] += sharePpm;
        peakInflight = Math.max(peakInflight, inflight[e]);
        if (state[e] == ACTIVE) {
            siftDown(function[e], heapPos[e]);
        }
    }

    /** An invocation on {@code e} completes at {@code now}. */
    void complete(int e, long sharePpm, long now) {
        inflight[e]--;
        demandPpm[e] -= sharePpm;
        if (state[e] == ACTIVE) {
            siftUp(function[e], heapPos[e]);
        } else if (state[e] == DRAINING && inflight[e] == 0) {
            release(e);
        }
    }

    /**
     * Takes {@code n} environments of {@code f} out of service at {@code now}: those on the newest
     * instances first (so older instances keep theirs and newer ones empty out), the emptier first.
     */
    void drain(int f, int n, long now) {
        for (int k = 0; k < n && heapSize[f] > 0; k++) {
            int[] h = heaps[f];
            int best = 0;
            for (int i = 1; i < heapSize[f]; i++) {
                int a = h[i];
                int b = h[best];
                if (instance[a] > instance[b] || (instance[a] == instance[b] && inflight[a] < inflight[b])) {
                    best = i;
                }
            }
            int e = h[best];
            removeAt(f, best);
            activeCount--;
            active.set(now, activeCount);
            if (inflight[e] == 0) {
                release(e);
            } else {
                state[e] = DRAINING;
            }
        }
    }

    private void release(int e) {
        instances.releaseSlot(instance[e]);
        state[e] = FREE;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = e;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        int e = ids++;
        if (e == function.length) {
            int n = e * 2;
            function = Arrays.copyOf(function, n);
            inflight = Arrays.copyOf(inflight, n);
            demandPpm = Arrays.copyOf(demandPpm, n);
            instance = Arrays.copyOf(instance, n);
            state = Arrays.copyOf(state, n);
            heapPos = Arrays.copyOf(heapPos, n);
        }
        return e;
    }

    private void removeAt(int f, int i) {
        int[] h = heaps[f];
        int last = h[--heapSize[f]];
        if (i < heapSize[f]) {
            h[i] = last;
            heapPos[last] = i;
            siftDown(f, i);
            siftUp(f, heapPos[last]);
        }
    }

    private boolean less(int a, int b) {
        return inflight[a] < inflight[b] || (inflight[a] == inflight[b] && a < b);
    }

    private void siftUp(int f, int i) {
        int[] h = heaps[f];
        int e = h[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(e, h[parent])) {
                break;
            }
            h[i] = h[parent];
            heapPos[h[i]] = i;
            i = parent;
        }
        h[i] = e;
        heapPos[e] = i;
    }

    private void siftDown(int f, int i) {
        int[] h = heaps[f];
        int size = heapSize[f];
        int e = h[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && less(h[child + 1], h[child])) {
                child++;
            }
            if (!less(h[child], e)) {
                break;
            }
            h[i] = h[child];
            heapPos[h[i]] = i;
            i = child;
        }
        h[i] = e;
        heapPos[e] = i;
    }
}
