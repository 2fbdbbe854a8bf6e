package io.lambdasim.reports.slo;

import io.lambdasim.engine.ec2.FleetResult;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Whether one option (Lambda, an EC2 fleet, Managed Instances) met a {@link LatencySlo}, from what its
 * replay measured, and why not in words.
 *
 * @param option     {@code lambda}, the instance type, or {@code lmi:TYPE}
 * @param monthlyUsd the option's monthly cost, USD (what it is ranked by among its peers)
 * @param latencyMs  its latency at the objective's percentile, ms
 * @param met        whether that latency is within the objective
 * @param reason     why it misses ("t4g.small: response p99 1,077 ms > 300 ms (overloaded 56,690 s of
 *                   86,400 s, queue p99 1,040 ms)"), empty when it meets it
 */
public record SloVerdict(String option, double monthlyUsd, double latencyMs, boolean met, String reason) {

    /** Lambda: queueing, INIT and duration of every started invocation ({@code latencyUs} in µs). */
    public static SloVerdict lambda(LatencySlo slo, String option, Histogram latencyUs, double monthlyUsd) {
        double ms = latencyUs.getTotalCount() == 0 ? 0 : latencyUs.getValueAtPercentile(slo.percentile()) / 1e3;
        return of(slo, option, monthlyUsd, ms, "latency", "");
    }

    /**
     * An EC2 fleet: its response time (waiting for a slot, CPU work slowed by sharing, I/O) at the
     * percentile; a miss says how long the fleet was overloaded and how long requests queued.
     */
    public static SloVerdict ec2(LatencySlo slo, String option, FleetResult f, double monthlyUsd) {
        double ms = f.response().atPercentile(slo.percentile());
        String load = f.overloadedSeconds() == 0 ? "" : String.format(Locale.ROOT, " (%s, queue %s %,.0f ms)", overload(f),
                slo.percentileLabel(), f.queue().atPercentile(slo.percentile()));
        return of(slo, option, monthlyUsd, ms, "response", load);
    }

    /** Managed Instances: first arrival to completion; a miss says how many requests were throttled. */
    public static SloVerdict lmi(LatencySlo slo, String option, ManagedInstancesResult r, double monthlyUsd) {
        Histogram h = r.latencyHistogram();
        double ms = h == null || h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(slo.percentile()) / 1e3;
        String load = r.throttled() == 0 ? "" : String.format(Locale.ROOT, " (%,d requests throttled)", r.throttled());
        SloVerdict v = of(slo, option, monthlyUsd, ms, "latency", load);
        // A throttled request never got an answer: however fast the others were, the option did not keep up.
        if (v.met && r.throttled() > 0) {
            return new SloVerdict(option, monthlyUsd, ms, false, String.format(Locale.ROOT, "%s: %,d requests throttled",
                    option, r.throttled()));
        }
        return v;
    }

    /** "overloaded 56,690 s of 86,400 s": the seconds in which an arriving request had to wait for a slot. */
    public static String overload(FleetResult f) {
        return String.format(Locale.ROOT, "overloaded %,d s of %,.0f s", f.overloadedSeconds(), f.horizonSeconds());
    }

    private static SloVerdict of(LatencySlo slo, String option, double monthlyUsd, double ms, String what, String more) {
        boolean met = ms <= slo.objectiveMs();
        String reason = met ? "" : String.format(Locale.ROOT, "%s: %s %s %,.0f ms > %,.0f ms%s", option, what,
                slo.percentileLabel(), ms, slo.objectiveMs(), more);
        return new SloVerdict(option, monthlyUsd, ms, met, reason);
    }

    /** The verdict's JSON keys: {@code option}, {@code latencyMs}, {@code met}, {@code reason}. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("option", option);
        m.put("latencyMs", latencyMs);
        m.put("met", met);
        m.put("reason", reason);
        return m;
    }
}
