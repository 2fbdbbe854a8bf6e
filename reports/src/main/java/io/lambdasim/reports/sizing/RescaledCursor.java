package io.lambdasim.reports.sizing;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.scale.ForwardingCursor;

/**
 * The trace as it would run at {@code memoryMb} under a calibrated duration model: each duration
 * is multiplied by the model's factor from the memory it was recorded at, and the row reports the
 * new memory, so the engine scales nothing further. One multiplication per row; a cache of the
 * last factor because rows mostly repeat a memory.
 */
final class RescaledCursor extends ForwardingCursor {
    private final InvocationCursor source;
    private final DurationModel model;
    private final int memoryMb;
    private final int fallbackReferenceMb;
    private final boolean referenceOverrides;
    private int lastReference = -1;
    private double lastFactor;

    /**
     * @param fallbackReferenceMb memory the durations were recorded at when a row does not say
     * @param referenceOverrides  true when that memory applies to every row (the user said so)
     */
    RescaledCursor(InvocationCursor source, DurationModel model, int memoryMb, int fallbackReferenceMb,
                   boolean referenceOverrides) {
        this.source = source;
        this.referenceOverrides = referenceOverrides;
        this.model = model;
        this.memoryMb = memoryMb;
        this.fallbackReferenceMb = fallbackReferenceMb;
    }

    @Override
    protected InvocationCursor delegate() {
        return source;
    }

    @Override
    public long durationUs() {
        int reference = referenceOverrides || source.memoryMb() <= 0 ? fallbackReferenceMb : source.memoryMb();
        if (reference != lastReference) {
            lastReference = reference;
            lastFactor = model.factor(reference, memoryMb);
        }
        return Math.round(source.durationUs() * lastFactor);
    }

    @Override
    public int memoryMb() {
        return memoryMb;
    }

    /** The row's observed billing no longer applies at another memory. */
    @Override
    public long billedUs() {
        return MISSING;
    }
}
