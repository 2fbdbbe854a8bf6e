package io.lambdasim.traces;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * One pass of summary statistics over a cursor (for {@code lambdasim trace stats}, the GUI's trace
 * panel and reports): count, functions, span, mean and peak rates, duration percentiles, observed
 * cold starts and memory sizes. Constant memory: rates come from counting consecutive 1 s and 60 s
 * buckets (the cursor is in start order), durations go into an HdrHistogram (4 significant digits,
 * so exact below 32.768 ms and within 0.05% above; percentiles report the lowest value of their
 * bucket, so a trace of round 250 ms durations shows 250 ms, not 250.1). Min and max are exact.
 *
 * @param invocations        invocations read
 * @param functions          distinct functions
 * @param firstStartUs       start of the first invocation (µs since trace start), 0 when empty
 * @param lastStartUs        start of the last invocation
 * @param peakPerSecond      most invocations starting in one calendar second of the trace
 * @param peakPerMinute      most invocations starting in one minute of the trace
 * @param durationsUs        duration percentiles in µs: keys p0 (min), p50, p90, p99, p99.9, p100 (max)
 * @param meanDurationUs     mean duration
 * @param observedColdStarts invocations with an INIT duration, or {@code null} when the source cannot tell
 * @param memorySizesMb      configured memory (MB) -> invocations; empty when the source has none
 * @param report             the reader's report
 */
public record TraceStats(
        long invocations,
        int functions,
        long firstStartUs,
        long lastStartUs,
        long peakPerSecond,
        long peakPerMinute,
        Map<String, Long> durationsUs,
        double meanDurationUs,
        Long observedColdStarts,
        Map<Integer, Long> memorySizesMb,
        TraceReport report) {

    /** Span from the first to the last start, seconds. */
    public double spanSeconds() {
        return (lastStartUs - firstStartUs) / 1e6;
    }

    /** Invocations per second over the span (the count when the span is zero). */
    public double meanPerSecond() {
        double span = spanSeconds();
        return span > 0 ? invocations / span : invocations;
    }

    public double meanPerMinute() {
        return meanPerSecond() * 60;
    }

    /** Reads {@code cursor} to the end. */
    public static TraceStats of(InvocationCursor cursor) {
        Histogram durations = new Histogram(4);
        long minDuration = Long.MAX_VALUE;
        long maxDuration = 0;
        double sumDuration = 0;
        long count = 0;
        long first = 0;
        long last = 0;
        long second = Long.MIN_VALUE;
        long inSecond = 0;
        long peakSecond = 0;
        long minute = Long.MIN_VALUE;
        long inMinute = 0;
        long peakMinute = 0;
        long cold = 0;
        long[] memoryCounts = new long[10_241]; // Lambda memory is 128..10,240 MB
        Map<Integer, Long> otherMemory = new TreeMap<>();
        while (cursor.next()) {
            long s = cursor.startUs();
            if (count == 0) {
                first = s;
            }
            last = s;
            count++;
            long sec = Math.floorDiv(s, 1_000_000L);
            if (sec != second) {
                second = sec;
                inSecond = 0;
            }
            peakSecond = Math.max(peakSecond, ++inSecond);
            long min = Math.floorDiv(s, 60_000_000L);
            if (min != minute) {
                minute = min;
                inMinute = 0;
            }
            peakMinute = Math.max(peakMinute, ++inMinute);
            long d = Math.max(0, cursor.durationUs());
            durations.recordValue(d);
            minDuration = Math.min(minDuration, d);
            maxDuration = Math.max(maxDuration, d);
            sumDuration += d;
            if (cursor.initUs() != InvocationCursor.MISSING) {
                cold++;
            }
            int mem = cursor.memoryMb();
            if (mem >= 0 && mem < memoryCounts.length) {
                memoryCounts[mem]++;
            } else if (mem != InvocationCursor.MISSING) {
                otherMemory.merge(mem, 1L, Long::sum);
            }
        }
        Map<Integer, Long> memory = new TreeMap<>(otherMemory);
        for (int mb = 0; mb < memoryCounts.length; mb++) {
            if (memoryCounts[mb] > 0) {
                memory.put(mb, memoryCounts[mb]);
            }
        }
        Map<String, Long> pct = new java.util.LinkedHashMap<>();
        if (count > 0) {
            pct.put("p0", minDuration);
            for (double p : new double[] {50, 90, 99, 99.9}) {
                long v = durations.lowestEquivalentValue(durations.getValueAtPercentile(p));
                pct.put("p" + (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)),
                        Math.max(minDuration, Math.min(maxDuration, v)));
            }
            pct.put("p100", maxDuration);
        }
        TraceReport report = cursor.report();
        Long coldStarts = report.carries(TraceField.INIT) ? Long.valueOf(cold) : null;
        return new TraceStats(count, cursor.functions().size(), first, last, peakSecond, peakMinute,
                Collections.unmodifiableMap(pct), count == 0 ? 0 : sumDuration / count, coldStarts,
                Collections.unmodifiableMap(memory), report);
    }
}
