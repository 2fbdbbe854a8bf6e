package io.lambdasim.engine.ec2;

import io.lambdasim.traces.InvocationCursor;
import org.HdrHistogram.Histogram;

/**
 * Second pass: replays the trace on the fleet, event by event.
 *
 * <p>Each arriving request is placed on an instance by the {@link LoadBalancer}. An instance admits
 * as many requests as it has memory slots; the others wait in its own queue (or, under
 * {@link Balancer#CENTRAL}, in the balancer's shared one), first come first served. An admitted
 * request computes on the instance's vCPUs, shared with the others computing there
 * ({@link SharedCpu}: processor sharing, so more CPU-bound requests than vCPUs slow each other
 * down), then waits out its I/O, then frees its slot. Its wait is the time from arrival to
 * admission; its response time runs to the slot's release.
 *
 * <p>Events, in this order when they fall on the same µs: a launched instance starts serving, a
 * period ends, an instance's first request finishes its CPU work, a request finishes its I/O, a
 * request arrives. The CPU and I/O completions share one heap; an instance's CPU completion is
 * entered again whenever sharing moves it, and the entry it replaces is skipped when it comes up
 * (its time no longer matches the instance's). Each event costs {@code O(log n)} heap steps and
 * allocates nothing.
 *
 * <p>At each period boundary the fleet measures its utilisation (exact integrals over the
 * instances), settles burstable CPU credits (a throttled standard-mode fleet runs at its baseline,
 * with the same sharing), and (autoscaled) acts as target tracking does: launch
 * {@code ceil(n·u/target) − n} instances, which take traffic once the launch delay is over, or,
 * after the cooldown, take the least loaded instances out of the balancer; they finish what they
 * hold (draining, billed meanwhile) and terminate.
 */
final class FleetRun {
    private static final long NEVER = Long.MAX_VALUE;

    private final FleetConfig config;
    private final int slots;
    private final RequestShape shape;
    private final RequestTable requests = new RequestTable();
    /**
     * Completions by time: a request's I/O (id = its handle) or an instance's next CPU completion
     * (id = {@code ~instance}, negative). At the same µs their order does not matter: nothing
     * happens between them, so every integral and decision comes out the same.
     */
    private final MinHeap completions = new MinHeap();
    private final LoadBalancer balancer;
    private final Fleet fleet;
    private final PeriodUsage usage = new PeriodUsage();
    private final CpuCredits credits;
    /** Waits of the requests that waited; the others are counted in {@link #queued}'s complement. */
    private final Histogram waits = new Histogram(3);
    private final Histogram responses = new Histogram(3);

    private long lastScalingUs = Long.MIN_VALUE / 2;
    private long overloadedSeconds;
    private long lastOverloadedSecond = -1;
    private long queued;
    private long invocations;
    private long lastDoneUs;

    FleetRun(FleetConfig config, int slotsPerInstance) {
        this(config, slotsPerInstance, LoadBalancer.SCAN_LIMIT);
    }

    /** With the balancer's scan limit given (tests: 0 makes least-outstanding use its heap at any size). */
    FleetRun(FleetConfig config, int slotsPerInstance, int scanLimit) {
        this.config = config;
        this.slots = slotsPerInstance;
        this.shape = new RequestShape(config);
        this.balancer = new LoadBalancer(config.balancer(), scanLimit);
        this.fleet = new Fleet(config.vcpus(), shape.parallel());
        this.credits = new CpuCredits(config.burst(), config.baselinePerVcpu());
    }

    FleetResult run(InvocationCursor cursor, int initialInstances) {
        for (int i = 0; i < initialInstances; i++) {
            fleet.launch(0, 0);
        }
        long period = config.periodUs();
        long nextBoundary = period;
        // The next launch to start serving or period to end: rare events, looked at only when due.
        long special = Math.min(nextBoundary, fleet.nextServingUs());
        long arrival = cursor.next() ? cursor.startUs() : NEVER;
        while (true) {
            long done = completions.peekKey();
            long t = Math.min(arrival, done);
            if (t >= special) {
                // When no request is left, close the periods the last ones ran into (so
                // utilisation and credits count them) and stop: the horizon is the end of the
                // period of the last completion.
                if (t == NEVER && special > ceilToPeriod(lastDoneUs)) {
                    break;
                }
                long serving = fleet.nextServingUs();
                if (serving < nextBoundary) {
                    startServing(fleet.nextServing(), serving);
                } else {
                    evaluate(nextBoundary);
                    nextBoundary += period;
                }
                special = Math.min(nextBoundary, fleet.nextServingUs());
            } else if (done == t) {
                int id = completions.peekId();
                if (id < 0 && fleet.byId[~id].cpuEventUs == t) {
                    finishComputing(fleet.byId[~id], t);
                } else {
                    completions.poll(); // a request's I/O is done, or an instance's outdated entry
                    if (id >= 0) {
                        release(fleet.byId[requests.instance[id]], id, t);
                    }
                }
            } else {
                arrive(cursor, t);
                arrival = cursor.next() ? cursor.startUs() : NEVER;
            }
        }
        return finish(Math.max(nextBoundary - period, ceilToPeriod(lastDoneUs)), initialInstances);
    }

    private long ceilToPeriod(long t) {
        long period = config.periodUs();
        return (t + period - 1) / period * period;
    }

    private void arrive(InvocationCursor row, long t) {
        shape.of(row);
        int h = requests.allocate();
        requests.arrivalUs[h] = t;
        requests.workUs[h] = shape.cpuUs;
        requests.ioUs[h] = shape.ioUs;
        invocations++;
        Instance i = balancer.choose(fleet.byId, slots);
        if (i == null) {
            balancer.shared.add(requests, h);
            overloaded(t);
            return;
        }
        i.outstanding++;
        if (i.inService < slots) {
            admit(i, h, t);
        } else {
            i.queue.add(requests, h);
            overloaded(t);
        }
        balancer.placed(i);
    }

    private void overloaded(long t) {
        long second = t / 1_000_000L;
        if (second != lastOverloadedSecond) {
            lastOverloadedSecond = second;
            overloadedSeconds++;
        }
    }

    /** Request {@code h} takes a slot on {@code i} at {@code t}. The caller re-sorts {@code i} in the balancer. */
    private void admit(Instance i, int h, long t) {
        i.advance(t);
        i.inService++;
        requests.instance[h] = i.id;
        long wait = t - requests.arrivalUs[h];
        if (wait > 0) {
            waits.recordValue(wait);
            queued++;
        }
        long work = requests.workUs[h];
        if (work > 0) {
            if (i.cpu.join(h, work)) {
                scheduleCpu(i, i.cpu.nextCompletionUs());
            }
        } else {
            completions.add(t + requests.ioUs[h], h);
        }
    }

    /** Enters the instance's next CPU completion, unless it is already entered for that time. */
    private void scheduleCpu(Instance i, long at) {
        if (at != i.cpuEventUs) {
            i.cpuEventUs = at;
            if (at != NEVER) {
                completions.add(at, ~i.id);
            }
        }
    }

    /**
     * The requests on {@code i} whose CPU work is done at {@code t} go on to their I/O (or finish).
     * Its entry is the completions' top: the first of them takes its place.
     */
    private void finishComputing(Instance i, long t) {
        i.advance(t);
        int h = i.cpu.finishFirst();
        long io = requests.ioUs[h];
        if (io > 0) {
            completions.replaceTop(t + io, h);
        } else {
            completions.poll();
            release(i, h, t);
        }
        long next = i.cpu.nextCompletionUs();
        while (next <= t) {
            h = i.cpu.finishFirst();
            io = requests.ioUs[h];
            if (io > 0) {
                completions.add(t + io, h);
            } else {
                release(i, h, t);
            }
            next = i.cpu.nextCompletionUs();
        }
        if (i.state != Instance.State.TERMINATED) {
            scheduleCpu(i, next);
        }
    }

    /** Request {@code h} is done and frees its slot on {@code i}, which takes the next waiting request. */
    private void release(Instance i, int h, long t) {
        i.advance(t);
        i.inService--;
        i.outstanding--;
        responses.recordValue(t - requests.arrivalUs[h]);
        lastDoneUs = t;
        requests.release(h);
        if (i.state == Instance.State.ROUTABLE && i.queue.isEmpty() && !balancer.shared.isEmpty()) {
            i.outstanding++; // one out, one in: its count is unchanged
            admit(i, balancer.shared.poll(requests), t);
        } else {
            if (!i.queue.isEmpty()) {
                admit(i, i.queue.poll(requests), t);
            }
            balancer.changed(i);
        }
        if (i.state == Instance.State.DRAINING && i.outstanding == 0) {
            terminate(i, t);
        }
    }

    /** A launched instance is ready: it joins the balancer and takes whatever waits there. */
    private void startServing(Instance i, long t) {
        i.startServing(t);
        i.cpu.speed(credits.speed());
        balancer.add(i);
        while (i.inService < slots && !balancer.shared.isEmpty()) {
            i.outstanding++;
            admit(i, balancer.shared.poll(requests), t);
        }
        balancer.changed(i);
    }

    /** End of the period that finishes at {@code boundaryUs}: measure, settle credits, scale. */
    private void evaluate(long boundaryUs) {
        for (int id = 0; id < fleet.highWater; id++) {
            Instance i = fleet.byId[id];
            if (i.serving()) {
                i.advance(boundaryUs);
                i.closePeriod(usage);
            }
        }
        double vcpuUs = usage.servedUs * config.vcpus();
        double cpuUtil = vcpuUs > 0 ? Math.min(1, usage.busyVcpuUs / vcpuUs) : 1;
        double slotUtil = 0;
        if (slots != Integer.MAX_VALUE) {
            double slotCapacity = usage.servedUs * slots;
            slotUtil = slotCapacity > 0 ? Math.min(1, usage.slotUs / slotCapacity) : 1;
        }
        // The period ran at one speed (it changes only here), so its work is its busy time at that speed.
        boolean throttleChanged = credits.settle(vcpuUs, usage.busyVcpuUs * credits.speed(), config.periodUs());
        usage.close();
        if (throttleChanged) {
            for (int id = 0; id < fleet.highWater; id++) {
                Instance i = fleet.byId[id];
                if (i.serving()) {
                    i.cpu.speed(credits.speed());
                    scheduleCpu(i, i.cpu.nextCompletionUs());
                }
            }
        }
        if (config.mode() == FleetMode.AUTOSCALED) {
            track(boundaryUs, balancer.routable(), Math.max(cpuUtil, slotUtil));
        }
    }

    /** Target tracking: the size that would have run the period at the target utilisation. */
    private void track(long now, int serving, double utilization) {
        int desired = (int) Math.ceil(serving * utilization / config.targetUtilization() - 1e-9);
        desired = Math.max(Math.max(1, config.minInstances()), Math.min(config.maxInstances(), desired));
        if (desired > fleet.live) {
            while (fleet.live < desired) {
                fleet.launch(now, now + config.launchDelayUs());
            }
            lastScalingUs = now;
        } else if (desired < fleet.live && !fleet.anyLaunching() && now - lastScalingUs >= config.scaleInCooldownUs()) {
            while (fleet.live > desired) {
                drainLeastLoaded(now);
            }
            lastScalingUs = now;
        }
    }

    /**
     * Scale-in: the routable instance with the fewest requests (the newest among equals) leaves
     * the balancer, finishes what it holds, and terminates (at once when idle).
     */
    private void drainLeastLoaded(long now) {
        Instance pick = null;
        for (int id = 0; id < fleet.highWater; id++) {
            Instance i = fleet.byId[id];
            if (i.state == Instance.State.ROUTABLE && (pick == null || i.outstanding < pick.outstanding
                    || (i.outstanding == pick.outstanding && i.launchedUs >= pick.launchedUs))) {
                pick = i;
            }
        }
        balancer.remove(pick);
        fleet.drain(pick);
        if (pick.outstanding == 0) {
            terminate(pick, now);
        }
    }

    private void terminate(Instance i, long now) {
        if (i.serving()) {
            i.advance(now);
            i.closePeriod(usage);
        }
        i.cpuEventUs = NEVER;
        fleet.terminate(i, now);
    }

    private FleetResult finish(long horizonUs, int initialInstances) {
        for (int id = 0; id < fleet.highWater; id++) {
            Instance i = fleet.byId[id];
            if (i.state == Instance.State.ROUTABLE) {
                balancer.remove(i);
            }
            if (i.state != Instance.State.TERMINATED) {
                terminate(i, horizonUs);
            }
        }
        if (invocations > queued) {
            waits.recordValueWithCount(0, invocations - queued);
        }
        long[] lives = fleet.lifetimes();
        double instanceUs = 0;
        for (long l : lives) {
            instanceUs += l;
        }
        double vcpuUs = usage.totalServedUs * config.vcpus();
        double cpuUtil = vcpuUs > 0 ? Math.min(1, usage.totalBusyVcpuUs / vcpuUs) : 0;
        double slotCapacity = slots == Integer.MAX_VALUE ? 0 : usage.totalServedUs * slots;
        double slotUtil = slotCapacity > 0 ? Math.min(1, usage.totalSlotUs / slotCapacity) : 0;
        double avg = horizonUs > 0 ? instanceUs / horizonUs : initialInstances;
        return new FleetResult(config.mode(), invocations, initialInstances, fleet.peak, avg, instanceUs / 1e6,
                fleet.launches(), lives, cpuUtil, slotUtil, overloadedSeconds, queued, QueueLatency.of(waits),
                credits.surplusVcpuSeconds(), credits.throttledSeconds(), horizonUs, slots, 0,
                config.balancer(), QueueLatency.of(responses), fleet.cpuSpread());
    }
}
