package io.lambdasim.traces.read;

import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Placement;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Status;
import io.lambdasim.traces.TraceException;
import io.lambdasim.traces.TraceField;
import io.lambdasim.traces.TraceReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reads the Azure Functions Trace 2019: {@code invocations_per_function_md.anon.dNN.csv} gives,
 * per function, how many invocations fell in each minute of the day; this reader turns the counts
 * into individual invocations, minute by minute, in start order.
 *
 * <ul>
 *   <li>Placement inside the minute: {@link Placement} (uniform, even, poisson). The dataset counts
 *       an invocation in the minute it finished; we place its start inside that minute (a
 *       simplification: a 30 s invocation may really have started in the minute before).</li>
 *   <li>Duration: drawn from the function's percentile curve (durations file) by a monotone
 *       piecewise-linear inverse CDF through (0, p0), (0.01, p1), (0.25, p25), (0.5, p50),
 *       (0.75, p75), (0.99, p99), (1, p100). Functions missing from the file get
 *       {@link ReadOptions#defaultDurationUs()} and are counted in the report.</li>
 *   <li>Memory: the app's AverageAllocatedMb divided by the number of its functions in the
 *       invocations file, rounded, at least 1 MB; MISSING when the app has no memory row, unless
 *       overridden. A share below 128 MB (Lambda's minimum in every era) is kept as the observed
 *       memory ({@link #maxMemoryUsedMb()}), simulated at 128 MB and counted in the report
 *       ({@link TraceReport#functionsBelowMinimumMemory()}).</li>
 *   <li>Trigger: http = sync; queue, event (Event Hub / Event Grid), storage = poll (a poller or
 *       event source delivers them); timer, orchestration = async; others = unknown.</li>
 * </ul>
 *
 * Memory: the counts are kept as varint (minute gap, count) pairs per function, so the footprint is
 * proportional to the non-zero cells of the file, never to the invocations; plus one minute of
 * invocations at a time. Deterministic for a seed: one random stream consumed in a fixed order.
 */
public final class Azure2019Reader extends BaseCursor {

    static final long MINUTE_US = 60_000_000L;
    static final int MINUTES_PER_DAY = 1440;
    /**
     * The smallest Lambda memory in every billing era (128 MB since the 2014 preview: 128..1,024,
     * later 128..1,536, 128..3,008 and 128..10,240 MB; shared/domain/lambda-billing.md, Limits).
     */
    static final int MIN_LAMBDA_MB = 128;
    /** A sanity bound: the whole 2019 trace peaks far below this per minute. */
    static final int MAX_PER_MINUTE = 50_000_000;
    private static final String[] HEAD = {"hashowner", "hashapp", "hashfunction", "trigger"};

    private final Placement placement;
    private final SplittableRandom random;
    private final int minutes;

    // Per row (function) of the counts file.
    private int rows;
    private int[] rowFid = new int[64];
    private int[] rowPos = new int[64];
    private int[] rowEnd = new int[64];
    private int[] rowNextMinute = new int[64];
    private int[] rowMem = new int[64];
    private int[] rowMaxMem = filled(64);
    private byte[] rowType = new byte[64];
    private long[][] rowCurve = new long[64][];
    private byte[] cells = new byte[4096];
    private int cellBytes;

    // The current minute's invocations, sorted through packed keys.
    private int minute = -1;
    private int count;
    private int cursor;
    private long[] keys = new long[1024];
    private int[] bufRow = new int[1024];
    private long[] bufDur = new long[1024];
    private double[] gaps = new double[64];
    static final int RADIX_BITS = 13;
    static final int RADIX_MIN = 512;
    private long[] sorted = new long[0];
    private final int[] radixCounts = new int[1 << RADIX_BITS];

    public Azure2019Reader(InputStream in, String file, Path path, ReadOptions options) {
        super(file, options, null);
        this.placement = options.placement();
        this.random = new SplittableRandom(options.seed());
        EnumSet<TraceField> present = EnumSet.of(TraceField.INVOCATION_TYPE);
        if (options.memoryMbOverride() != MISSING || options.memoryFile() != null
                || Azure2019Sidecars.beside(path, "app_memory_percentiles") != null) {
            present.add(TraceField.MEMORY);
        }
        setReport(new TraceReport("azure2019", present));
        Azure2019Sidecars sidecars = Azure2019Sidecars.load(path, options, report);
        Map<String, Integer> appFunctions = new HashMap<>();
        String[] rowApp;
        try (LineReader lines = new LineReader(in, file)) {
            minutes = header(lines);
            report.covered(minutes * 60_000_000L); // whole minutes of counts: a day for a dNN file
            rowApp = load(lines, appFunctions);
        }
        for (int r = 0; r < rows; r++) {
            String name = functions.name(rowFid[r]);
            rowCurve[r] = sidecars.durations.get(name);
            if (rowCurve[r] == null) {
                report.defaulted(name);
            }
            Double appMb = sidecars.appMemoryMb.get(rowApp[r]);
            if (appMb == null) {
                rowMem[r] = memory(MISSING);
                if (!sidecars.appMemoryMb.isEmpty()) {
                    report.withoutMemory();
                }
            } else {
                int share = (int) Math.max(1, Math.round(appMb / appFunctions.get(rowApp[r])));
                if (share < MIN_LAMBDA_MB) {
                    // Kept as what the function was observed to use; simulated at the smallest size
                    // every Lambda era allows, and counted, never silently replaced by a default.
                    rowMaxMem[r] = share;
                    report.belowMinimumMemory(name, share);
                    share = MIN_LAMBDA_MB;
                }
                rowMem[r] = memory(share);
            }
            rowNextMinute[r] = rowPos[r] < rowEnd[r] ? readVarint(r) - 1 : Integer.MAX_VALUE;
        }
        status = Status.UNKNOWN;
    }

    /** The Azure 2019 file of kind {@code prefix} for the same day beside {@code invocations}, or null. */
    public static Path besideFile(Path invocations, String prefix) {
        return Azure2019Sidecars.beside(invocations, prefix);
    }

    private int header(LineReader lines) {
        CsvFields f = new CsvFields();
        int n = lines.next() ? f.split(lines.buffer(), lines.start(), lines.end()) : 0;
        for (int i = 0; i < HEAD.length; i++) {
            if (n <= i || !f.text(i).equalsIgnoreCase(HEAD[i])) {
                throw bad(1, HEAD[i], "expected the Azure 2019 invocations header "
                        + "HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440");
            }
        }
        if (n == HEAD.length) {
            throw bad(1, null, "expected minute columns 1,2,...,1440 after Trigger");
        }
        // Minute columns are 1, 2, ... in order (a sample may stop early); a day has 1,440 minutes.
        if (n - HEAD.length > MINUTES_PER_DAY) {
            throw bad(1, null, "found " + (n - HEAD.length) + " minute columns after Trigger; a day has "
                    + MINUTES_PER_DAY + " (1,2,...,1440)");
        }
        for (int i = HEAD.length; i < n; i++) {
            String name = f.text(i).trim();
            String want = Integer.toString(i - HEAD.length + 1);
            if (!name.equals(want)) {
                throw bad(1, "column " + (i + 1), "expected minute column " + want + " (the header is "
                        + "HashOwner,HashApp,HashFunction,Trigger,1,2,...,1440), found '" + name + "'");
            }
        }
        return n - HEAD.length;
    }

    private String[] load(LineReader lines, Map<String, Integer> appFunctions) {
        CsvFields f = new CsvFields();
        String[] rowApp = new String[64];
        while (lines.next()) {
            if (lines.blank()) {
                continue;
            }
            int mark = cellBytes;
            try {
                byte[] b = lines.buffer();
                long line = lines.lineNumber();
                int n = f.split(b, lines.start(), lines.end());
                if (n != HEAD.length + minutes) {
                    throw bad(line, null, "expected " + (HEAD.length + minutes) + " fields as in the header, found " + n);
                }
                int type = trigger(f.text(3), line);
                int previous = -1;
                for (int m = 0; m < minutes; m++) {
                    int c = HEAD.length + m;
                    int v = Decimals.natural(b, f.start(c), f.end(c));
                    if (v < 0) {
                        throw bad(line, String.valueOf(m + 1), "expected a whole invocation count >= 0, found '"
                                + f.text(c) + "'");
                    }
                    if (v > 0) {
                        writeVarint(m - previous);
                        writeVarint(v);
                        previous = m;
                    }
                }
                if (rows == rowFid.length) {
                    growRows();
                    rowApp = Arrays.copyOf(rowApp, rowFid.length);
                }
                String app = f.text(1);
                rowApp[rows] = app;
                appFunctions.merge(app, 1, Integer::sum);
                rowFid[rows] = functions.intern(app + "/" + f.text(2));
                rowType[rows] = (byte) type;
                rowPos[rows] = mark;
                rowEnd[rows] = cellBytes;
                rows++;
                report.rowRead();
            } catch (TraceException e) {
                cellBytes = mark;
                badRow(e);
            } catch (io.lambdasim.traces.FunctionBudget.TooManyFunctions e) {
                throw e.at(file, lines.lineNumber()); // every row is read before the simulation starts: up front
            }
        }
        return rowApp;
    }

    private int trigger(String t, long line) {
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "http":
                return InvocationType.SYNC;
            case "queue": case "event": case "storage":
                return InvocationType.POLL;
            case "timer": case "orchestration":
                return InvocationType.ASYNC;
            case "others":
                return InvocationType.UNKNOWN;
            default:
                throw bad(line, "Trigger", "expected http, timer, event, queue, storage, orchestration or others, found '"
                        + t + "'");
        }
    }

    private void growRows() {
        int len = rowFid.length * 2;
        rowFid = Arrays.copyOf(rowFid, len);
        rowPos = Arrays.copyOf(rowPos, len);
        rowEnd = Arrays.copyOf(rowEnd, len);
        rowNextMinute = Arrays.copyOf(rowNextMinute, len);
        rowMem = Arrays.copyOf(rowMem, len);
        int old = rowMaxMem.length;
        rowMaxMem = Arrays.copyOf(rowMaxMem, len);
        Arrays.fill(rowMaxMem, old, len, MISSING);
        rowType = Arrays.copyOf(rowType, len);
        rowCurve = Arrays.copyOf(rowCurve, len);
    }

    /** LEB128: 7 bits per byte, high bit = more; minute gaps and most counts fit one byte. */
    private void writeVarint(int v) {
        if (cellBytes + 5 > cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
        }
        while ((v & ~0x7f) != 0) {
            cells[cellBytes++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        cells[cellBytes++] = (byte) v;
    }

    private int readVarint(int row) {
        int v = 0;
        int shift = 0;
        int p = rowPos[row];
        while (true) {
            byte x = cells[p++];
            v |= (x & 0x7f) << shift;
            if (x >= 0) {
                break;
            }
            shift += 7;
        }
        rowPos[row] = p;
        return v;
    }

    @Override
    public boolean next() {
        while (cursor == count) {
            if (++minute >= minutes) {
                return false;
            }
            fillMinute();
        }
        long key = keys[cursor++];
        int i = (int) key; // low 32 bits: the buffer index
        int r = bufRow[i];
        functionId = rowFid[r];
        startUs = minute * MINUTE_US + (key >>> 32);
        durationUs = bufDur[i];
        memoryMb = rowMem[r];
        maxMemoryUsedMb = rowMaxMem[r];
        invocationType = rowType[r];
        return true;
    }

    /** Places every invocation of {@link #minute}, then sorts them by start. */
    private void fillMinute() {
        count = 0;
        cursor = 0;
        for (int r = 0; r < rows; r++) {
            if (rowNextMinute[r] != minute) {
                continue;
            }
            int n = readVarint(r);
            if ((long) count + n > MAX_PER_MINUTE) {
                throw bad(0, String.valueOf(minute + 1), "more than " + MAX_PER_MINUTE
                        + " invocations in one minute: not a plausible trace");
            }
            ensure(count + n);
            place(r, n);
            rowNextMinute[r] = rowPos[r] < rowEnd[r] ? minute + readVarint(r) : Integer.MAX_VALUE;
        }
        // Key = offset in the minute (µs < 2^26) << 32 | buffer index: sorting the keys orders by
        // start and keeps ties in placement order.
        sortKeys();
    }

    /**
     * Sorts {@code keys[0..count)} ascending. Above a few hundred keys by a stable two-pass LSD radix
     * sort on the 26-bit offset (13 bits a pass): the keys are in index order before the sort, so a
     * stable sort by offset gives exactly the order of a full sort, in two linear passes instead of
     * n log n comparisons (a busy minute of a whole Azure day holds about 700,000 invocations).
     */
    private void sortKeys() {
        if (count >= RADIX_MIN && sorted.length < keys.length) {
            sorted = new long[keys.length];
        }
        sortKeys(keys, sorted, count, radixCounts);
    }

    /**
     * Sorts {@code keys[0..n)} (offset &lt;&lt; 32 | index, indices ascending before the sort)
     * ascending. Above a few hundred keys by a stable two-pass LSD radix sort on the 26-bit offset
     * (13 bits a pass): since the keys arrive in index order, a stable sort by offset gives exactly
     * the order of a full sort, in two linear passes instead of n log n comparisons (a busy minute
     * of a whole Azure day holds about 700,000 invocations).
     */
    static void sortKeys(long[] keys, long[] scratch, int n, int[] counts) {
        if (n < RADIX_MIN) {
            Arrays.sort(keys, 0, n);
            return;
        }
        radixPass(keys, scratch, n, 32, counts);
        radixPass(scratch, keys, n, 32 + RADIX_BITS, counts);
    }

    private static void radixPass(long[] from, long[] to, int n, int shift, int[] c) {
        Arrays.fill(c, 0);
        int mask = (1 << RADIX_BITS) - 1;
        for (int i = 0; i < n; i++) {
            c[(int) (from[i] >>> shift) & mask]++;
        }
        int sum = 0;
        for (int b = 0; b < c.length; b++) {
            int k = c[b];
            c[b] = sum;
            sum += k;
        }
        for (int i = 0; i < n; i++) {
            long k = from[i];
            to[c[(int) (k >>> shift) & mask]++] = k;
        }
    }

    private void place(int r, int n) {
        long[] curve = rowCurve[r];
        if (placement == Placement.POISSON) {
            if (gaps.length < n + 1) {
                gaps = new double[n + 1];
            }
            double total = 0;
            for (int k = 0; k <= n; k++) {
                total += -Math.log(1.0 - random.nextDouble());
                gaps[k] = total;
            }
            for (int k = 0; k < n; k++) {
                add(r, (long) (gaps[k] / total * MINUTE_US), curve);
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            long offset = placement == Placement.EVEN
                    ? (2L * k + 1) * MINUTE_US / (2L * n)
                    : (long) (random.nextDouble() * MINUTE_US);
            add(r, offset, curve);
        }
    }

    private void add(int r, long offset, long[] curve) {
        int i = count++;
        keys[i] = (Math.min(offset, MINUTE_US - 1) << 32) | i;
        bufRow[i] = r;
        bufDur[i] = curve == null ? options.defaultDurationUs() : draw(curve, random.nextDouble());
    }

    /** Inverse CDF: linear between the published percentile points. */
    static long draw(long[] curve, double u) {
        double[] q = Azure2019Sidecars.QUANTILES;
        int k = 0;
        while (k < q.length - 2 && u >= q[k + 1]) {
            k++;
        }
        double w = (u - q[k]) / (q[k + 1] - q[k]);
        return Math.round(curve[k] + (curve[k + 1] - curve[k]) * w);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, MISSING);
        return a;
    }

    private void ensure(int n) {
        if (n > keys.length) {
            int len = Math.max(n, keys.length * 2);
            keys = Arrays.copyOf(keys, len);
            bufRow = Arrays.copyOf(bufRow, len);
            bufDur = Arrays.copyOf(bufDur, len);
        }
    }

    @Override
    public void close() {
        // The counts file was read whole at open and is already closed.
    }
}
