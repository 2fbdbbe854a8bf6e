package io.lambdasim.engine;

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
import java.util.concurrent.CancellationException;
import org.HdrHistogram.Histogram;

/**
 * One run of the discrete-event simulation (single use). The event loop merges three sources in
 * time order: the trace, pulled lazily one invocation ahead from the cursor; the completions; and
 * the other events (reclamations, provisioned-concurrency switches, pre-warms, retries, event
 * source timers, warmer pings). At equal times they go in the order {@link EventKind} declares:
 * completions first, reclamations next, ..., trace arrivals, and warmer pings last.
 *
 * <p>An arrival goes to its function's {@link ArrivalStage}: the event source between the trace
 * and the pool. Synchronous calls start at once ({@link DirectStage}); async events wait in Lambda's
 * internal queue ({@link AsyncStage}). Stages start invocations through {@link #start}.
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

    private static final int COMPLETE = EventKind.COMPLETE.id();
    private static final int ARRIVAL = EventKind.ARRIVAL.id();

    private static final int PROGRESS_EVERY = 1 << 16;

    private final SimulationConfig cfg;
    private final ProgressListener listener;
    private final InvocationObserver observer;
    /** An observer is set: one predictable branch per invocation when none is. */
    private final boolean observing;
    private final EventQueue completions;
    private final EventQueue queue;
    private final EnvironmentPool pool;
    /** The pool's table, for the hot reads of an environment's function, flags and creation time. */
    private final EnvironmentTable envs;
    /** The invocation attempt being started (the registers stages fill; avoids a dozen parameters). */
    private final Attempt a = new Attempt();
    private final DirectStage direct;
    private final AsyncStage async;
    private final Limits limits;
    private final BillingMeasure billing;
    private final long maxLifetimeUs;
    private final TimelineRecorder timeline;
    private final Histogram latencyUs = new Histogram(3);
    /** Age of each message when a batch takes it (stream batches: of their newest record), async events at each start. */
    private final Histogram queueAgeUs = new Histogram(3);
    private final MessageTable messages = new MessageTable();
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
    /** Events and messages that stages hold (queued, awaiting a retry or a batch): the run goes on while any are. */
    private int held;

    // ---- the loop's position, kept in fields so a group's run can pause and resume (ParallelSimulation)
    private InvocationCursor cursor;
    private FunctionTable names;
    private long nextArrival;
    /** Time and kind of the last event handled: a group reports where it fell idle. */
    private long lastEventUs;
    private int lastEventKind = -1;
    /** Past the end (coupled: never): once idle, a group still handles events before this position. */
    private long boundUs = Long.MIN_VALUE;
    private int boundKind;
    /** A queued event sat exactly at the bound: whether the coupled run handles it is not known here. */
    private boolean boundTied;
    /** A group's record of its counts after each event, or null in a coupled run. */
    private GroupLog log;

    Simulation(SimulationConfig cfg, ProgressListener listener) {
        this(cfg, listener, null, null);
    }

    /** {@code sink}: stream the timeline there instead of keeping it (null: keep it). */
    Simulation(SimulationConfig cfg, ProgressListener listener, TimelineSink sink) {
        this(cfg, listener, sink, null);
    }

    /** {@code observer}: told where each invocation ran (calibration's check; null: nobody). */
    Simulation(SimulationConfig cfg, ProgressListener listener, InvocationObserver observer) {
        this(cfg, listener, null, observer);
    }

    Simulation(SimulationConfig cfg, ProgressListener listener, TimelineSink sink, InvocationObserver observer) {
        this.cfg = cfg;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.observer = observer == null ? InvocationObserver.NONE : observer;
        this.observing = observer != null && observer != InvocationObserver.NONE;
        this.completions = new TimingWheelEventQueue();
        this.queue = DaryHeapEventQueue.quaternary();
        this.limits = new Limits(cfg.accountConcurrency(), cfg.scaling());
        this.billing = cfg.billing();
        this.maxLifetimeUs = cfg.maxLifetimeUs();
        this.pool = new EnvironmentPool(queue, cfg.reuse(), maxLifetimeUs);
        this.envs = pool.table();
        this.timeline = cfg.timelineBucketUs() > 0 ? new TimelineRecorder(cfg.timelineBucketUs(), sink) : null;
        this.direct = new DirectStage(this);
        this.async = new AsyncStage(this, a, cfg.throttleBackoffUs(), cfg.throttleBackoffMaxUs());
    }

    SimulationResult run(InvocationCursor cursor) {
        begin(cursor);
        loop();
        return finish();
    }

    /** Starts reading {@code c}: its first arrival becomes the next one. */
    void begin(InvocationCursor c) {
        cursor = c;
        names = c.functions();
        if (c.next()) {
            nextArrival = c.startUs();
        } else {
            nextArrival = Long.MAX_VALUE;
            traceDone = true;
        }
    }

    /**
     * The event loop. Returns true when a group's window ends ({@link WindowCursor#PAUSE}: every
     * event before the window's end handled; {@link #begin} the next window to go on), false when
     * the run is over (coupled) or the group has fallen idle after the end of the trace.
     */
    boolean loop() {
        InvocationCursor cursor = this.cursor;
        long nextArrival = this.nextArrival;
        // The next row's function, read once per row: the marker check, the prefetch and the
        // arrival all need it, and a cursor call per use showed in the profile.
        int nextFunction = nextArrival == Long.MAX_VALUE ? 0 : cursor.functionId();
        while (true) {
            long nextCompletion = completions.peekTime();
            long top = Math.min(nextCompletion, queue.peekTime());
            if (nextArrival < top || (nextArrival == top && nextCompletion != top && queue.peekKind() > ARRIVAL)) {
                // A trace arrival before every queued event, or tied only with kinds ranked after
                // arrivals (warmer pings: the user's call goes first).
                now = nextArrival;
                if (nextFunction >= WindowCursor.END) {
                    // A marker of a group's window, not an invocation (never in a coupled run).
                    lastEventUs = now;
                    lastEventKind = ARRIVAL;
                    if (nextFunction == WindowCursor.PAUSE) {
                        this.nextArrival = nextArrival;
                        return true;
                    }
                    traceDone = true; // the last arrival of the whole trace, in whichever group, is behind
                    if (cursor.next()) {
                        nextArrival = cursor.startUs();
                        nextFunction = cursor.functionId();
                    } else {
                        nextArrival = Long.MAX_VALUE;
                    }
                    continue;
                }
                arrival(cursor, nextFunction);
                if (log != null) {
                    record(ARRIVAL);
                }
                if (cursor.next()) {
                    nextArrival = cursor.startUs();
                    nextFunction = cursor.functionId();
                    touchAhead(nextFunction);
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
            if (top == Long.MAX_VALUE || (traceDone && inflight == 0 && held == 0)) {
                // Only reclamations and schedules of an idle system remain: the horizon has ended.
                // (A group stopped at a bound goes on to the events before it.)
                if (top == Long.MAX_VALUE || !beforeBound(top, nextCompletion == top ? COMPLETE : queue.peekKind())) {
                    break;
                }
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
                if (log != null) {
                    record(COMPLETE);
                }
                continue;
            }
            int kind = queue.peekKind();
            int payload = queue.peekPayload();
            queue.removeFirst();
            switch (EventKind.of(kind)) {
                case RECLAIM: pool.reclaim(functions[payload], now); break;
                case SOURCE: functions[payload].source.timer(functions[payload]); break;
                case PROVISION: provisionSwitch(functions[payload]); break;
                case PREWARM: prewarm(functions[payload]); break;
                case RETRY: async.retry(payload); break;
                case WARMER: warmer(functions[payload]); break;
                default: throw new IllegalStateException("unexpected event kind " + EventKind.of(kind));
            }
            if (timeline != null) {
                timeline.state(inflight, pool.alive(), provisionedMbEnabled);
            }
            if (log != null) {
                record(kind);
            }
        }
        this.nextArrival = nextArrival;
        return false;
    }

    /** Whether an event at ({@code timeUs}, {@code kind}) lies before the bound of an idle group. */
    private boolean beforeBound(long timeUs, int kind) {
        if (timeUs < boundUs || (timeUs == boundUs && kind < boundKind)) {
            return true;
        }
        if (timeUs == boundUs && kind == boundKind) {
            boundTied = true;
        }
        return false;
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
        if (id < functionCount) { // (a window's marker has an id far above)
            FunctionState f = functions[id];
            if (f != null) {
                touched += f.idle.size();
            }
        }
    }

    private void arrival(InvocationCursor c, int id) {
        FunctionState f = id < functionCount && functions[id] != null ? functions[id] : newFunction(id, names.name(id), c.memoryMb());
        if (timeline != null) {
            timeline.advance(now);
            timeline.invocation(now);
        }
        f.invocations++;
        long observedInit = c.initUs();
        if (observedInit != InvocationCursor.MISSING) {
            f.cold.observedColdStarts++;
            f.observeInit(observedInit, f.random);
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
        ArrivalStage stage = f.source;
        if (stage == null) {
            stage = stageFor(c.invocationType()); // no source configured: the row's own trigger decides
        }
        // Payload size and partition key only matter to a stage that batches or shards: a direct
        // call leaves them unread (two cursor calls fewer on the common path).
        boolean startsDirectly = stage == direct;
        a.arrive(now, factor == 1.0 ? c.durationUs() : Math.round(c.durationUs() * factor), c.maxMemoryUsedMb(), c.status(),
                observedInit == InvocationCursor.MISSING || factor == 1.0 ? observedInit : Math.round(observedInit * factor),
                startsDirectly ? 0 : c.payloadBytes());
        long billedInit = c.initBilledUs();
        a.observedInitBilledUs = billedInit == InvocationCursor.MISSING || factor == 1.0 ? billedInit : Math.round(billedInit * factor);
        a.partitionKey = startsDirectly ? InvocationCursor.MISSING : c.partitionKey();
        if (startsDirectly) {
            // The common case: a call on the final class, bound statically, without the interface dispatch.
            direct.arrive(f);
        } else {
            stage.arrive(f);
        }
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

    /**
     * The stage of an arrival: by the trace row's invocation type (the trace's own trigger: a
     * synchronous or unknown call starts directly; an async or polled one goes through Lambda's
     * internal queue and is retried).
     */
    private ArrivalStage stageFor(int invocationType) {
        return invocationType == InvocationType.ASYNC || invocationType == InvocationType.POLL ? async : direct;
    }

    // ---------------------------------------------------------------- services for stages

    long now() {
        return now;
    }

    FunctionState function(int id) {
        return functions[id];
    }

    void schedule(long timeUs, EventKind kind, int payload) {
        queue.add(timeUs, kind.id(), payload);
    }

    /** A stage holds {@code delta} more (or fewer) events or messages. */
    void hold(int delta) {
        held += delta;
    }

    /** Messages taken the instant they arrived: recorded in the histogram in one go at the end (a record each costs). */
    private long queueAgeZeros;

    /** A message of {@code f} is taken the instant it arrived (queue age 0). */
    void queueAgeZero() {
        queueAgeZeros++;
    }

    /** A queued message or event of {@code f} is taken (or started) {@code ageUs} after it arrived. */
    void queueAge(FunctionState f, long ageUs) {
        queueAgeUs.recordValue(ageUs);
        if (ageUs > f.cold.queueAgeMaxUs) {
            f.cold.queueAgeMaxUs = ageUs;
        }
    }

    /** The current attempt of {@code f} was refused by a limit. */
    void throttled(FunctionState f) {
        f.cold.throttled++;
        if (timeline != null) {
            timeline.throttle(now);
        }
    }

    private void warmer(FunctionState f) {
        Warmer w = cfg.warmer();
        for (int i = 0; i < w.concurrency(); i++) {
            a.ping(now, w.durationUs());
            start(f, true);
        }
        if (!traceDone) {
            schedule(now + w.periodUs(), EventKind.WARMER, f.id);
        }
    }

    // ---------------------------------------------------------------- starting an invocation

    /**
     * Runs the current attempt on an environment of {@code f}; false when a limit throttles it.
     * Decides everything about it now (INIT, duration, timeout, failure, billing, latency) and
     * writes its end and failure back into the attempt.
     */
    boolean start(FunctionState f, boolean isWarmer) {
        int env;
        boolean cold = false;
        boolean onProvisioned = f.hasProvisioned && !f.provisionedIdle.isEmpty();
        boolean reinit = false;
        if (onProvisioned) {
            env = f.provisionedIdle.popTop();
            reinit = f.resetIdle > 0 && envs.clearReset(env);
        } else {
            if (!limits.admits(f)) {
                return false;
            }
            if (!f.idle.isEmpty()) {
                env = pool.takeIdle(f);
                reinit = f.resetIdle > 0 && envs.clearReset(env);
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
        if (reinit) {
            // Reset after a timeout or out-of-memory failure: INIT runs again inside this invocation.
            f.resetIdle--;
            f.cold.reinitialised++;
            cold = true;
        }
        long init = 0;
        if (cold) {
            init = initUs(f);
            f.cold.initUs += init;
        }
        long run = a.durationUs;
        boolean timedOut = run > f.timeoutUs || a.status == Status.TIMEOUT;
        if (run > f.timeoutUs) {
            run = f.timeoutUs; // stopped at the timeout and billed for it
        }
        boolean outOfMemory = a.maxMemoryMb != InvocationCursor.MISSING && a.maxMemoryMb > f.memoryMb;
        boolean failed = timedOut || outOfMemory || a.status == Status.ERROR;
        long end = now + init + run;
        a.endUs = end;
        a.failed = failed;
        if (maxLifetimeUs > 0 && end - envs.createdUs[env] >= maxLifetimeUs) {
            envs.addFlags(env, EnvironmentTable.DISCARD);
        } else if (timedOut || outOfMemory) {
            envs.addFlags(env, EnvironmentTable.RESET); // kept, and initialised again by its next invocation
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
        long latency = end - a.latencyOriginUs;
        latencyUs.recordValue(latency);
        f.recordLatency(latency);
        return true;
    }

    private void bill(FunctionState f, long init, long run, boolean cold, boolean onProvisioned) {
        f.requests++;
        if (onProvisioned) {
            f.cold.provisionedBilledUs += billing.billedUs(run + init); // INIT only when a reset environment re-initialises
            return;
        }
        boolean initBilled = cold && billing.initBilled();
        if (cold && a.observedInitUs != InvocationCursor.MISSING && a.observedInitBilledUs != InvocationCursor.MISSING) {
            // A replayed SnapStart restore bills what AWS billed of it (Billed Restore Duration),
            // whatever the era's INIT rule: the restore itself is not charged, the hooks are.
            init = a.observedInitBilledUs;
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

    /** INIT of a simulated cold start: this row's observed INIT, else one the trace observed for the function, else the model. */
    private long initUs(FunctionState f) {
        if (a.observedInitUs != InvocationCursor.MISSING) {
            return a.observedInitUs;
        }
        if (f.hasObservedInit()) {
            return f.sampleObservedInit(f.random);
        }
        long sample = f.initModel.sampleUs(f.random);
        return f.factor == 1.0 ? sample : Math.round(sample * f.factor);
    }

    // ---------------------------------------------------------------- completions and the pool

    /**
     * An invocation ended: its environment goes back to the pool (idle, reset, or destroyed). Kept
     * small, and the on-demand path ({@link #keepOrDestroy}) apart from the rare provisioned one
     * ({@link #releaseProvisioned}), so that the JIT inlines the common path into the loop: this
     * runs once per invocation, and a call more here showed in the profile.
     */
    private void complete(int env) {
        int meta = envs.meta[env];
        FunctionState f = functions[EnvironmentTable.function(meta)];
        inflight--;
        f.inflight--;
        f.lastEndUs = now;
        int flags = EnvironmentTable.flags(meta);
        if ((flags & EnvironmentTable.PROVISIONED) != 0) {
            releaseProvisioned(f, env, flags);
        } else {
            limits.finished(f);
            keepOrDestroy(f, env, flags);
        }
        if (f.source != null) {
            f.source.completed(f); // a poller's batch ended: its source may start the next
        }
    }

    private void keepOrDestroy(FunctionState f, int env, int flags) {
        if ((flags & EnvironmentTable.DISCARD) != 0) {
            pool.destroy(f, env, now);
            return;
        }
        if (f.inflight == 0) {
            long prewarm = f.keepAlive.prewarmDelayUs(f.id, now);
            if (prewarm != KeepAlivePolicy.NO_PREWARM) {
                pool.destroy(f, env, now); // unloaded now, loaded again just before the next expected arrival
                f.cold.prewarmAtUs = now + prewarm;
                schedule(f.cold.prewarmAtUs, EventKind.PREWARM, f.id);
                return;
            }
        }
        long keep = f.keepAlive.keepAliveUs(f.id, now, f.random);
        if (keep == 0) {
            pool.destroy(f, env, now);
            return;
        }
        if ((flags & EnvironmentTable.RESET) != 0) {
            f.resetIdle++;
        }
        pool.makeIdle(f, env, keep, now);
    }

    /** A provisioned environment's invocation ended: it waits for the next, or is replaced (AWS replaces it). */
    private void releaseProvisioned(FunctionState f, int env, int flags) {
        if (f.provisionedEnabled && (flags & EnvironmentTable.DISCARD) == 0) {
            if ((flags & EnvironmentTable.RESET) != 0) {
                f.resetIdle++;
            }
            f.provisionedIdle.pushTop(env);
        } else {
            pool.destroy(f, env, now);
            if (f.provisionedEnabled) {
                f.provisionedIdle.pushTop(pool.create(f, EnvironmentTable.PROVISIONED, now));
            }
        }
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
            pool.makeIdle(f, env, f.keepAlive.keepAliveUs(f.id, now, f.random), now);
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
            schedule(now + f.provisioned.nextToggleDelayUs(timeOfDay(now)), EventKind.PROVISION, f.id);
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
            f.cold.provisionedConfiguredUs += count * ProvisionedSchedule.billedUs(now - f.cold.provisionedOnSinceUs);
            while (!f.provisionedIdle.isEmpty()) {
                pool.destroyIdle(f, f.provisionedIdle.popTop(), now);
            }
            provisionedMbEnabled -= count * f.memoryMb;
        }
        limits.provisioned(f, on);
    }

    // ---------------------------------------------------------------- functions

    private FunctionState newFunction(int id, String name, int traceMemoryMb) {
        FunctionConfig settings = cfg.settingsFor(name);
        KeepAlivePolicy policy = policies.computeIfAbsent(settings.keepAlive(), KeepAlive::newPolicy);
        FunctionState f = new FunctionState(id, settings, settings.memoryMb(traceMemoryMb), policy,
                policy.expiresInIdleOrder() && maxLifetimeUs == 0, cfg.perFunctionPercentiles(), cfg.seed());
        if (id >= functions.length) {
            functions = Arrays.copyOf(functions, Math.max(id + 1, functions.length * 2));
        }
        functions[id] = f;
        functionCount = Math.max(functionCount, id + 1);
        limits.register(f);
        f.source = sourceStage(settings);
        if (!f.provisioned.isNone()) {
            long tod = timeOfDay(now);
            if (f.provisioned.always()) {
                setProvisioned(f, true, 0); // enabled before the trace began
            } else {
                if (f.provisioned.enabledAt(tod)) {
                    setProvisioned(f, true, now);
                }
                schedule(now + f.provisioned.nextToggleDelayUs(tod), EventKind.PROVISION, id);
            }
        }
        Warmer w = cfg.warmer();
        if (!w.isNone()) {
            schedule((now / w.periodUs() + 1) * w.periodUs(), EventKind.WARMER, id);
        }
        return f;
    }

    /** The stage of a function whose source is configured; null: each row's trigger decides ({@link #stageFor}). */
    private ArrivalStage sourceStage(FunctionConfig settings) {
        if (settings.source() == null) {
            return null;
        }
        switch (settings.source()) {
            case SYNC: return direct;
            case ASYNC: case SCHEDULE: return async; // EventBridge invokes a schedule's target asynchronously
            case SQS: return new SqsStage(this, a, messages, settings.sqs(), settings.reserved());
            default: return new StreamStage(this, a, messages, settings.stream());
        }
    }

    // ---------------------------------------------------------------- result

    private SimulationResult finish() {
        long horizon = Math.max(lastActivityUs, now);
        List<UsageStats> stats = close(horizon);
        UsageStats total = UsageStats.total(stats, horizon, pool.peakAlive(), peakInflight, LatencySummary.of(latencyUs),
                LatencySummary.of(queueAgeUs));
        return new SimulationResult(total, stats, horizon, latencyUs.copy(),
                timeline == null ? null : timeline.finish(horizon), cfg);
    }

    /**
     * Ends the run at {@code horizon}: every function's figures, in id order, its environments
     * counted alive until then; the queue ages of messages taken at once join their histogram.
     */
    List<UsageStats> close(long horizon) {
        now = horizon;
        List<UsageStats> stats = new ArrayList<>(functionCount);
        for (int id = 0; id < functionCount; id++) {
            FunctionState f = functions[id];
            if (f == null) {
                continue;
            }
            closeAlive(f);
            if (f.source != null) {
                f.source.finish(f);
            }
            stats.add(UsageTotals.of(f, horizon));
        }
        if (queueAgeZeros > 0) {
            queueAgeUs.recordValueWithCount(0, queueAgeZeros);
            queueAgeZeros = 0;
        }
        return stats;
    }

    // ---------------------------------------------------------------- a group of a parallel run

    /** Runs as one group of a {@link ParallelSimulation}: counts are logged after each event. */
    void logTo(GroupLog groupLog) {
        this.log = groupLog;
    }

    private void record(int kind) {
        lastEventUs = now;
        lastEventKind = kind;
        log.add(now, kind, inflight, pool.alive(), limits.claim(), provisionedMbEnabled);
    }

    /**
     * An idle group handles the events it still has before ({@code timeUs}, {@code kind}), where
     * the coupled run stops; if one makes it busy again (a warmer ping) it runs on until idle.
     */
    void advanceTo(long timeUs, int kind) {
        boundUs = timeUs;
        boundKind = kind;
        boundTied = false;
        loop();
    }

    long lastEventUs() {
        return lastEventUs;
    }

    int lastEventKind() {
        return lastEventKind;
    }

    long lastActivityUs() {
        return lastActivityUs;
    }

    boolean boundTied() {
        return boundTied;
    }

    /** The account's reserved and provisioned allocations of this run's functions (AWS keeps 100 unreserved). */
    int allocated() {
        return limits.allocated();
    }

    Histogram latencyHistogram() {
        return latencyUs;
    }

    Histogram queueAgeHistogram() {
        return queueAgeUs;
    }

    TimelineRecorder timelineRecorder() {
        return timeline;
    }

    /** Environments still alive at the end of the horizon count as alive until then. */
    private void closeAlive(FunctionState f) {
        if (f.provisionedEnabled) {
            f.cold.provisionedConfiguredUs += f.provisioned.count() * ProvisionedSchedule.billedUs(now - f.cold.provisionedOnSinceUs);
        }
        // No invocation runs past the horizon, so f's live environments are exactly its idle ones.
        pool.closeAll(f, now);
    }
}
