package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * Places requests on the routable instances by the configured {@link Balancer}, and holds the
 * shared queue: {@link Balancer#CENTRAL}'s, or anyone's while no instance is routable.
 *
 * <p>Routable instances sit in a ring, in the order they became routable; round robin walks it.
 * Least-outstanding and central pick the instance with the fewest outstanding requests, among
 * equals the one picked least long ago (so ties rotate instead of piling onto one instance): by
 * scanning the ring while it is short (a few instances, the common fleet: a handful of loads and
 * no bookkeeping per request), and beyond {@link #SCAN_LIMIT} instances from an indexed heap by
 * {@code (outstanding, last pick)}, {@code O(log n)} per placement and per count change.
 */
final class LoadBalancer {
    /** Most routable instances still found by a scan; above it the heap takes over. */
    static final int SCAN_LIMIT = 16;

    private final Balancer kind;
    private final int scanLimit;
    private Instance[] ring = new Instance[8];
    private int ringSize;
    private int ringNext;
    /** Least-outstanding and central, beyond {@link #SCAN_LIMIT} instances; null while scanning. */
    private IndexedHeap least;
    private long picks;

    /** Requests waiting at the balancer, first come first served. */
    final RequestQueue shared = new RequestQueue();

    LoadBalancer(Balancer kind) {
        this(kind, SCAN_LIMIT);
    }

    /** With another scan limit: 0 always uses the heap (tests hold the two ways against each other). */
    LoadBalancer(Balancer kind, int scanLimit) {
        this.kind = kind;
        this.scanLimit = scanLimit;
    }

    int routable() {
        return ringSize;
    }

    void add(Instance i) {
        if (ringSize == ring.length) {
            ring = Arrays.copyOf(ring, ringSize * 2);
        }
        ring[ringSize++] = i;
        i.lastPick = picks++;
        if (least != null) {
            least.add(i.id, i.outstanding, i.lastPick);
        } else if (kind != Balancer.ROUND_ROBIN && ringSize > scanLimit) {
            least = new IndexedHeap();
            for (int k = 0; k < ringSize; k++) {
                least.add(ring[k].id, ring[k].outstanding, ring[k].lastPick);
            }
        }
    }

    void remove(Instance i) {
        int k = 0;
        while (ring[k] != i) {
            k++;
        }
        System.arraycopy(ring, k + 1, ring, k, ringSize - k - 1);
        ring[--ringSize] = null;
        if (ringNext > k) {
            ringNext--;
        }
        if (ringNext >= ringSize) {
            ringNext = 0;
        }
        if (least != null) {
            least.remove(i.id);
            if (ringSize <= scanLimit / 2 && scanLimit > 0) {
                least = null; // well below the limit: scanning again (the gap avoids flapping)
            }
        }
    }

    /**
     * The instance an arriving request goes to, or null when it waits at the balancer: under
     * central when no instance has a free slot (or others already wait), under any balancer when
     * no instance is routable. Call {@link #placed} once the request is there.
     */
    Instance choose(Instance[] byId, int slots) {
        if (ringSize == 0) {
            return null;
        }
        if (kind == Balancer.ROUND_ROBIN) {
            Instance i = ring[ringNext];
            if (++ringNext == ringSize) {
                ringNext = 0;
            }
            return i;
        }
        Instance best;
        if (least != null) {
            best = byId[least.peek()];
        } else {
            best = ring[0];
            int bestCount = best.outstanding;
            for (int k = 1; k < ringSize; k++) {
                Instance i = ring[k];
                int count = i.outstanding;
                if (count < bestCount || (count == bestCount && i.lastPick < best.lastPick)) {
                    best = i;
                    bestCount = count;
                }
            }
        }
        if (kind == Balancer.CENTRAL && (!shared.isEmpty() || best.inService >= slots)) {
            return null;
        }
        return best;
    }

    /** A request was placed on {@code i}: it is now the most recently picked. */
    void placed(Instance i) {
        i.lastPick = picks++;
        if (least != null) {
            least.update(i.id, i.outstanding, i.lastPick);
        }
    }

    /** An instance's outstanding count changed (a request finished, or it took one from the balancer's queue). */
    void changed(Instance i) {
        if (least != null && least.contains(i.id)) {
            least.update(i.id, i.outstanding, i.lastPick);
        }
    }
}
