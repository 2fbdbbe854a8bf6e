package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * Places requests on the routable instances by the configured {@link Balancer}, and holds the
 * shared queue: {@link Balancer#CENTRAL}'s, or anyone's while no instance is routable.
 *
 * <p>Least-outstanding and central keep the routable instances in an indexed heap by
 * {@code (outstanding requests, sequence number of the last pick)}: the least loaded instance is at
 * the top, and among equals the one picked least long ago, so ties rotate instead of piling onto
 * one instance. Round robin keeps them in a ring, in the order they became routable. Each
 * placement or count change is {@code O(log n)} (least-outstanding, central) or {@code O(1)}.
 */
final class LoadBalancer {
    static final int NONE = -1;

    private final Balancer kind;
    private final IndexedHeap least = new IndexedHeap();
    private int[] ring = new int[8];
    private int ringSize;
    private int ringNext;
    private long picks;

    /** Requests waiting at the balancer, first come first served. */
    final RequestQueue shared = new RequestQueue();

    LoadBalancer(Balancer kind) {
        this.kind = kind;
    }

    Balancer kind() {
        return kind;
    }

    int routable() {
        return kind == Balancer.ROUND_ROBIN ? ringSize : least.size();
    }

    void add(Instance i) {
        if (kind == Balancer.ROUND_ROBIN) {
            if (ringSize == ring.length) {
                ring = Arrays.copyOf(ring, ringSize * 2);
            }
            ring[ringSize++] = i.id;
        } else {
            least.add(i.id, i.outstanding(), picks++);
        }
    }

    void remove(Instance i) {
        if (kind == Balancer.ROUND_ROBIN) {
            int k = 0;
            while (ring[k] != i.id) {
                k++;
            }
            System.arraycopy(ring, k + 1, ring, k, ringSize - k - 1);
            ringSize--;
            if (ringNext > k) {
                ringNext--;
            }
            if (ringNext >= ringSize) {
                ringNext = 0;
            }
        } else {
            least.remove(i.id);
        }
    }

    /**
     * The id of the instance an arriving request goes to, or {@link #NONE} when it waits at the
     * balancer: under central when no instance has a free slot (or others already wait), under any
     * balancer when no instance is routable. Call {@link #placed} once the request is there.
     */
    int choose(Instance[] byId, int slots) {
        if (kind == Balancer.ROUND_ROBIN) {
            if (ringSize == 0) {
                return NONE;
            }
            int id = ring[ringNext];
            if (++ringNext == ringSize) {
                ringNext = 0;
            }
            return id;
        }
        if (least.size() == 0) {
            return NONE;
        }
        int id = least.peek();
        if (kind == Balancer.CENTRAL && (!shared.isEmpty() || byId[id].inService >= slots)) {
            return NONE;
        }
        return id;
    }

    /** A request was placed on {@code i}: re-sort it, as the most recently picked among equals. */
    void placed(Instance i) {
        if (kind != Balancer.ROUND_ROBIN && least.contains(i.id)) {
            least.update(i.id, i.outstanding(), picks++);
        }
    }

    /** An instance's outstanding count changed: re-sort it (no-op for round robin and for non-routable ones). */
    void changed(Instance i) {
        if (kind != Balancer.ROUND_ROBIN && least.contains(i.id)) {
            least.update(i.id, i.outstanding(), least.tie(i.id));
        }
    }
}
