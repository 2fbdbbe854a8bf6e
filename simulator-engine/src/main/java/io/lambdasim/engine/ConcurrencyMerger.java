package io.lambdasim.engine;

import java.util.Arrays;

/**
 * Adds up the groups' counts of a {@link ParallelSimulation} in the coupled run's event order,
 * window by window: the run's peak concurrency and peak of live environments, the timeline's
 * concurrency figures, and whether the account's concurrency was ever all taken (contention: then
 * the groups' results are not the coupled ones).
 *
 * <p>Events of different groups at the same time and kind ran in an order only the coupled run's
 * sequence numbers know. Where such a tie can change a maximum, the merger keeps a lower bound
 * (reached whatever the order) and an upper bound; the result is exact when no upper bound of a
 * tie exceeds the maximum found elsewhere ({@link #exact}). When every group only rises in the
 * tie (arrivals), the maximum is the sum at its end, whatever the order.
 */
final class ConcurrencyMerger {

    private final int groups;
    private final int accountLimit;
    private final TimelineRecorder timeline;
    private final int[] inflight;
    private final int[] alive;
    private final int[] claim;
    private final int[] provisionedMb;
    private long sumInflight;
    private long sumAlive;
    private long sumClaim;
    private long sumProvisionedMb;
    private long peakInflight;
    private long peakAlive;
    /** Upper bounds of ties that could not be settled (-1: none). */
    private long tiedInflight = -1;
    private long tiedAlive = -1;
    private long[] tiedBucketInflight = new long[0];
    private long[] tiedBucketAlive = new long[0];
    private boolean contention;
    private final int[] pos;
    // one tie's per-group figures (scratch)
    private final int[] end;
    private final int[] tieFrom;
    private final int[] tieTo;
    private final long[] bounds = new long[3];

    ConcurrencyMerger(int groups, int accountLimit, TimelineRecorder timeline) {
        this.groups = groups;
        this.accountLimit = accountLimit;
        this.timeline = timeline;
        inflight = new int[groups];
        alive = new int[groups];
        claim = new int[groups];
        provisionedMb = new int[groups];
        pos = new int[groups];
        end = new int[groups];
        tieFrom = new int[groups];
        tieTo = new int[groups];
    }

    /** Merges one window's logs (then clears them). */
    void merge(GroupLog[] logs) {
        Arrays.fill(pos, 0);
        while (true) {
            long t = Long.MAX_VALUE;
            int k = Integer.MAX_VALUE;
            int first = -1;
            int tied = 0;
            for (int g = 0; g < groups; g++) {
                GroupLog l = logs[g];
                if (pos[g] == l.size) {
                    continue;
                }
                long gt = l.time[pos[g]];
                int gk = l.kind[pos[g]];
                if (gt < t || (gt == t && gk < k)) {
                    t = gt;
                    k = gk;
                    first = g;
                    tied = 1;
                } else if (gt == t && gk == k) {
                    tied++;
                }
            }
            if (first < 0) {
                break;
            }
            if (tied == 1) {
                single(logs[first], first, t, k);
            } else {
                tie(logs, t, k);
            }
        }
        for (GroupLog l : logs) {
            l.clear();
        }
    }

    /** One group's events at (t, k): in its own order, as the coupled run saw them. */
    private void single(GroupLog l, int g, long t, int k) {
        int i = pos[g];
        while (i < l.size && l.time[i] == t && l.kind[i] == k) {
            sumInflight += l.inflight[i] - inflight[g];
            sumAlive += l.alive[i] - alive[g];
            sumClaim += l.claim[i] - claim[g];
            sumProvisionedMb += l.provisionedMb[i] - provisionedMb[g];
            inflight[g] = l.inflight[i];
            alive[g] = l.alive[i];
            claim[g] = l.claim[i];
            provisionedMb[g] = l.provisionedMb[i];
            peakInflight = Math.max(peakInflight, sumInflight);
            peakAlive = Math.max(peakAlive, sumAlive);
            if (sumClaim >= accountLimit) {
                contention = true;
            }
            if (timeline != null) {
                timeline.advance(t);
                timeline.state((int) sumInflight, (int) sumAlive, (int) sumProvisionedMb);
            }
            i++;
        }
        pos[g] = i;
    }

    /** Several groups' events at (t, k), interleaved in an order not known here: bounds. */
    private void tie(GroupLog[] logs, long t, int k) {
        int[] from = tieFrom;
        int[] to = tieTo;
        for (int g = 0; g < groups; g++) {
            GroupLog l = logs[g];
            int i = pos[g];
            from[g] = i;
            while (i < l.size && l.time[i] == t && l.kind[i] == k) {
                i++;
            }
            to[g] = i;
        }
        // Account concurrency: the largest sum any order could reach.
        long claimUpper = sumClaim;
        for (int g = 0; g < groups; g++) {
            int max = claim[g];
            for (int i = from[g]; i < to[g]; i++) {
                max = Math.max(max, logs[g].claim[i]);
            }
            claimUpper += max - claim[g];
        }
        if (claimUpper >= accountLimit) {
            contention = true;
        }
        bounds(logs, from, to, inflight, true);
        long lowInflight = bounds[0];
        long highInflight = bounds[1];
        long endInflight = bounds[2];
        bounds(logs, from, to, alive, false);
        long lowAlive = bounds[0];
        long highAlive = bounds[1];
        long endAlive = bounds[2];
        for (int g = 0; g < groups; g++) {
            if (to[g] > from[g]) {
                int last = to[g] - 1;
                GroupLog l = logs[g];
                sumClaim += l.claim[last] - claim[g];
                sumProvisionedMb += l.provisionedMb[last] - provisionedMb[g];
                inflight[g] = l.inflight[last];
                alive[g] = l.alive[last];
                claim[g] = l.claim[last];
                provisionedMb[g] = l.provisionedMb[last];
            }
            pos[g] = to[g];
        }
        sumInflight = endInflight;
        sumAlive = endAlive;
        peakInflight = Math.max(peakInflight, lowInflight);
        peakAlive = Math.max(peakAlive, lowAlive);
        if (highInflight > lowInflight) {
            tiedInflight = Math.max(tiedInflight, highInflight);
        }
        if (highAlive > lowAlive) {
            tiedAlive = Math.max(tiedAlive, highAlive);
        }
        if (timeline != null) {
            timeline.advance(t);
            timeline.state((int) lowInflight, (int) lowAlive, (int) sumProvisionedMb);
            timeline.state((int) endInflight, (int) endAlive, (int) sumProvisionedMb);
            int b = (int) (t / timeline.bucketUs());
            if (highInflight > lowInflight || highAlive > lowAlive) {
                if (b >= tiedBucketInflight.length) {
                    int n = Math.max(b + 1, tiedBucketInflight.length * 2);
                    tiedBucketInflight = grow(tiedBucketInflight, n);
                    tiedBucketAlive = grow(tiedBucketAlive, n);
                }
                tiedBucketInflight[b] = Math.max(tiedBucketInflight[b], highInflight > lowInflight ? highInflight : -1);
                tiedBucketAlive[b] = Math.max(tiedBucketAlive[b], highAlive > lowAlive ? highAlive : -1);
            }
        }
    }

    private static long[] grow(long[] a, int n) {
        int old = a.length;
        long[] b = Arrays.copyOf(a, n);
        Arrays.fill(b, old, n, -1);
        return b;
    }

    /**
     * Bounds of the largest sum of {@code level} after any event of the tie: into {@link #bounds}
     * the lower bound, the upper bound and the sum at the tie's end. The largest sum lies after an
     * event of some group g: g at its level then, every other group at one of its levels in the tie
     * (before it, or after one of its events). Lower: some g at its largest while every other is at
     * its smallest, or the end. Upper: some g at its largest while every other is at its largest.
     * When every group only rises, the end is the largest sum whatever the order; when every group
     * only falls, it is the sum after the first event, which is one of the groups' first events.
     */
    private void bounds(GroupLog[] logs, int[] from, int[] to, int[] level, boolean running) {
        long sum = running ? sumInflight : sumAlive;
        long sumEnd = sum;
        long sumMin = sum;
        long sumMax = sum;
        boolean rising = true;
        boolean falling = true;
        for (int g = 0; g < groups; g++) {
            int[] after = running ? logs[g].inflight : logs[g].alive;
            int before = level[g];
            int min = before;
            int max = before;
            int prev = before;
            for (int i = from[g]; i < to[g]; i++) {
                int v = after[i];
                rising &= v >= prev;
                falling &= v <= prev;
                prev = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            end[g] = prev;
            sumEnd += prev - before;
            sumMin += min - before;
            sumMax += max - before;
        }
        long lower = sumEnd;
        long upper = rising ? sumEnd : Long.MIN_VALUE;
        if (falling && !rising) {
            lower = Long.MAX_VALUE;
            for (int g = 0; g < groups; g++) {
                if (to[g] > from[g]) {
                    int[] after = running ? logs[g].inflight : logs[g].alive;
                    long first = sum + after[from[g]] - level[g];
                    lower = Math.min(lower, first);
                    upper = Math.max(upper, first);
                }
            }
        } else if (!rising) {
            for (int g = 0; g < groups; g++) {
                if (to[g] == from[g]) {
                    continue;
                }
                int[] after = running ? logs[g].inflight : logs[g].alive;
                int before = level[g];
                int min = before;
                int max = before;
                int maxAfter = Integer.MIN_VALUE;
                for (int i = from[g]; i < to[g]; i++) {
                    min = Math.min(min, after[i]);
                    max = Math.max(max, after[i]);
                    maxAfter = Math.max(maxAfter, after[i]);
                }
                lower = Math.max(lower, sumMin - min + maxAfter);
                upper = Math.max(upper, sumMax - max + maxAfter);
            }
        }
        bounds[0] = lower;
        bounds[1] = upper;
        bounds[2] = sumEnd;
    }

    /** The summed account concurrency reached the account limit at some point (or may have, at a tie). */
    boolean contention() {
        return contention;
    }

    /** Whether the peaks (run and timeline buckets) are exactly the coupled run's: no unsettled tie rises above them. */
    boolean exact() {
        if (tiedInflight > peakInflight || tiedAlive > peakAlive) {
            return false;
        }
        if (timeline != null) {
            for (int b = 0; b < tiedBucketInflight.length; b++) {
                if (tiedBucketInflight[b] > timeline.peakConcurrency(b) || tiedBucketAlive[b] > timeline.peakAlive(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    long peakInflight() {
        return peakInflight;
    }

    long peakAlive() {
        return peakAlive;
    }
}
