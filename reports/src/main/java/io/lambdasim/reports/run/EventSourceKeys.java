package io.lambdasim.reports.run;

import io.lambdasim.engine.source.SourceKind;
import io.lambdasim.engine.source.SourceSettings;

/**
 * The event-source settings (declared in {@code Settings}, group "Event source", and the async
 * ones; docs/event-sources.md) onto the engine's {@link SourceSettings}: one mapping from typed
 * values, for the scenario's settings and for a functions file's rows alike.
 */
final class EventSourceKeys {

    private EventSourceKeys() {
    }

    /**
     * Sets {@code key}'s typed {@code value} (as its setting parsed it) on {@code b}; false, and
     * nothing set, when {@code key} is not one of these settings. The engine's records check the
     * ranges again and name the value and the range.
     */
    static boolean apply(SourceSettings.Builder b, String key, Object value) {
        switch (key) {
            case "source": b.source(SourceKind.parse((String) value)); return true;
            case "batch_size": b.batchSize((Integer) value); return true;
            case "batch_window": b.batchWindowUs((Long) value); return true;
            case "max_concurrency": b.maxConcurrency((Integer) value); return true;
            case "visibility_timeout": b.visibilityTimeoutUs((Long) value); return true;
            case "max_receive": b.maxReceive((Integer) value); return true;
            case "shards": b.shards((Integer) value); return true;
            case "parallelization": b.parallelization((Integer) value); return true;
            case "max_retries": b.maxRetries((Integer) value); return true;
            case "max_record_age": b.maxRecordAgeUs((Long) value); return true;
            case "bisect_on_error": b.bisectOnError((Boolean) value); return true;
            case "per_message": b.perMessage((Double) value); return true;
            case "async_retries": b.asyncRetries((Integer) value); return true;
            case "max_event_age": b.maxEventAgeUs((Long) value); return true;
            default: return false;
        }
    }
}
