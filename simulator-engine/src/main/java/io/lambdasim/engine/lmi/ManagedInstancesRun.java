package io.lambdasim.engine.lmi;

import io.lambdasim.engine.LatencySummary;
import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * One replay on a capacity provider: the event loop. Events in (time, kind, sequence) order:
 * completions, then the scaler's period boundaries, then retries, then arrivals in trace order.
 *
 * <p>An arrival goes to its function's least-loaded environment, which takes it while it has a free
 * concurrency slot ({@code max_concurrency}). When the least-loaded one is full, every one is: the
 * invocation is throttled. Synchronous ones fail with a 429; asynchronous ones are retried with
 * back-off (1 s, doubling, at most 5 min) until their maximum event age. (AWS's troubleshooting page
 * adds that Managed Instances "might reject new invokes to protect invokes that are already in
 * flight" when utilisation is high; the model lets CPU saturation stretch durations instead, which
 * fills the slots and throttles in turn.)
 *
 * <p>Contention: an invocation whose CPU share is {@code s} (CPU work over unloaded wall time)
 * starts in an environment of {@code C} vCPUs already running a demand {@code D}; when
 * {@code D + s > C} its duration is stretched by {@code (D + s) / C}. That is the steady state of
 * the CPU-bound share model under processor sharing (k invocations of share f on C vCPUs each take
 * {@code k·f / C} times as long, Little's law), applied at the start of each invocation rather than
 * re-timing those in flight.
 */
final class ManagedInstancesRun {
    private static final long PPM = 1_000_000L;

    private final CapacityProviderConfig config;
    private final InvocationShape shape;
    private final Instances instances;
    private final Environments envs;
    private final Scaler scaler;
    private final LevelIntegral running;
    private final LevelIntegral active;
    private final long windowStart;
    private final long capacityPpm;
    private final int maxConcurrency;
    private final Histogram latencies = new Histogram(3);

    private final EventHeap completions = new EventHeap();
    private int[] doneEnv = new int[64];
    private long[] doneShare = new long[64];

    private final EventHeap retries = new EventHeap();
    private int[] retryFunction = new int[64];
    private long[] retryDuration = new long[64];
    private int[] retryMemory = new int[64];
    private long[] retryFirst = new long[64];
    private int[] retryAttempts = new int[64];

    private long invocations;
    private long executed;
    private long throttled;
    private long throttleEvents;
    private long retried;
    private long dropped;
    private long lastCompletion;
    private double cpuWorkUs;
    private double busyUs;
    private double unloadedUs;

    ManagedInstancesRun(CapacityProviderConfig config, long windowStart) {
        this.config = config;
        this.windowStart = windowStart;
        long windowEnd = config.horizonUs() > 0 ? config.horizonUs() : Long.MAX_VALUE;
        this.running = new LevelIntegral(windowStart, windowEnd);
        this.active = new LevelIntegral(windowStart, windowEnd);
        this.shape = new InvocationShape(config);
        this.instances = new Instances(config.environmentsPerInstance(), running);
        this.envs = new Environments(instances, active);
        this.scaler = new Scaler(config, envs, instances);
        this.capacityPpm = config.environment().vcpus() * PPM;
        this.maxConcurrency = config.environment().maxConcurrency();
        this.lastCompletion = windowStart;
    }

    /** Deploys the functions the first period asks for, in function order, at the window's start. */
    void deploy(int[] environmentsByFunction) {
        int total = 0;
        for (int n : environmentsByFunction) {
            total += Math.max(n, config.minEnvironments());
        }
        int slots = instances.slotsPerInstance();
        int initial = Math.max(config.minInstances(), Math.min(config.maxInstances(), (total + slots - 1) / slots));
        for (int i = 0; i < initial; i++) {
            instances.launch(windowStart, windowStart);
        }
        for (int f = 0; f < environmentsByFunction.length; f++) {
            if (environmentsByFunction[f] > 0) {
                scaler.deploy(f, environmentsByFunction[f], windowStart);
            }
        }
        running.settle();
        active.settle();
    }

    ManagedInstancesResult run(InvocationCursor cursor) {
        long period = config.reactionUs();
        long nextBoundary = windowStart + period;
        boolean hasRow = cursor.next();
        while (hasRow || !retries.isEmpty() || !completions.isEmpty()) {
            long arrival = hasRow ? cursor.startUs() : Long.MAX_VALUE;
            long retry = retries.isEmpty() ? Long.MAX_VALUE : retries.peekTime();
            long next = Math.min(arrival, retry);
            if (!completions.isEmpty() && completions.peekTime() <= Math.min(next, nextBoundary)) {
                complete();
            } else if (nextBoundary <= next) {
                scaler.evaluate(nextBoundary);
                nextBoundary += period;
            } else if (retry <= arrival) {
                retry();
            } else {
                invocations++;
                offer(cursor.functionId(), arrival, cursor.durationUs(), cursor.memoryMb(), arrival, 0,
                        cursor.invocationType());
                hasRow = cursor.next();
            }
        }
        // A generated workload's window runs to its horizon: the scaler keeps acting after the last completion.
        while (nextBoundary <= config.horizonUs()) {
            scaler.evaluate(nextBoundary);
            nextBoundary += period;
        }
        return finish();
    }

    private void complete() {
        long t = completions.peekTime();
        int h = completions.poll();
        envs.complete(doneEnv[h], doneShare[h], t);
        completions.release(h);
        lastCompletion = Math.max(lastCompletion, t);
    }

    private void retry() {
        long t = retries.peekTime();
        int h = retries.poll();
        int f = retryFunction[h];
        long d = retryDuration[h];
        int mem = retryMemory[h];
        long first = retryFirst[h];
        int attempts = retryAttempts[h];
        retries.release(h);
        retried++;
        offer(f, t, d, mem, first, attempts, InvocationType.ASYNC);
    }

    /** An attempt of an invocation of {@code f} at {@code now}, first arrived at {@code first}. */
    private void offer(int f, long now, long durationUs, int memoryMb, long first, int attempts, int type) {
        if (!scaler.deployed(f)) {
            scaler.deploy(f, config.minEnvironments(), now);
        }
        shape.of(durationUs, memoryMb);
        long share = shape.wallUs > 0 ? shape.cpuUs * PPM / shape.wallUs : 0;
        int e = envs.leastLoaded(f);
        if (e < 0 || envs.inflight[e] >= maxConcurrency) {
            throttle(f, now, durationUs, memoryMb, first, attempts, type);
            return;
        }
        long demand = envs.demandPpm[e] + share;
        long wall = demand > capacityPpm ? shape.wallUs * demand / capacityPpm : shape.wallUs;
        envs.admit(e, share);
        long end = now + wall;
        int h = completions.add(end);
        if (h >= doneEnv.length) {
            doneEnv = Arrays.copyOf(doneEnv, doneEnv.length * 2);
            doneShare = Arrays.copyOf(doneShare, doneShare.length * 2);
        }
        doneEnv[h] = e;
        doneShare[h] = share;
        scaler.started(f, shape.cpuUs, wall);
        latencies.recordValue(end - first);
        executed++;
        cpuWorkUs += shape.cpuUs;
        busyUs += wall;
        unloadedUs += shape.wallUs;
    }

    private void throttle(int f, long now, long durationUs, int memoryMb, long first, int attempts, int type) {
        throttleEvents++;
        scaler.throttled(f);
        if (type != InvocationType.ASYNC && type != InvocationType.POLL) {
            throttled++; // synchronous (or unknown): an HTTP 429 to the caller
            return;
        }
        long backoff = Math.min(config.throttleBackoffMaxUs(), config.throttleBackoffUs() << Math.min(attempts, 30));
        long at = now + backoff;
        if (at - first > config.maxEventAgeUs()) {
            dropped++;
            return;
        }
        int h = retries.add(at);
        if (h >= retryFunction.length) {
            int n = retryFunction.length * 2;
            retryFunction = Arrays.copyOf(retryFunction, n);
            retryDuration = Arrays.copyOf(retryDuration, n);
            retryMemory = Arrays.copyOf(retryMemory, n);
            retryFirst = Arrays.copyOf(retryFirst, n);
            retryAttempts = Arrays.copyOf(retryAttempts, n);
        }
        retryFunction[h] = f;
        retryDuration[h] = durationUs;
        retryMemory[h] = memoryMb;
        retryFirst[h] = first;
        retryAttempts[h] = attempts + 1;
    }

    private ManagedInstancesResult finish() {
        long windowEnd = config.horizonUs() > 0 ? config.horizonUs() : Math.max(lastCompletion, windowStart + 1);
        double instanceUs = running.finish(windowEnd);
        double envUs = active.finish(windowEnd);
        long[] lifetimes = instances.finish(windowStart, windowEnd);
        double window = windowEnd - windowStart;
        double vcpuUs = envUs * config.environment().vcpus();
        LatencySummary latency = latencies.getTotalCount() == 0 ? LatencySummary.EMPTY
                : new LatencySummary(latencies.getTotalCount(), latencies.getMean() / 1000.0,
                latencies.getValueAtPercentile(50) / 1000.0, latencies.getValueAtPercentile(90) / 1000.0,
                latencies.getValueAtPercentile(99) / 1000.0, latencies.getMaxValue() / 1000.0);
        return new ManagedInstancesResult(invocations, executed, throttled, throttleEvents, retried, dropped, 0,
                (int) running.min(), instanceUs / window, (int) running.max(), instanceUs / 1e6, lifetimes,
                instances.slotsPerInstance(), config.environment(), scaler.environmentsStarted, (int) active.max(),
                envUs / window, envs.peakInflight, envUs > 0 ? busyUs / envUs : 0, vcpuUs > 0 ? Math.min(1, cpuWorkUs / vcpuUs) : 0,
                unloadedUs > 0 ? busyUs / unloadedUs : 1, latency, latencies.copy(), windowStart, windowEnd);
    }
}
