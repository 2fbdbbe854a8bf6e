package io.lambdasim.engine;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.init.InitPresets;
import io.lambdasim.engine.keepalive.KeepAlive;
import io.lambdasim.engine.keepalive.KeepAlivePolicy;
import io.lambdasim.engine.queue.DaryHeapEventQueue;
import io.lambdasim.engine.queue.EventQueue;
import io.lambdasim.engine.queue.TimingWheelEventQueue;
import io.lambdasim.traces.FunctionTable;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import io.lambdasim.traces.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.HdrHistogram.Histogram;

/**
 * One run of the discrete-event simulation (single use). The event loop merges three sources in
 * time order: the trace, pulled lazily one invocation ahead from the cursor; the completions; and
 * the other events (reclamations, provisioned-concurrency switches, pre-warms, retries, warmer
 * pings). At equal times completions go first, then the other events in the order of their kind
 * numbers below (reclamations first), then trace arrivals, and warmer pings last.
 *
 * <p>Why two queues: completions are near-term (now + duration) and there are as many as running
 * invocations, while reclamation timers are far out (now + keep-alive) and there is one per
 * function. In one heap every completion would climb over the timers to the root and every removal
 * sink back through them; apart, completions go to a timing wheel ({@link TimingWheelEventQueue}:
 * they are all due within seconds, so a ~1 ms bucket and a sorted list of about one entry replace a
 * sift through a heap as large as the concurrency), which orders exactly like the heap.
 *
 * <p>Everything about an invocation is decided when it starts (INIT, duration, timeout, failure,
 * billed duration, latency, a retry of a failing async event), so its completion event only
 * returns its environment to the pool: two queue operations per invocation.
 */
final class Simulation {

    static final int COMPLETE = 0;
    static final int RECLAIM = 1;
    static final int PROVISION = 2;
    static final int PREWARM = 3;
    static final int RETRY = 4;
    static final int WARMER = 5;

    private static final int PROGRESS_EVERY = 1 << 16;

    private final SimulationConfig cfg;
    private final ProgressListener listener;
    private final InvocationObserver observer;
    /** An observer is set: one predictable branch per invocation when none is. */
    private final boolean observing;
    private final SplittableRandom random;
    private final EventQueue completions;
    private final EventQueue queue;
    private final EnvironmentPool pool;
    /** The pool's table, for the hot reads of an environment's function, flags and creation time. */
    private final EnvironmentTable envs;
    private final PendingRequests pending = new PendingRequests();
    private final Limits limits;
    private final BillingMeasure billing;
    private final long maxLifetimeUs;
    private final TimelineRecorder timeline;
    private final Histogram latencyUs = new Histogram(3);
    private final Map<KeepAlive, KeepAlivePolicy> policies = new HashMap<>();
    private FunctionState[] functions = new FunctionState[16];
    private int functionCount;

    private long now;
    private long lastActivityUs;
    private int inflight;
    private int peakInflight;
    private int provisionedMbEnabled;
    private boolean traceDone;
    private long arrivals;

    // The invocation being started (set by the caller of start(); avoids a dozen parameters).
    private long curLatencyOriginUs;
    private long curFirstArrivalUs;
    private long curDurationUs;
    private int curMaxMemoryMb;
    private int curStatus;
    private int curType;
    private long curObservedInitUs;
    /** The part of the row's observed INIT that AWS billed (SnapStart's Billed Restore Duration), or MISSING. */
    private long curObservedInitBilledUs;
    private int curErrorRetries;
    private int curBackoffs;

    Simulation(SimulationConfig cfg, ProgressListener listener, InvocationObserver observer) {
        this.cfg = cfg;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.observer = observer == null ? InvocationObserver.NONE : observer;
        this.observing = observer != null && observer != InvocationObserver.NONE;
        this.random = new SplittableRandom(cfg.seed());
        this.completions = new TimingWheelEventQueue();
        this.queue = DaryHeapEventQueue.quaternary();
        this.limits = new Limits(cfg.accountConcurrency(), cfg.scaling());
        this.billing = cfg.billing();
        this.maxLifetimeUs = cfg.maxLifetimeUs();
        this.pool = new EnvironmentPool(queue, cfg.reuse(), maxLifetimeUs, random);
        this.envs = pool.table();
        this.timeline = cfg.timelineBucketUs() > 0 ? new TimelineRecorder(cfg.timelineBucketUs()) : null;
    }

    SimulationResult run(InvocationCursor cursor) {
        FunctionTable names = cursor.functions();
        long nextArrival = cursor.next() ? cursor.startUs() : Long.MAX_VALUE;
        traceDone = nextArrival == Long.MAX_VALUE;
        while (true) {
            long nextCompletion = completions.peekTime();
            long top = Math.min(nextCompletion, queue.peekTime());
            if (nextArrival < top || (nextArrival == top && nextCompletion != top && queue.peekKind() == WARMER)) {
                // A trace arrival before every queued event (or tied with a warmer ping only: the
                // user's call goes first, so a ping never steals the warm environment it came to keep).
                now = nextArrival;
                arrival(cursor, names);
                if (cursor.next()) {
                    nextArrival = cursor.startUs();
                    touchAhead(cursor.functionId());
                    if (nextArrival < now) {
                        throw new IllegalStateException("trace goes back in time at invocation " + (arrivals + 1)
                                + ": " + nextArrival + " µs after " + now + " µs");
                    }
                } else {
                    nextArrival = Long.MAX_VALUE;
                    traceDone = true;
                }
                continue;
            }
            if (top == Long.MAX_VALUE || (traceDone && inflight == 0 && pending.live() == 0)) {
                break; // only reclamations and schedules of an idle system remain: the horizon has ended
            }
            now = top;
            if (timeline != null) {
                timeline.advance(now);
            }
            if (nextCompletion == top) {
                int env = completions.peekPayload();
                completions.removeFirst();
                complete(env);
                if (timeline != null) {
                    timeline.state(inflight, pool.alive(), provisionedMbEnabled);
                }
                continue;
            }
            int kind = queue.peekKind();
            int payload = queue.peekPayload();
            queue.removeFirst();
            switch (kind) {
                case RECLAIM: pool.reclaim(functions[payload], now); break;
                case PROVISION: provisionSwitch(functions[payload]); break;
                case PREWARM: prewarm(functions[payload]); break;
                case RETRY: retry(payload); break;
                case WARMER: warmer(functions[payload]); break;
                default: throw new IllegalStateException("unknown event kind " + kind);
            }
            if (timeline != null) {
                timeline.state(inflight, pool.alive(), provisionedMbEnabled);
            }
        }
        return finish();
    }

    // ---------------------------------------------------------------- arrivals

    /** Sink for {@link #touchAhead}'s loads, so the JIT cannot drop them; never read for results. */
    private int touched;

    /**
     * Reads the next arrival's function record and idle deque now, a software prefetch. Why: with a
     * thousand functions they are usually cache misses, and the next arrival's function is known an
     * event early; a load whose value only feeds this sink does not stall, so the miss overlaps the
     * completions handled meanwhile instead of stalling arrival() later. Pure reads: no effect on results.
     */
    private void touchAhead(int id) {
        if (id < functionCount) {
            FunctionState f = functions[id];
            if (f != null) {
                touched += f.idle.size();
            }
        }
    }

    private void arrival(InvocationCursor c, FunctionTable names) {
        int id = c.functionId();
        FunctionState f = id < functionCount && functions[id] != null ? functions[id] : newFunction(id, names.name(id), c.memoryMb());
        if (timeline != null) {
            timeline.advance(now);
            timeline.invocation(now);
        }
        f.invocations++;
        long observedInit = c.initUs();
        if (observedInit != InvocationCursor.MISSING) {
            f.cold.observedColdStarts++;
            f.observeInit(observedInit, random);
        }
        long observedBilled = c.billedUs();
        if (observedBilled != InvocationCursor.MISSING) {
            f.cold.observedBilledUs += observedBilled;
            f.cold.observedBilledRows++;
        }
        if (f.inflight == 0 && f.lastEndUs != InvocationCursor.MISSING) {
            f.keepAlive.onIdleTime(f.id, now - f.lastEndUs);
        }
        double factor = durationFactor(f, c.memoryMb());
        curLatencyOriginUs = now;
        curFirstArrivalUs = now;
        curDurationUs = factor == 1.0 ? c.durationUs() : Math.round(c.durationUs() * factor);
        curObservedInitUs = observedInit == InvocationCursor.MISSING || factor == 1.0 ? observedInit : Math.round(observedInit * factor);
        long billedInit = c.initBilledUs();
        curObservedInitBilledUs = billedInit == InvocationCursor.MISSING || factor == 1.0 ? billedInit : Math.round(billedInit * factor);
        curMaxMemoryMb = c.maxMemoryUsedMb();
        curStatus = c.status();
        curType = c.invocationType();
        curErrorRetries = 0;
        curBackoffs = 0;
        startOrThrottle(f, InvocationCursor.MISSING);
        if (timeline != null) {
            timeline.state(inflight, pool.alive(), provisionedMbEnabled);
        }
        if ((++arrivals & (PROGRESS_EVERY - 1)) == 0) {
            listener.onProgress(arrivals, now);
            if (listener.isCancelled()) {
                throw new CancellationException("simulation cancelled after " + arrivals + " invocations");
            }
        }
    }

    /**
     * CPU-model factor from the reference memory to the function's simulated memory, cached. The
     * reference is the configured one, else the row's recorded memory, else {@value
     * SimulationConfig#FALLBACK_MEMORY_MB} MB (what a trace without memory is taken to have run at,
     * as sizing and the EC2 fleets take it).
     */
    private double durationFactor(FunctionState f, int traceMemoryMb) {
        int ref = cfg.referenceMemoryMb() != InvocationCursor.MISSING ? cfg.referenceMemoryMb()
                : traceMemoryMb != InvocationCursor.MISSING ? traceMemoryMb : SimulationConfig.FALLBACK_MEMORY_MB;
        if (ref == f.memoryMb) {
            return 1.0;
        }
        if (ref != f.factorRefMb) {
            f.factorRefMb = ref;
            f.factor = f.cpu.durationFactor(ref, f.memoryMb);
        }
        return f.factor;
    }

    /** Starts the current invocation or handles its throttle; {@code slot} is its pending-queue slot or MISSING. */
    private void startOrThrottle(FunctionState f, int slot) {
        if (start(f, false)) {
            if (slot != InvocationCursor.MISSING) {
                pending.release(slot);
            }
            return;
        }
        f.cold.throttled++;
        if (timeline != null) {
            timeline.throttle(now);
        }
        if (!isAsync(curType)) {
            if (slot != InvocationCursor.MISSING) {
                pending.release(slot);
            }
            return; // a synchronous caller gets HTTP 429: counted, never billed
        }
        // Lambda keeps the event and retries with back-off until the maximum event age.
        long backoff = Math.min(cfg.throttleBackoffMaxUs(), cfg.throttleBackoffUs() << Math.min(curBackoffs, 30));
        long retryAt = now + backoff;
        if (retryAt - curFirstArrivalUs > cfg.maxEventAgeUs()) {
            f.cold.dropped++;
            if (slot != InvocationCursor.MISSING) {
                pending.release(slot);
            }
            return;
        }
        int s = slot != InvocationCursor.MISSING ? slot : pending.allocate();
        saveCurrent(f, s);
        pending.backoffs[s] = (byte) Math.min(curBackoffs + 1, 100);
        queue.add(retryAt, RETRY, s);
    }

    private static boolean isAsync(int type) {
        return type == InvocationType.ASYNC || type == InvocationType.POLL;
    }

    private void saveCurrent(FunctionState f, int s) {
        pending.function[s] = f.id;
        pending.firstArrivalUs[s] = curFirstArrivalUs;
        pending.latencyOriginUs[s] = curLatencyOriginUs;
        pending.durationUs[s] = curDurationUs;
        pending.maxMemoryUsedMb[s] = curMaxMemoryMb;
        pending.status[s] = (byte) curStatus;
        pending.backoffs[s] = (byte) curBackoffs;
        pending.errorRetries[s] = (byte) curErrorRetries;
    }

    private void retry(int s) {
        FunctionState f = functions[pending.function[s]];
        curFirstArrivalUs = pending.firstArrivalUs[s];
        curLatencyOriginUs = pending.latencyOriginUs[s];
        curDurationUs = pending.durationUs[s];
        curMaxMemoryMb = pending.maxMemoryUsedMb[s];
        curStatus = pending.status[s];
        curType = InvocationType.ASYNC;
        curObservedInitUs = InvocationCursor.MISSING;
        curBackoffs = pending.backoffs[s];
        curErrorRetries = pending.errorRetries[s];
        startOrThrottle(f, s);
    }

    private void warmer(FunctionState f) {
        Warmer w = cfg.warmer();
        for (int i = 0; i < w.concurrency(); i++) {
            curLatencyOriginUs = now;
            curFirstArrivalUs = now;
            curDurationUs = w.durationUs();
            curMaxMemoryMb = InvocationCursor.MISSING;
            curStatus = Status.SUCCESS;
            curType = InvocationType.SYNC;
            curObservedInitUs = InvocationCursor.MISSING;
            curErrorRetries = 0;
            curBackoffs = 0;
            start(f, true);
        }
        if (!traceDone) {
            queue.add(now + w.periodUs(), WARMER, f.id);
        }
    }

    // ---------------------------------------------------------------- starting an invocation

    /** Runs the current invocation on an environment of {@code f}; false when a limit throttles it. */
    private boolean start(FunctionState f, boolean isWarmer) {
        int env;
        boolean cold = false;
        boolean onProvisioned = f.hasProvisioned && !f.provisionedIdle.isEmpty();
        if (onProvisioned) {
            env = f.provisionedIdle.popTop();
        } else {
            if (!limits.admits(f)) {
                return false;
            }
            if (!f.idle.isEmpty()) {
                env = pool.takeIdle(f);
            } else {
                if (!limits.mayCreate(f, now)) {
                    return false;
                }
                env = pool.create(f, 0, now);
                f.cold.created++;
                cold = true;
            }
            limits.started(f);
        }
        long init = cold ? initUs(f) : 0;
        long run = curDurationUs;
        boolean timedOut = run > f.timeoutUs || curStatus == Status.TIMEOUT;
        if (run > f.timeoutUs) {
            run = f.timeoutUs; // stopped at the timeout and billed for it
        }
        boolean outOfMemory = curMaxMemoryMb != InvocationCursor.MISSING && curMaxMemoryMb > f.memoryMb;
        boolean failed = timedOut || outOfMemory || curStatus == Status.ERROR;
        long end = now + init + run;
        if (timedOut || outOfMemory
                || (maxLifetimeUs > 0 && end - envs.createdUs[env] >= maxLifetimeUs)) {
            envs.addFlags(env, EnvironmentTable.DISCARD);
        }

        inflight++;
        f.inflight++;
        peakInflight = Math.max(peakInflight, inflight);
        f.peakInflight = Math.max(f.peakInflight, f.inflight);
        f.busyUs += init + run;
        completions.add(end, COMPLETE, env);
        lastActivityUs = Math.max(lastActivityUs, end);

        bill(f, init, run, cold, onProvisioned);
        if (isWarmer) {
            f.cold.warmerInvocations++;
            if (cold) {
                f.cold.warmerColdStarts++;
            }
            return true;
        }
        if (observing) {
            observer.onStart(f.id, env, envs.createdUs[env], now, init, end, cold);
        }
        if (cold) {
            f.cold.coldStarts++;
            if (timeline != null) {
                timeline.coldStart(now);
            }
        } else {
            f.warmStarts++;
        }
        if (timedOut) {
            f.cold.timeouts++;
        }
        if (outOfMemory) {
            f.cold.outOfMemory++;
        }
        if (failed) {
            f.cold.errors++;
        }
        long latency = end - curLatencyOriginUs;
        latencyUs.recordValue(latency);
        f.recordLatency(latency);
        if (failed && isAsync(curType) && curErrorRetries < cfg.asyncRetryDelaysUs().size()) {
            scheduleErrorRetry(f, end);
        }
        return true;
    }

    private void bill(FunctionState f, long init, long run, boolean cold, boolean onProvisioned) {
        f.requests++;
        if (onProvisioned) {
            f.cold.provisionedBilledUs += billing.billedUs(run);
            return;
        }
        boolean initBilled = cold && billing.initBilled();
        if (cold && curObservedInitUs != InvocationCursor.MISSING && curObservedInitBilledUs != InvocationCursor.MISSING) {
            // A replayed SnapStart restore bills what AWS billed of it (Billed Restore Duration),
            // whatever the era's INIT rule: the restore itself is not charged, the hooks are.
            init = curObservedInitBilledUs;
            initBilled = true;
        }
        long billed = billing.billedUs(initBilled ? run + init : run);
        f.billedUs += billed;
        if (initBilled) {
            f.cold.initBilledUs += init;
        }
        if (timeline != null) {
            timeline.billed(now, billed, f.memoryMb);
        }
    }

    /** Lambda retries a failed async event after 1 and then 2 minutes (by default), as a fresh attempt. */
    private void scheduleErrorRetry(FunctionState f, long endUs) {
        long at = endUs + cfg.asyncRetryDelaysUs().get(curErrorRetries);
        int s = pending.allocate();
        curErrorRetries++;
        curBackoffs = 0;
        curLatencyOriginUs = at;
        saveCurrent(f, s);
        f.cold.retries++;
        queue.add(at, RETRY, s);
    }

    /** INIT of a simulated cold start: this row's observed INIT, else one the trace observed for the function, else the model. */
    private long initUs(FunctionState f) {
        if (curObservedInitUs != InvocationCursor.MISSING) {
            return curObservedInitUs;
        }
        if (f.hasObservedInit()) {
            return f.sampleObservedInit(random);
        }
        long sample = f.initModel.sampleUs(random);
        return f.factor == 1.0 ? sample : Math.round(sample * f.factor);
    }

    // ---------------------------------------------------------------- completions and the pool

    private void complete(int env) {
        int meta = envs.meta[env];
        FunctionState f = functions[EnvironmentTable.function(meta)];
        inflight--;
        f.inflight--;
        f.lastEndUs = now;
        int flags = EnvironmentTable.flags(meta);
        if ((flags & EnvironmentTable.PROVISIONED) != 0) {
            if (f.provisionedEnabled && (flags & EnvironmentTable.DISCARD) == 0) {
                f.provisionedIdle.pushTop(env);
            } else {
                pool.destroy(f, env, now);
                if (f.provisionedEnabled) {
                    f.provisionedIdle.pushTop(pool.create(f, EnvironmentTable.PROVISIONED, now)); // AWS replaces it
                }
            }
            return;
        }
        limits.finished(f);
        if ((flags & EnvironmentTable.DISCARD) != 0) {
            pool.destroy(f, env, now);
            return;
        }
        if (f.inflight == 0) {
            long prewarm = f.keepAlive.prewarmDelayUs(f.id, now);
            if (prewarm != KeepAlivePolicy.NO_PREWARM) {
                pool.destroy(f, env, now); // unloaded now, loaded again just before the next expected arrival
                f.cold.prewarmAtUs = now + prewarm;
                queue.add(f.cold.prewarmAtUs, PREWARM, f.id);
                return;
            }
        }
        long keep = f.keepAlive.keepAliveUs(f.id, now, random);
        if (keep == 0) {
            pool.destroy(f, env, now);
            return;
        }
        pool.makeIdle(f, env, keep, now);
    }

    private void prewarm(FunctionState f) {
        if (f.cold.prewarmAtUs != now) {
            return;
        }
        f.cold.prewarmAtUs = FunctionState.NO_TIMER;
        if (f.idle.isEmpty() && f.inflight == 0) {
            // Loaded by the platform ahead of demand: an environment, not a (billed) cold start.
            int env = pool.create(f, 0, now);
            f.cold.created++;
            pool.makeIdle(f, env, f.keepAlive.keepAliveUs(f.id, now, random), now);
        }
    }

    // ---------------------------------------------------------------- provisioned concurrency

    private long timeOfDay(long us) {
        return (cfg.startTimeOfDayUs() + us) % Durations.US_PER_DAY;
    }

    private void provisionSwitch(FunctionState f) {
        boolean on = f.provisioned.enabledAt(timeOfDay(now));
        setProvisioned(f, on, now);
        if (!traceDone) {
            queue.add(now + f.provisioned.nextToggleDelayUs(timeOfDay(now)), PROVISION, f.id);
        }
    }

    private void setProvisioned(FunctionState f, boolean on, long sinceUs) {
        if (on == f.provisionedEnabled) {
            return;
        }
        int count = f.provisioned.count();
        if (on) {
            f.provisionedEnabled = true;
            f.cold.provisionedOnSinceUs = sinceUs;
            for (int i = 0; i < count; i++) {
                int env = pool.create(f, EnvironmentTable.PROVISIONED, now);
                envs.createdUs[env] = sinceUs;
                f.provisionedIdle.pushTop(env);
                f.cold.provisionedCreated++;
            }
            provisionedMbEnabled += count * f.memoryMb;
        } else {
            f.provisionedEnabled = false;
            f.cold.provisionedConfiguredUs += count * (now - f.cold.provisionedOnSinceUs);
            while (!f.provisionedIdle.isEmpty()) {
                pool.destroy(f, f.provisionedIdle.popTop(), now);
            }
            provisionedMbEnabled -= count * f.memoryMb;
        }
    }

    // ---------------------------------------------------------------- functions

    private FunctionState newFunction(int id, String name, int traceMemoryMb) {
        FunctionSettings s = FunctionSettings.INHERIT;
        for (FunctionRule rule : cfg.functionRules()) {
            if (rule.matches(name)) {
                s = rule.settings();
                break;
            }
        }
        int memory = s.memoryMb() != null ? s.memoryMb()
                : cfg.memoryMb() != InvocationCursor.MISSING ? cfg.memoryMb()
                : traceMemoryMb >= CpuModel.MIN_MEMORY_MB && traceMemoryMb <= CpuModel.MAX_MEMORY_MB ? traceMemoryMb
                : SimulationConfig.FALLBACK_MEMORY_MB;
        KeepAlive keepAlive = s.keepAlive() != null ? s.keepAlive() : cfg.keepAlive();
        KeepAlivePolicy policy = policies.computeIfAbsent(keepAlive, KeepAlive::newPolicy);
        InitModel init = cfg.init();
        if (s.init() != null) {
            init = s.init(); // fitted or given for this function: more specific than a runtime's preset
        } else if (s.runtime() != null) {
            InitPresets.Preset preset = InitPresets.find(s.runtime());
            if (preset != null) {
                init = preset.model();
            }
        }
        FunctionState f = new FunctionState(id, name, memory,
                s.timeoutUs() != null ? s.timeoutUs() : cfg.timeoutUs(),
                s.reserved() != null ? s.reserved() : cfg.reservedConcurrency(),
                s.provisioned() != null ? s.provisioned() : cfg.provisioned(),
                policy, policy.expiresInIdleOrder() && maxLifetimeUs == 0, init, cfg.perFunctionPercentiles());
        f.cpu = s.cpuFraction() != null ? new CpuModel(s.cpuFraction(), cfg.cpu().threads()) : cfg.cpu();
        if (id >= functions.length) {
            functions = Arrays.copyOf(functions, Math.max(id + 1, functions.length * 2));
        }
        functions[id] = f;
        functionCount = Math.max(functionCount, id + 1);
        limits.register(f);
        if (!f.provisioned.isNone()) {
            long tod = timeOfDay(now);
            if (f.provisioned.always()) {
                setProvisioned(f, true, 0); // enabled before the trace began
            } else {
                if (f.provisioned.enabledAt(tod)) {
                    setProvisioned(f, true, now);
                }
                queue.add(now + f.provisioned.nextToggleDelayUs(tod), PROVISION, id);
            }
        }
        Warmer w = cfg.warmer();
        if (!w.isNone()) {
            queue.add((now / w.periodUs() + 1) * w.periodUs(), WARMER, id);
        }
        return f;
    }

    // ---------------------------------------------------------------- result

    private SimulationResult finish() {
        long horizon = Math.max(lastActivityUs, now);
        now = horizon;
        List<UsageStats> stats = new ArrayList<>(functionCount);
        UsageStats total = null;
        for (int id = 0; id < functionCount; id++) {
            FunctionState f = functions[id];
            if (f == null) {
                continue;
            }
            closeAlive(f);
            UsageStats s = UsageTotals.of(f, horizon);
            stats.add(s);
            total = total == null ? s : UsageTotals.sum(total, s);
        }
        if (total == null) {
            total = UsageTotals.empty();
        }
        total = new UsageStats("*", -1, total.invocations(), total.coldStarts(), total.warmStarts(), total.throttled(),
                total.timeouts(), total.errors(), total.outOfMemory(), total.retries(), total.dropped(),
                total.warmerInvocations(), total.warmerColdStarts(), total.environmentsCreated(),
                total.provisionedEnvironments(), pool.peakAlive(), total.avgAlive(), total.avgBusy(), total.idleGbSeconds(),
                peakInflight, total.billing(), LatencySummary.of(latencyUs), total.observed());
        return new SimulationResult(total, stats, horizon, latencyUs.copy(),
                timeline == null ? null : timeline.finish(horizon), cfg);
    }

    /** Environments still alive at the end of the horizon count as alive until then. */
    private void closeAlive(FunctionState f) {
        if (f.provisionedEnabled) {
            f.cold.provisionedConfiguredUs += f.provisioned.count() * (now - f.cold.provisionedOnSinceUs);
        }
        // No invocation runs past the horizon, so f's live environments are exactly its idle ones.
        pool.closeAll(f, now);
    }
}
