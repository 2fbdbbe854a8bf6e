package io.lambdasim.reports.charts;

import java.util.List;
import org.HdrHistogram.Histogram;

/** Small, plausible data for every chart type, shared by the chart and report tests. */
public final class ChartSamples {

    private ChartSamples() {
    }

    public static List<CostStack> costs() {
        return List.of(
                new CostStack("Lambda", List.of(new CostStack.Part("requests", 2.60), new CostStack.Part("compute", 41.67),
                        new CostStack.Part("INIT", 0.83))),
                new CostStack("t4g.small", List.of(new CostStack.Part("instances", 24.53))),
                new CostStack("m7g.large", List.of(new CostStack.Part("instances", 119.14))),
                new CostStack("c7g.large", List.of(new CostStack.Part("instances", 105.85))));
    }

    /**
     * The same bars over an uncertain input: Lambda's monthly total $45.10 (2.60 + 41.67 + 0.83) with
     * a band from $38.40 to $61.90, drawn as an error bar reaching above the bar.
     */
    public static List<CostStack> costsWithBand() {
        List<CostStack> c = new java.util.ArrayList<>(costs());
        c.set(0, c.get(0).withBand(45.10, 38.40, 61.90));
        return c;
    }

    /** Lambda: $0.0000104 per request (50 ms at 512 MB plus the request charge); EC2 steps. */
    public static BreakEvenData breakEven() {
        int n = 29;
        double[] x = new double[n];
        double[] lambda = new double[n];
        double[] ec2 = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 3 + i * 7.0 / (n - 1));
            lambda[i] = x[i] * 0.0000006167;
            ec2[i] = 24.53 * Math.max(2, Math.ceil(x[i] / 2.0e8));
        }
        return new BreakEvenData(
                List.of(new BreakEvenData.Curve("Lambda", x, lambda, false),
                        new BreakEvenData.Curve("t4g.small (static, min 2)", x, ec2, true)),
                List.of(new BreakEvenData.Crossing("t4g.small", 49.06 / 0.0000006167, 49.06)), 2.6e7);
    }

    /**
     * The same chart over an uncertain input: Lambda's cost between 0.8 and 1.3 times the central
     * curve, so the crossing at $49.06 lies between 49.06 / (1.3 × 6.167e-7) = 61.2 M and
     * 49.06 / (0.8 × 6.167e-7) = 99.4 M requests a month.
     */
    public static BreakEvenData breakEvenWithRibbon() {
        BreakEvenData d = breakEven();
        BreakEvenData.Curve lambda = d.curves().get(0);
        double[] lo = lambda.usdPerMonth().clone();
        double[] hi = lambda.usdPerMonth().clone();
        for (int i = 0; i < lo.length; i++) {
            lo[i] *= 0.8;
            hi[i] *= 1.3;
        }
        BreakEvenData.Crossing c = d.crossings().get(0);
        return new BreakEvenData(d.curves(), List.of(new BreakEvenData.Crossing(c.option(), c.requestsPerMonth(),
                c.usdPerMonth(), 49.06 / (1.3 * 0.0000006167), 49.06 / (0.8 * 0.0000006167))), d.todayRequestsPerMonth(),
                List.of(new BreakEvenData.Ribbon("Lambda", lambda.requestsPerMonth(), lo, hi)));
    }

    /** A keep-alive fit of random:5m-15m: the estimate's staircase, the uniform's distribution, each end's interval. */
    public static KeepAliveData keepAlive() {
        return new KeepAliveData("api", new double[] {0, 5, 7.5, 10, 12.5, 15}, new double[] {0, 0.1, 0.3, 0.5, 0.7, 1},
                new double[] {0, 5, 15, 19}, new double[] {0, 0, 1, 1},
                List.of(new KeepAliveData.Interval(4.5, 5.5, "95% interval of the shortest keep-alive"),
                        new KeepAliveData.Interval(14, 16, "95% interval of the longest keep-alive")), "random:5m-15m");
    }

    public static SizingData sizing() {
        int[] mem = {128, 256, 512, 1024, 1536, 1769, 2048, 3008};
        double[] dur = {800, 400, 200, 100, 67, 58, 58, 58};
        List<SizingData.Point> pts = new java.util.ArrayList<>();
        for (int i = 0; i < mem.length; i++) {
            double gbs = mem[i] / 1024.0 * dur[i] / 1000;
            pts.add(new SizingData.Point(mem[i], 1e6 * (gbs * 0.0000166667 + 0.0000002), dur[i]));
        }
        return new SizingData(pts, 1769, "cost per 1M invocations (USD)", "balanced");
    }

    /** The sizing sweep over an uncertain input: each cost between 0.9 and 1.25 times its central value. */
    public static SizingData sizingWithRibbon() {
        SizingData d = sizing();
        List<SizingData.Point> pts = d.points().stream()
                .map(p -> new SizingData.Point(p.memoryMb(), p.cost(), p.durationMs(), 0.9 * p.cost(), 1.25 * p.cost())).toList();
        return new SizingData(pts, d.recommendedMb(), d.costLabel(), d.strategy());
    }

    public static TimelineData timeline() {
        int n = 1440;
        double[] c = new double[n];
        double[] e = new double[n];
        double[] cs = new double[n];
        double[] th = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = Math.round(20 + 18 * Math.sin((i - 480) * 2 * Math.PI / 1440));
            e[i] = c[i] + 4;
            cs[i] = i % 97 == 0 ? 5 : (i % 13 == 0 ? 1 : 0);
            th[i] = (i > 830 && i < 850) ? 3 : 0;
        }
        return new TimelineData(60, c, e, cs, th);
    }

    public static LatencyData latency() {
        Histogram warm = new Histogram(3_600_000_000L, 3);
        Histogram cold = new Histogram(3_600_000_000L, 3);
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < 100_000; i++) {
            long us = (long) (50_000 * Math.exp(0.4 * r.nextGaussian()));
            warm.recordValue(us);
            cold.recordValue(i % 50 == 0 ? us + 250_000 : us);
        }
        return new LatencyData(List.of(LatencyData.curve("web-api (512 MB)", warm, 1000),
                LatencyData.curve("web-api with INIT", cold, 1000)));
    }
}
