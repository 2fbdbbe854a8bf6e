package io.lambdasim.reports.uncertainty;

/** The inputs a figure can be uncertain over, as the sensitivity table names them. */
public enum UncertainInput {
    KEEP_ALIVE("keep-alive"),
    INIT("INIT"),
    CPU_FRACTION("CPU-bound share");

    private final String label;

    UncertainInput(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
