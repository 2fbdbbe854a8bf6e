package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.engine.ec2.QueueLatency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a fleet served its requests, the same wherever a fleet is presented ({@code breakeven
 * --json}, the {@code ec2} array of a scenario): which balancer placed them, how many waited for a
 * slot, their response times, and how evenly the instances were used. All additions to the older
 * keys (issue 17), none renamed.
 */
final class FleetFigures {

    private FleetFigures() {
    }

    /** {@code balancer}, {@code waitedShare}, {@code responseMs} and {@code instanceCpuUtilization}, in that order. */
    static Map<String, Object> contention(FleetResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("balancer", f.balancer().label());
        m.put("waitedShare", f.waitedShare());
        m.put("responseMs", latency(f.response()));
        Map<String, Object> spread = new LinkedHashMap<>();
        spread.put("min", f.instanceCpu().min());
        spread.put("mean", f.instanceCpu().mean());
        spread.put("max", f.instanceCpu().max());
        m.put("instanceCpuUtilization", spread);
        return m;
    }

    /** The waiting times as {@code queueMs} always had them (p50, p90, p99, max), with the mean added. */
    static Map<String, Object> queue(FleetResult f) {
        return latency(f.queue());
    }

    /** A latency distribution in the order of {@code queueMs}: p50, p90, p99, max, then mean. */
    private static Map<String, Object> latency(QueueLatency l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", l.p50Ms());
        m.put("p90", l.p90Ms());
        m.put("p99", l.p99Ms());
        m.put("max", l.maxMs());
        m.put("mean", l.meanMs());
        return m;
    }

    /** "CPU 75% (instances 74–76%), 51.0% of requests waited, behind a least-outstanding balancer". */
    static String inWords(FleetResult f) {
        return String.format(Locale.ROOT, "CPU %.0f%% (instances %.0f–%.0f%%), %.1f%% of requests waited, behind a %s balancer",
                100 * f.cpuUtilization(), 100 * f.instanceCpu().min(), 100 * f.instanceCpu().max(), 100 * f.waitedShare(),
                f.balancer().label());
    }
}
