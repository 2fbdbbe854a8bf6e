package io.lambdasim.engine.queue;

import java.util.Arrays;

/**
 * A timing wheel (calendar queue) for near-term events, with a {@link DaryHeapEventQueue} behind it
 * for everything the wheel cannot hold. Same ordering as the heap: {@code time}, then
 * {@code kind << 56 | sequence}.
 *
 * <p>Why: the simulator's completions are all due within a few seconds of now (now + duration), and
 * a heap of ~100 of them costs a sift of several levels, each a 4-way compare with unpredictable
 * branches, per removal. Here time is cut into buckets of 2^{@value #BUCKET_SHIFT} µs (about 1 ms);
 * {@value #SLOTS} slots cover about 4.2 s ahead of the wheel's origin. An entry goes to the slot of its
 * bucket, into a short list kept sorted by (time, order) (at 1,000 events/s about one entry per
 * bucket, so the sorted insert is one or two compares), and a bitmap of non-empty slots finds the
 * next bucket with one {@code numberOfTrailingZeros} per 64 slots, so a sparse wheel (10 events/s) is
 * still cheap to advance.
 *
 * <p>Correctness does not depend on the wheel's assumptions: an entry outside the window
 * {@code [origin, origin + SLOTS)} buckets (too far ahead, earlier than the origin, negative time) goes to
 * the heap, and the first entry is the smaller of the wheel's first and the heap's first under the
 * same (time, order) key with one shared sequence, so the pair behaves exactly like one heap. The origin
 * only moves forward to the bucket of an entry just removed from the wheel (every entry left in the wheel
 * is ordered after it, hence in that bucket or later), or to the bucket of an entry added to an empty wheel.
 */
public final class TimingWheelEventQueue implements EventQueue {

    private static final int KIND_SHIFT = 56;
    private static final long SEQUENCE_MASK = (1L << KIND_SHIFT) - 1;
    /** Bucket width 2^10 µs = 1.024 ms: about one completion per bucket at 1,000 invocations/s. */
    static final int BUCKET_SHIFT = 10;
    /** 4,096 buckets: a 4.2 s window, beyond all but a sliver of exp(100 ms) durations. */
    static final int SLOTS = 1 << 12;
    private static final int SLOT_MASK = SLOTS - 1;
    private static final int WORDS = SLOTS / 64;
    private static final int NONE = -1;

    // Nodes: parallel primitive arrays, a free list threaded through next[] (no allocation per entry).
    private long[] times = new long[256];
    private long[] orders = new long[256];
    private int[] payloads = new int[256];
    private int[] next = new int[256];
    private int freeHead = NONE;
    private int used;

    /** First node of each slot's list, sorted by (time, order); NONE when the slot is empty. */
    private final int[] heads = new int[SLOTS];
    /** Bit i set when slot i is non-empty. */
    private final long[] occupied = new long[WORDS];
    /** Absolute bucket number (time >> BUCKET_SHIFT) of the window's start. */
    private long originBucket;
    private int wheelSize;
    /** The wheel's first node, kept up to date so peeks are loads, not searches; NONE when empty. */
    private int first = NONE;

    private final DaryHeapEventQueue far = DaryHeapEventQueue.quaternary();
    private long sequence;

    public TimingWheelEventQueue() {
        Arrays.fill(heads, NONE);
    }

    @Override
    public void add(long timeUs, int kind, int payload) {
        if (kind < 0 || kind > MAX_KIND) {
            throw new IllegalArgumentException("kind " + kind + " outside 0.." + MAX_KIND);
        }
        long order = ((long) kind << KIND_SHIFT) | (sequence++ & SEQUENCE_MASK);
        long bucket = timeUs >> BUCKET_SHIFT;
        if (wheelSize == 0 && timeUs >= 0) {
            originBucket = bucket; // an empty wheel can start its window anywhere
        }
        // Unsigned compare: one test rejects both buckets before the origin and beyond the window.
        if (timeUs < 0 || Long.compareUnsigned(bucket - originBucket, SLOTS) >= 0) {
            far.addOrdered(timeUs, order, payload);
            return;
        }
        int node = allocate();
        times[node] = timeUs;
        orders[node] = order;
        payloads[node] = payload;
        int slot = (int) bucket & SLOT_MASK;
        int prev = NONE;
        int cur = heads[slot];
        while (cur != NONE && before(cur, timeUs, order)) {
            prev = cur;
            cur = next[cur];
        }
        next[node] = cur;
        if (prev == NONE) {
            heads[slot] = node;
        } else {
            next[prev] = node;
        }
        occupied[slot >>> 6] |= 1L << slot; // Java masks the shift count to its low 6 bits
        wheelSize++;
        if (first == NONE || !before(first, timeUs, order)) {
            first = node;
        }
    }

    /** Whether node {@code n} orders before (time, order). */
    private boolean before(int n, long time, long order) {
        long t = times[n];
        return t < time || (t == time && orders[n] < order);
    }

    private int allocate() {
        int n = freeHead;
        if (n != NONE) {
            freeHead = next[n];
            return n;
        }
        if (used == times.length) {
            int capacity = used * 2;
            times = Arrays.copyOf(times, capacity);
            orders = Arrays.copyOf(orders, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
            next = Arrays.copyOf(next, capacity);
        }
        return used++;
    }

    /** Whether the overall first entry is the wheel's (else the heap's; the queue must not be empty). */
    private boolean wheelFirst() {
        if (first == NONE) {
            return false;
        }
        if (far.isEmpty()) {
            return true;
        }
        return before(first, far.peekTime(), far.peekOrder());
    }

    @Override
    public boolean isEmpty() {
        return wheelSize == 0 && far.isEmpty();
    }

    @Override
    public int size() {
        return wheelSize + far.size();
    }

    @Override
    public long peekTime() {
        if (first != NONE && far.isEmpty()) {
            return times[first]; // the common case: one load
        }
        if (first == NONE) {
            return far.peekTime();
        }
        return wheelFirst() ? times[first] : far.peekTime();
    }

    @Override
    public int peekKind() {
        return wheelFirst() ? (int) (orders[first] >>> KIND_SHIFT) : far.peekKind();
    }

    @Override
    public int peekPayload() {
        return wheelFirst() ? payloads[first] : far.peekPayload();
    }

    @Override
    public void removeFirst() {
        if (!wheelFirst()) {
            far.removeFirst();
            return;
        }
        int n = first;
        long bucket = times[n] >> BUCKET_SHIFT;
        int slot = (int) bucket & SLOT_MASK;
        // The first node is the head of its slot: its bucket is the earliest non-empty one and the
        // list is sorted.
        int rest = next[n];
        heads[slot] = rest;
        next[n] = freeHead;
        freeHead = n;
        wheelSize--;
        originBucket = bucket; // everything left in the wheel orders after n, so lies in this bucket or later
        if (rest != NONE) {
            first = rest;
            return;
        }
        occupied[slot >>> 6] &= ~(1L << slot);
        first = wheelSize == 0 ? NONE : heads[nextOccupied(slot)];
    }

    /**
     * The first non-empty slot at or after {@code start}, going round the wheel (there is one).
     * Circular slot order from the origin's slot is bucket order, since the wheel spans fewer than
     * SLOTS buckets; the start word is visited twice, first from {@code start} up, last whole (its
     * low bits are then the window's last buckets).
     */
    private int nextOccupied(int start) {
        int w = start >>> 6;
        long word = occupied[w] & (-1L << start);
        for (int i = 0; i <= WORDS; i++) {
            if (word != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(word);
            }
            w = (w + 1) & (WORDS - 1);
            word = occupied[w];
        }
        throw new IllegalStateException("wheel of " + wheelSize + " entries has no occupied slot");
    }

    @Override
    public void clear() {
        Arrays.fill(heads, NONE);
        Arrays.fill(occupied, 0L);
        freeHead = NONE;
        used = 0;
        wheelSize = 0;
        first = NONE;
        originBucket = 0;
        sequence = 0;
        far.clear();
    }
}
