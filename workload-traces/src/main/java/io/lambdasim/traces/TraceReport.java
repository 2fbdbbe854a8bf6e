package io.lambdasim.traces;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader did besides producing invocations, so nothing is dropped silently: rows read,
 * rows skipped (with the first few positions and reasons), functions given a default duration,
 * and which optional fields the source can carry. Filled by the reader while it reads; read it
 * after the cursor is exhausted for final counts.
 */
public final class TraceReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** How many skipped-row messages are kept; the count goes on. */
    public static final int KEPT_POSITIONS = 5;

    private final String format;
    private final EnumSet<TraceField> fields;
    private long rowsRead;
    private long rowsSkipped;
    private final List<String> firstSkipped = new ArrayList<>();
    private final List<String> defaultedFunctions = new ArrayList<>();
    private int functionsDefaulted;
    private int functionsWithoutMemory;
    private int functionsBelowMinimumMemory;
    private final List<String> belowMinimumMemory = new ArrayList<>();
    private int maxBuffered;
    private long coveredUs = InvocationCursor.MISSING;

    public TraceReport(String format, Set<TraceField> fields) {
        this.format = format;
        this.fields = fields.isEmpty() ? EnumSet.noneOf(TraceField.class) : EnumSet.copyOf(fields);
    }

    /** A report for cursors that keep none (e.g. replays). */
    public static TraceReport none() {
        return new TraceReport("none", EnumSet.noneOf(TraceField.class));
    }

    public String format() {
        return format;
    }

    /** The optional fields this source can carry; a missing value in a row of such a field is meaningful. */
    public Set<TraceField> fields() {
        return Collections.unmodifiableSet(fields);
    }

    public boolean carries(TraceField field) {
        return fields.contains(field);
    }

    /** Source rows (lines, log events, minute cells) that produced invocations or were skipped. */
    public long rowsRead() {
        return rowsRead;
    }

    public long rowsSkipped() {
        return rowsSkipped;
    }

    /** The first {@value #KEPT_POSITIONS} skipped rows: "file:line [field]: reason". */
    public List<String> firstSkipped() {
        return Collections.unmodifiableList(firstSkipped);
    }

    /** Azure 2019: functions missing from the durations file, given the default duration. */
    public int functionsDefaulted() {
        return functionsDefaulted;
    }

    /** The first few of {@link #functionsDefaulted()} by name. */
    public List<String> defaultedFunctions() {
        return Collections.unmodifiableList(defaultedFunctions);
    }

    /** Azure 2019: functions whose app is missing from the memory file (memory left MISSING). */
    public int functionsWithoutMemory() {
        return functionsWithoutMemory;
    }

    /**
     * Azure 2019: functions whose share of their app's memory is below Lambda's 128 MB minimum:
     * kept as their observed memory, simulated at 128 MB.
     */
    public int functionsBelowMinimumMemory() {
        return functionsBelowMinimumMemory;
    }

    /** The first few of {@link #functionsBelowMinimumMemory()}, as "name (N MB)". */
    public List<String> belowMinimumMemory() {
        return Collections.unmodifiableList(belowMinimumMemory);
    }

    /** Peak number of rows held in the reorder buffer (0 for sources read in order). */
    public int maxBuffered() {
        return maxBuffered;
    }

    /**
     * The period the source covers, µs, when the source knows it (a generated workload's horizon,
     * the whole day of an Azure 2019 file), else {@link InvocationCursor#MISSING}: usage measured
     * over it is projected to a month, so a nightly job in a one-day trace counts once a day, not
     * once in the two hours to its last completion.
     */
    public long coveredUs() {
        return coveredUs;
    }

    // ---- written by readers ----

    public void covered(long us) {
        coveredUs = us;
    }

    public void rowRead() {
        rowsRead++;
    }

    public void rowsRead(long n) {
        rowsRead += n;
    }

    public void skipped(TraceException e) {
        rowsSkipped++;
        if (firstSkipped.size() < KEPT_POSITIONS) {
            firstSkipped.add(e.getMessage());
        }
    }

    public void defaulted(String function) {
        functionsDefaulted++;
        if (defaultedFunctions.size() < KEPT_POSITIONS) {
            defaultedFunctions.add(function);
        }
    }

    public void belowMinimumMemory(String function, int observedMb) {
        functionsBelowMinimumMemory++;
        fields.add(TraceField.MAX_MEMORY);
        if (belowMinimumMemory.size() < KEPT_POSITIONS) {
            belowMinimumMemory.add(function + " (" + observedMb + " MB)");
        }
    }

    public void withoutMemory() {
        functionsWithoutMemory++;
    }

    public void buffered(int size) {
        if (size > maxBuffered) {
            maxBuffered = size;
        }
    }

    @Override
    public String toString() {
        return "TraceReport[format=" + format + ", rowsRead=" + rowsRead + ", rowsSkipped=" + rowsSkipped
                + ", functionsDefaulted=" + functionsDefaulted + ", functionsBelowMinimumMemory=" + functionsBelowMinimumMemory + "]";
    }
}
