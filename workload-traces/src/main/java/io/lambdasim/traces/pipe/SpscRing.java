package io.lambdasim.traces.pipe;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A bounded single-producer single-consumer queue of references, after JCTools'
 * {@code SpscArrayQueue}: a power-of-two array, the producer and consumer indices kept on separate
 * cache lines (slots 8 and 24 of a padded {@link AtomicLongArray}), released with ordered writes and
 * each side caching the other's index so a hand-off touches the shared line only when the cached
 * view says full (or empty). Non-blocking: {@link #offer} and {@link #poll} fail instead of
 * waiting; callers wait with a {@link Backoff}.
 *
 * <p>Used to pass whole {@link InvocationBlock}s, so its cost is spread over thousands of
 * invocations; it allocates nothing after construction.
 */
final class SpscRing<T> {

    private static final int PRODUCER = 8;
    private static final int CONSUMER = 24;

    private final Object[] slots;
    private final int mask;
    private final AtomicLongArray indices = new AtomicLongArray(32);
    private long producerIndex; // producer-owned copy
    private long cachedConsumer; // producer's view of the consumer index
    private long consumerIndex; // consumer-owned copy
    private long cachedProducer; // consumer's view of the producer index

    SpscRing(int capacity) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, got " + capacity);
        }
        slots = new Object[capacity];
        mask = capacity - 1;
    }

    /** Producer side: adds {@code e} unless the ring is full. */
    boolean offer(T e) {
        long p = producerIndex;
        if (p - cachedConsumer >= slots.length) {
            cachedConsumer = indices.get(CONSUMER);
            if (p - cachedConsumer >= slots.length) {
                return false;
            }
        }
        slots[(int) p & mask] = e;
        producerIndex = p + 1;
        indices.lazySet(PRODUCER, p + 1); // publishes the slot write above
        return true;
    }

    /** Consumer side: the oldest element, or null when the ring is empty. */
    @SuppressWarnings("unchecked")
    T poll() {
        long c = consumerIndex;
        if (c >= cachedProducer) {
            cachedProducer = indices.get(PRODUCER);
            if (c >= cachedProducer) {
                return null;
            }
        }
        int i = (int) c & mask;
        T e = (T) slots[i];
        slots[i] = null;
        consumerIndex = c + 1;
        indices.lazySet(CONSUMER, c + 1);
        return e;
    }
}
