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
    /** Measured for the derived figures and the API; no writer shows it as such. */
    NONE(null);

    private final String jsonObject;

    MetricGroup(String jsonObject) {
        this.jsonObject = jsonObject;
    }

    /** The key of the JSON object holding the group's metrics; null for the top level. */
    public String jsonObject() {
        return jsonObject;
    }
}
