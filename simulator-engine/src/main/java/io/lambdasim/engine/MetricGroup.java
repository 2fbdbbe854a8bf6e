package io.lambdasim.engine;

/**
 * Where a {@link Metric} belongs in the scenario JSON: at the top level or in one of its objects.
 * Writers that have no groups (flat tables) ignore it.
 */
public enum MetricGroup {
    /** At the top level of the scenario object. */
    TOP(null),
    ENVIRONMENTS("environments"),
    LATENCY("latencyMs"),
    BILLING("billing"),
    /** What the trace itself recorded; written only when the trace carries it. */
    OBSERVED("observed"),
    /** Event sources: totals over the functions that have a queue or a stream (issue 18). */
    SOURCES("sources"),
    /** Inside {@link #SOURCES}: how long messages waited (iterator age for streams). */
    QUEUE_AGE("queueAgeMs", SOURCES),
    /** Measured for the derived figures and the API; no writer shows it as such. */
    NONE(null);

    private final String jsonObject;
    private final MetricGroup parent;

    MetricGroup(String jsonObject) {
        this(jsonObject, null);
    }

    MetricGroup(String jsonObject, MetricGroup parent) {
        this.jsonObject = jsonObject;
        this.parent = parent;
    }

    /** The key of the JSON object holding the group's metrics; null for the top level. */
    public String jsonObject() {
        return jsonObject;
    }

    /** The group whose object holds this group's object; null when it sits at the top level. */
    public MetricGroup parent() {
        return parent;
    }
}
