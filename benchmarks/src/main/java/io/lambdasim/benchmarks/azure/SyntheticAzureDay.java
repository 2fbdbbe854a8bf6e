package io.lambdasim.benchmarks.azure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic day of the Azure Functions Trace 2019 in the real file layout, so the scale
 * benchmarks run on the shape of the real inputs without shipping (or downloading) them:
 * <ul>
 *   <li>{@code invocations_per_function_md.anon.dNN.csv}: HashOwner,HashApp,HashFunction,Trigger,1..1440</li>
 *   <li>{@code function_durations_percentiles.anon.dNN.csv}: Average,Count,Minimum,Maximum,percentile_Average_{0,1,25,50,75,99,100} (ms)</li>
 *   <li>{@code app_memory_percentiles.anon.dNN.csv}: SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct{1,5,25,50,75,95,99,100}</li>
 * </ul>
 * Defaults are the real day 1: 46,413 functions and about 893 million invocations.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.lambdasim.benchmarks.azure.SyntheticAzureDay --out /tmp/azure-day
 * </pre>
 * Options: {@code --functions N}, {@code --invocations N}, {@code --seed S}, {@code --day D},
 * {@code --replace} (replace files of the same names; otherwise an existing file is an error).
 * Each file is written to a temporary file in the target folder and moved into place.
 */
public final class SyntheticAzureDay {

    /** Published percentile points as standard-normal quantiles; 0 and 100 as ±3.09 (0.1% / 99.9%). */
    private static final double[] Z = {-3.09, -2.326, -0.674, 0.0, 0.674, 2.326, 3.09};
    private static final double[] MEMORY_Z = {-2.326, -1.645, -0.674, 0.0, 0.674, 1.645, 2.326, 3.09};

    /** Day 1 of the real trace: 46,413 functions, about 893 million invocations. */
    static final int DEFAULT_FUNCTIONS = 46_413;
    static final double DEFAULT_INVOCATIONS = 893e6;
    static final long DEFAULT_SEED = 2019;

    private final DayPopulation day;
    private final long seed;
    private final long[] realised;

    SyntheticAzureDay(int functions, double invocations, long seed) {
        this.day = new DayPopulation(functions, invocations, seed);
        this.seed = seed;
        this.realised = new long[functions];
    }

    public static void main(String[] args) {
        Path out = null;
        int functions = DEFAULT_FUNCTIONS;
        double invocations = DEFAULT_INVOCATIONS;
        long seed = DEFAULT_SEED;
        int dayNumber = 1;
        boolean replace = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out": out = Path.of(args[++i]); break;
                    case "--functions": functions = Integer.parseInt(args[++i]); break;
                    case "--invocations": invocations = Double.parseDouble(args[++i]); break;
                    case "--seed": seed = Long.parseLong(args[++i]); break;
                    case "--day": dayNumber = Integer.parseInt(args[++i]); break;
                    case "--replace": replace = true; break;
                    default: throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (out == null || functions < 1 || !(invocations >= functions) || dayNumber < 1 || dayNumber > 99) {
                throw new IllegalArgumentException("expected --out DIR [--functions N>=1] [--invocations N>=functions] "
                        + "[--seed S] [--day 1..99] [--replace]");
            }
            Files.createDirectories(out);
            SyntheticAzureDay g = new SyntheticAzureDay(functions, invocations, seed);
            long total = g.writeAll(out, dayNumber, replace);
            System.out.printf(Locale.ROOT, "wrote %,d functions in %,d apps, %,d invocations, to %s%n",
                    functions, g.day.apps, total, out);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("SyntheticAzureDay: " + e.getMessage());
            System.exit(2);
        }
    }

    /** The default day (46,413 functions, about 893 M invocations, seed 2019) as day 1 in {@code dir}, for benchmarks. */
    public static long write(Path dir) throws IOException {
        return new SyntheticAzureDay(DEFAULT_FUNCTIONS, DEFAULT_INVOCATIONS, DEFAULT_SEED).writeAll(dir, 1, true);
    }

    /** Writes the three files for day {@code dayNumber}; returns the invocations written. */
    long writeAll(Path dir, int dayNumber, boolean replace) throws IOException {
        String d = String.format(Locale.ROOT, "d%02d", dayNumber);
        long total = write(dir.resolve("invocations_per_function_md.anon." + d + ".csv"), replace, this::invocations);
        write(dir.resolve("function_durations_percentiles.anon." + d + ".csv"), replace, this::durations);
        write(dir.resolve("app_memory_percentiles.anon." + d + ".csv"), replace, this::memory);
        return total;
    }

    private interface Content {
        long writeTo(OutputStream out) throws IOException;
    }

    private static long write(Path target, boolean replace, Content content) throws IOException {
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " exists; pass --replace to replace it");
        }
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".tmp");
        try {
            long n;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                n = content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private long invocations(OutputStream out) throws IOException {
        StringBuilder head = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
        for (int m = 1; m <= MinuteCounts.MINUTES; m++) {
            head.append(',').append(m);
        }
        out.write(head.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eed_c0deL);
        int[] counts = new int[MinuteCounts.MINUTES];
        byte[] line = new byte[64 * 4 + MinuteCounts.MINUTES * 11 + 32];
        long total = 0;
        for (int f = 0; f < day.functions; f++) {
            String trigger = DayPopulation.TRIGGERS[day.trigger[f]];
            realised[f] = MinuteCounts.fill(counts, day.daily[f], trigger.equals("timer"), r);
            total += realised[f];
            int p = ascii(line, 0, day.owner[f]);
            line[p++] = ',';
            p = ascii(line, p, day.app[f]);
            line[p++] = ',';
            p = ascii(line, p, day.function[f]);
            line[p++] = ',';
            p = ascii(line, p, trigger);
            for (int c : counts) {
                line[p++] = ',';
                p = digits(line, p, c);
            }
            line[p++] = '\n';
            out.write(line, 0, p);
        }
        return total;
    }

    private long durations(OutputStream raw) {
        PrintWriter out = printer(raw);
        out.print("HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,"
                + "percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100\n");
        for (int f = 0; f < day.functions; f++) {
            double median = day.medianMs[f];
            double s = day.spread[f];
            double[] p = new double[Z.length];
            for (int k = 0; k < Z.length; k++) {
                p[k] = median * Math.exp(s * Z[k]);
            }
            out.printf(Locale.ROOT, "%s,%s,%s,%s,%d,%s,%s", day.owner[f], day.app[f], day.function[f],
                    ms(median * Math.exp(s * s / 2)), Math.max(1, realised[f]), ms(p[0]), ms(p[Z.length - 1]));
            for (double v : p) {
                out.print(',');
                out.print(ms(v));
            }
            out.print('\n');
        }
        out.flush();
        return day.functions;
    }

    private long memory(OutputStream raw) {
        PrintWriter out = printer(raw);
        out.print("HashOwner,HashApp,SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,"
                + "AverageAllocatedMb_pct25,AverageAllocatedMb_pct50,AverageAllocatedMb_pct75,AverageAllocatedMb_pct95,"
                + "AverageAllocatedMb_pct99,AverageAllocatedMb_pct100\n");
        for (int a = 0; a < day.apps; a++) {
            int first = day.appStart[a];
            double avg = day.appMemoryMb[a];
            out.printf(Locale.ROOT, "%s,%s,%d,%d", day.owner[first], day.app[first], 1 + (first * 7919L) % 5000, Math.round(avg));
            for (double z : MEMORY_Z) {
                out.print(',');
                out.print(Math.round(avg * Math.exp(0.1 * z)));
            }
            out.print('\n');
        }
        out.flush();
        return day.apps;
    }

    private static PrintWriter printer(OutputStream raw) {
        Writer w = new java.io.OutputStreamWriter(raw, StandardCharsets.US_ASCII);
        return new PrintWriter(w, false);
    }

    /** Milliseconds with at most three decimals, as the published files write them. */
    private static String ms(double v) {
        return v >= 100 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static int ascii(byte[] b, int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[p++] = (byte) s.charAt(i);
        }
        return p;
    }

    private static int digits(byte[] b, int p, int v) {
        if (v == 0) {
            b[p] = '0';
            return p + 1;
        }
        int start = p;
        while (v > 0) {
            b[p++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = p - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
        return p;
    }
}
