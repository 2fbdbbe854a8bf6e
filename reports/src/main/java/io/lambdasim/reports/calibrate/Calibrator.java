package io.lambdasim.reports.calibrate;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.FunctionRule;
import io.lambdasim.engine.ProgressListener;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.Simulator;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.reports.run.ProgressSum;
import io.lambdasim.reports.sizing.CalibratedDurations;
import io.lambdasim.reports.sizing.Calibration;
import io.lambdasim.reports.uncertainty.FunctionRanges;
import io.lambdasim.reports.uncertainty.UncertainInput;
import io.lambdasim.reports.uncertainty.UncertainInputs;
import io.lambdasim.traces.TraceReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calibration end to end: one pass over the logs gathering evidence, the fits per function, and
 * the check, a replay of the same logs through the engine with what was fitted.
 */
public final class Calibrator {

    private Calibrator() {
    }

    /**
     * @param logs        the logs
     * @param calibration a Power Tuning output (or memory_mb,duration_ms CSV) for the duration fit, or null
     * @param threads     threads the function can use (the CPU model's)
     * @param rules       billing rule set of the replay
     * @param seed        seed of the bootstrap and the replay
     */
    public static CalibrationResult run(LogFiles logs, Path calibration, int threads, String rules, long seed) {
        return run(logs, calibration, threads, rules, seed, ProgressListener.NONE);
    }

    /**
     * As {@link #run(LogFiles, Path, int, String, long)}, telling {@code progress} one running count:
     * the lines read, then the invocations of the check's replays.
     */
    public static CalibrationResult run(LogFiles logs, Path calibration, int threads, String rules, long seed,
                                        ProgressListener progress) {
        ProgressSum sum = new ProgressSum(progress);
        EvidenceCollector collector = new EvidenceCollector(seed);
        long rows = 0;
        long skipped = 0;
        boolean oneClock;
        try (MergedCursor cursor = logs.open()) {
            collector.readAll(cursor, sum.run());
            oneClock = cursor.onOneClock();
            for (TraceReport r : cursor.reports()) {
                rows += r.rowsRead();
                skipped += r.rowsSkipped();
            }
        }
        List<FunctionEvidence> evidence = collector.finish();
        List<CalibratedDurations.Point> measured = null;
        if (calibration != null) {
            if (evidence.size() > 1) {
                throw new IllegalArgumentException("--calibration " + calibration + ": a Power Tuning output measures one "
                        + "function, but the logs hold " + evidence.size() + " (calibrate them one at a time, or name the "
                        + "function with --function)");
            }
            measured = Calibration.points(calibration);
        }
        List<FunctionFit> fits = new ArrayList<>();
        long invocations = 0;
        for (FunctionEvidence f : evidence) {
            invocations += f.invocations;
            CpuFit cpu = CpuFit.fromLogs(f.memory, threads, seed);
            if (measured != null) {
                List<CpuFit.Point> points = new ArrayList<>();
                for (CalibratedDurations.Point p : measured) {
                    points.add(new CpuFit.Point(p.memoryMb(), p.durationMs(), 1, 0));
                }
                cpu = CpuFit.fromAverages(points, mainMemory(f), threads, calibration.toString());
            }
            fits.add(new FunctionFit(f.name, f.invocations, f.environments, f.linesWithoutEnvironment > 0, f.preexisting,
                    f.initLines, f.billedLines > 0 ? f.observedBilledMs() : Double.NaN,
                    KeepAliveFitter.fit(f, collector), InitFit.of(f.init), cpu));
        }
        List<ReplayCheck> checks = check(logs, fits, rules, seed, sum);
        return new CalibrationResult(logs, rows, skipped, oneClock, fits, checks, rules, seed);
    }

    private static Integer mainMemory(FunctionEvidence f) {
        MemoryEvidence m = f.memory;
        int best = -1;
        long most = -1;
        for (int i = 0; i < m.sizes(); i++) {
            if (m.count[i] > most) {
                most = m.count[i];
                best = m.memoryMb[i];
            }
        }
        return best < 0 ? null : best;
    }

    /** The rules a {@code --functions} file written from {@code fits} gives (what {@link FunctionsYaml} writes). */
    public static List<FunctionRule> rules(List<FunctionFit> fits) {
        List<FunctionRule> rules = new ArrayList<>();
        for (FunctionFit f : fits) {
            rules.add(new FunctionRule(f.function(), f.settings()));
        }
        return rules;
    }

    /** The per-function ranges a {@code --functions} file written from {@code fits} gives. */
    public static List<FunctionRanges> ranges(List<FunctionFit> fits) {
        List<FunctionRanges> out = new ArrayList<>();
        for (FunctionFit f : fits) {
            FunctionRanges r = new FunctionRanges(f.function(), f.keepAlive().range(), f.init().range(), f.cpu().range());
            if (!r.isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Replays the logs with the fitted settings (durations as logged: the CPU share is not applied,
     * so every line runs as long as it ran), and again at the ends of each fitted keep-alive range.
     */
    static List<ReplayCheck> check(LogFiles logs, List<FunctionFit> fits, String rulesName, long seed, ProgressSum progress) {
        BillingRules rules = BillingRules.named(rulesName);
        List<FunctionRule> fitted = new ArrayList<>();
        for (FunctionRule r : rules(fits)) {
            fitted.add(new FunctionRule(r.pattern(), r.settings().withCpuFraction(0.0)));
        }
        SimulationConfig central = SimulationConfig.builder().functionRules(fitted).seed(seed)
                .billing(new BillingMeasure(rules.roundingUs(), rules.billsInit(false))).build();
        UncertainInputs keepAlives = new UncertainInputs(null, null, null, ranges(fits).stream()
                .filter(r -> r.keepAlive() != null).map(r -> new FunctionRanges(r.pattern(), r.keepAlive(), null, null)).toList());
        List<SimulationConfig> configs = new ArrayList<>(List.of(central));
        if (!keepAlives.isEmpty()) {
            configs.add(keepAlives.at(central, UncertainInput.KEEP_ALIVE, false));
            configs.add(keepAlives.at(central, UncertainInput.KEEP_ALIVE, true));
        }
        // The replays are independent and each deterministic: run them side by side.
        List<Map<String, UsageStats>> replays = configs.parallelStream().map(c -> replay(logs, c, progress.run())).toList();
        Map<String, UsageStats> mid = replays.get(0);
        Map<String, UsageStats> shortKeep = replays.size() > 1 ? replays.get(1) : null;
        Map<String, UsageStats> longKeep = replays.size() > 2 ? replays.get(2) : null;
        List<ReplayCheck> out = new ArrayList<>();
        for (FunctionFit f : fits) {
            UsageStats s = mid.get(f.function());
            if (s == null) {
                continue;
            }
            Long low = null;
            Long high = null;
            if (f.keepAlive().range() != null && shortKeep != null) {
                long a = shortKeep.get(f.function()).coldStarts();
                long b = longKeep.get(f.function()).coldStarts();
                low = Math.min(Math.min(a, b), s.coldStarts());
                high = Math.max(Math.max(a, b), s.coldStarts());
            }
            KeepAlive used = f.keepAlive().policy();
            String keep = used != null ? used.spec() + " (fitted)"
                    : central.keepAlive().spec() + " (the default: keep-alive not fitted)";
            out.add(new ReplayCheck(f.function(), f.observedColdStarts(), s.coldStarts(), low, high, f.environments(),
                    s.environmentsCreated(), f.observedBilledMs(), s.billing().billedMs(), keep));
        }
        return out;
    }

    private static Map<String, UsageStats> replay(LogFiles logs, SimulationConfig config, ProgressListener progress) {
        SimulationResult r;
        try (MergedCursor c = logs.open()) {
            r = Simulator.run(c, config, progress);
        }
        Map<String, UsageStats> byName = new HashMap<>();
        for (UsageStats s : r.functions()) {
            byName.put(s.name(), s);
        }
        return byName;
    }
}
