package io.lambdasim.traces;

/**
 * The optional fields of an invocation, beyond function, start and duration which every source
 * carries. A reader says which of them its source can carry ({@link TraceReport#fields()}), so a
 * consumer can tell "absent in this row" (e.g. no INIT: a warm start) from "this source cannot tell"
 * (e.g. Azure traces know nothing about cold starts).
 */
public enum TraceField {
    MEMORY("memory_mb"),
    INIT("init_ms"),
    MAX_MEMORY("max_memory_mb"),
    STATUS("status"),
    INVOCATION_TYPE("invocation_type"),
    BILLED("billed_ms"),
    PAYLOAD("payload_bytes"),
    ENVIRONMENT("environment"),
    /**
     * The part of the INIT AWS billed: SnapStart's Billed Restore Duration. Last, so that the
     * ordinals (the lambdasim-bin column bits) of the fields before it never change.
     */
    INIT_BILLED("init_billed_ms"),
    /**
     * A stream record's partition key ({@link PartitionKey}): carried as the top 63 bits of its MD5,
     * so the native CSV writer cannot write it back (it leaves the column out); the binary cache keeps it.
     */
    PARTITION_KEY("partition_key");

    private final String column;

    TraceField(String column) {
        this.column = column;
    }

    /** The column name in the native {@code lambdasim-csv} format. */
    public String column() {
        return column;
    }

    /** The field whose native column is {@code name}, or {@code null}. */
    public static TraceField ofColumn(String name) {
        for (TraceField f : values()) {
            if (f.column.equals(name)) {
                return f;
            }
        }
        return null;
    }
}
