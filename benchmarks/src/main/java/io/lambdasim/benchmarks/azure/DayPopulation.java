package io.lambdasim.benchmarks.azure;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The functions of one synthetic Azure Functions 2019 day: owners, apps, triggers, how many
 * invocations each function gets that day, its duration curve and its app's memory. Shapes follow
 * "Serverless in the Wild" (Shahrad et al., USENIX ATC'20): invocation rates spread over about
 * eight orders of magnitude (here lognormal, sigma 3.5, so a few percent of the functions carry
 * almost all invocations); most apps have one function and 95% at most ten (geometric, mean 2);
 * triggers in the paper's proportions (Fig. 3: HTTP 55%, timer 15.6%, queue 15.2%, orchestration
 * 6.9%, storage 2.8%, event 2.2%, others 2.2%); half the functions average under a second;
 * half the apps allocate under about 170 MB.
 *
 * <p>Deterministic for a seed; one {@link SplittableRandom} consumed in a fixed order.
 */
final class DayPopulation {

    static final String[] TRIGGERS = {"http", "timer", "queue", "orchestration", "storage", "event", "others"};
    private static final double[] TRIGGER_SHARE = {0.550, 0.156, 0.152, 0.069, 0.028, 0.022, 0.023};
    private static final double RATE_SIGMA = 3.5;

    final int functions;
    final String[] owner;
    final String[] app;
    final String[] function;
    final byte[] trigger;
    /** Expected invocations of the day per function; they sum to the requested total. */
    final double[] daily;
    /** Median duration, ms. */
    final double[] medianMs;
    /** Log-spread of the duration curve (sigma of a lognormal). */
    final double[] spread;
    /** Apps: first function index of each app, and its average allocated MB. */
    final int[] appStart;
    final double[] appMemoryMb;
    final int apps;

    DayPopulation(int functions, double totalInvocations, long seed) {
        this.functions = functions;
        SplittableRandom r = new SplittableRandom(seed);
        owner = new String[functions];
        app = new String[functions];
        function = new String[functions];
        trigger = new byte[functions];
        daily = new double[functions];
        medianMs = new double[functions];
        spread = new double[functions];
        int[] starts = new int[functions + 1];
        double[] memory = new double[functions];
        int a = 0;
        String currentOwner = hex(r);
        String currentApp = null;
        int left = 0;
        double weights = 0;
        for (int f = 0; f < functions; f++) {
            if (left == 0) {
                left = geometric(r, 0.5);
                currentApp = hex(r);
                if (r.nextDouble() < 0.6) {
                    currentOwner = hex(r); // most owners have one app, some several
                }
                starts[a] = f;
                memory[a] = 170 * Math.exp(0.6 * gaussian(r));
                a++;
            }
            left--;
            owner[f] = currentOwner;
            app[f] = currentApp;
            function[f] = hex(r);
            trigger[f] = (byte) pick(r.nextDouble());
            daily[f] = Math.exp(RATE_SIGMA * gaussian(r));
            weights += daily[f];
            // Busy functions tend to be short: the median falls by about 2x per 10x more traffic.
            double z = gaussian(r);
            medianMs[f] = Math.exp(Math.log(800) + 1.6 * z - 0.3 * Math.log(daily[f]));
            spread[f] = 0.3 + 0.7 * r.nextDouble();
        }
        apps = a;
        starts[a] = functions;
        appStart = java.util.Arrays.copyOf(starts, a + 1);
        appMemoryMb = java.util.Arrays.copyOf(memory, a);
        for (int f = 0; f < functions; f++) {
            daily[f] = Math.max(1.0, daily[f] / weights * totalInvocations);
        }
    }

    private static int pick(double u) {
        double c = 0;
        for (int i = 0; i < TRIGGER_SHARE.length; i++) {
            c += TRIGGER_SHARE[i];
            if (u < c) {
                return i;
            }
        }
        return TRIGGER_SHARE.length - 1;
    }

    private static int geometric(SplittableRandom r, double p) {
        int n = 1;
        while (n < 200 && r.nextDouble() > p) {
            n++;
        }
        return n;
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller; one of the pair is dropped, which keeps the stream order simple.
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A 64-hex name like the trace's SHA-256 hashes. */
    static String hex(SplittableRandom r) {
        return String.format(Locale.ROOT, "%016x%016x%016x%016x", r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }
}
