package io.lambdasim.engine.ec2;

import io.lambdasim.traces.InvocationCursor;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * Second pass: replays the trace on the fleet.
 *
 * <p>The fleet is two pools of identical servers: every vCPU of every instance, and every memory
 * slot (a request's resident memory) of every instance. A request starts when it has a vCPU and a
 * slot, at {@code max(arrival, earliest free vCPU, earliest free slot)} (FCFS over the pools, the
 * G/G/c queue), runs its CPU work on the vCPU and holds the slot for its wall time. Its wait is the
 * queueing latency a smaller fleet costs. Pooling treats the fleet behind its load balancer as one
 * queue, which a least-outstanding-requests balancer approaches.
 *
 * <p>At each period boundary the fleet measures its utilisation, settles burstable CPU credits,
 * and (autoscaled) acts as target tracking does: launch {@code ceil(n·u/target) − n} instances,
 * which serve after the launch delay (their servers enter the pools free from that time on), or,
 * after the cooldown, terminate down to that size (the servers that free first leave: an idle
 * instance is the one to go; the newest launch's lifetime ends).
 */
final class FleetRun {
    private final FleetConfig config;
    private final int slots;
    private final FreeTimeHeap cpuPool = new FreeTimeHeap();
    private final FreeTimeHeap slotPool = new FreeTimeHeap();
    private final Histogram waits = new Histogram(3);
    private final RequestShape shape;

    /** Running or launching instances, newest last: launch time and time they start serving. */
    private long[] launchedAt = new long[16];
    private long[] servesFrom = new long[16];
    private int running;
    private int peak;
    private long[] lifetimes = new long[16];
    private int launches;

    /** Busy vCPU time (stretched when throttled), CPU work, and slot time, by the period they start in. */
    private long[] busyCpu = new long[64];
    private long[] workCpu = new long[64];
    private long[] busySlot = new long[64];

    private long lastScalingUs = Long.MIN_VALUE / 2;
    private double credits;
    private boolean throttled;
    private double surplusVcpuUs;
    private long throttledUs;
    private long overloadedSeconds;
    private long lastOverloadedSecond = -1;
    private long queued;
    private long invocations;
    private long horizonUs;
    private double activeVcpuUs;
    private double activeSlotUs;

    FleetRun(FleetConfig config, int slotsPerInstance) {
        this.config = config;
        this.slots = slotsPerInstance;
        this.shape = new RequestShape(config);
    }

    FleetResult run(InvocationCursor cursor, int initialInstances) {
        for (int i = 0; i < initialInstances; i++) {
            launch(0, 0);
        }
        long period = config.periodUs();
        long nextBoundary = period;
        while (cursor.next()) {
            long t = cursor.startUs();
            while (t >= nextBoundary) {
                evaluate(nextBoundary);
                nextBoundary += period;
            }
            serve(t, cursor);
        }
        // Settle the periods the last requests ran into, so utilisation and credits count them:
        // the horizon is the end of the period in which the last request completes.
        long end = Math.max(nextBoundary - period, ((horizonUs + period - 1) / period) * period);
        while (nextBoundary <= end) {
            evaluate(nextBoundary);
            nextBoundary += period;
        }
        horizonUs = end;
        return finish(initialInstances);
    }

    private void serve(long t, InvocationCursor row) {
        shape.of(row);
        // Throttled to the baseline, a vCPU does baseline·Δt of work in Δt.
        long cpu = throttled ? Math.round(shape.cpuUs / config.baselinePerVcpu()) : shape.cpuUs;
        long wall = shape.wallUs - shape.cpuUs + cpu;
        long start = Math.max(t, cpuPool.peek());
        if (slots != Integer.MAX_VALUE) {
            start = Math.max(start, slotPool.peek());
            slotPool.replaceTop(start + wall);
        }
        cpuPool.replaceTop(start + cpu);
        long wait = start - t;
        waits.recordValue(wait);
        if (wait > 0) {
            queued++;
            long second = t / 1_000_000L;
            if (second != lastOverloadedSecond) {
                lastOverloadedSecond = second;
                overloadedSeconds++;
            }
        }
        int k = (int) (start / config.periodUs());
        ensurePeriod(k);
        busyCpu[k] += cpu;
        workCpu[k] += shape.cpuUs;
        busySlot[k] += wall;
        horizonUs = Math.max(horizonUs, start + wall);
        invocations++;
    }

    /** End of the period that finishes at {@code boundaryUs}: measure, settle credits, scale. */
    private void evaluate(long boundaryUs) {
        long period = config.periodUs();
        int k = (int) (boundaryUs / period) - 1;
        ensurePeriod(k);
        int serving = 0;
        for (int i = 0; i < running; i++) {
            if (servesFrom[i] <= boundaryUs - period) {
                serving++;
            }
        }
        double vcpuUs = (double) serving * config.vcpus() * period;
        activeVcpuUs += vcpuUs;
        double cpuUtil = vcpuUs > 0 ? Math.min(1, busyCpu[k] / vcpuUs) : 1;
        double slotUtil = 0;
        if (slots != Integer.MAX_VALUE) {
            double slotUs = (double) serving * slots * period;
            activeSlotUs += slotUs;
            slotUtil = slotUs > 0 ? Math.min(1, busySlot[k] / slotUs) : 1;
        }
        settleCredits(k, vcpuUs, period);
        if (config.mode() == FleetMode.AUTOSCALED) {
            track(boundaryUs, serving, Math.max(cpuUtil, slotUtil));
        }
    }

    private void settleCredits(int k, double vcpuUs, long period) {
        if (config.burst() == BurstBehaviour.NONE) {
            return;
        }
        // Credits in vCPU-µs: earned at the baseline, spent by work done, banked up to 24 h of earnings.
        double earned = vcpuUs * config.baselinePerVcpu();
        credits = Math.min(credits + earned - workCpu[k], earned * (86_400_000_000.0 / period));
        if (throttled) {
            throttledUs += period;
        }
        if (credits < 0) {
            if (config.burst() == BurstBehaviour.UNLIMITED) {
                surplusVcpuUs -= credits;
            }
            credits = 0;
            throttled = config.burst() == BurstBehaviour.STANDARD;
        } else if (throttled) {
            // A throttled instance spends what it earns, so its balance hovers at zero: release it
            // only once it has banked a full period at full speed, or it would flip every period
            // and average more than its baseline.
            throttled = credits < vcpuUs * (1 - config.baselinePerVcpu());
        }
    }

    /** Target tracking: the size that would have run the period at the target utilisation. */
    private void track(long now, int serving, double utilization) {
        int desired = (int) Math.ceil(serving * utilization / config.targetUtilization() - 1e-9);
        desired = Math.max(Math.max(1, config.minInstances()), Math.min(config.maxInstances(), desired));
        boolean launching = false;
        for (int i = 0; i < running; i++) {
            launching |= servesFrom[i] > now;
        }
        if (desired > running) {
            for (int i = running; i < desired; i++) {
                launch(now, now + config.launchDelayUs());
            }
            lastScalingUs = now;
        } else if (desired < running && !launching && now - lastScalingUs >= config.scaleInCooldownUs()) {
            while (running > desired) {
                terminate(now);
            }
            lastScalingUs = now;
        }
    }

    private void launch(long now, long serves) {
        if (running == launchedAt.length) {
            launchedAt = Arrays.copyOf(launchedAt, running * 2);
            servesFrom = Arrays.copyOf(servesFrom, running * 2);
        }
        launchedAt[running] = now;
        servesFrom[running] = serves;
        running++;
        peak = Math.max(peak, running);
        for (int i = 0; i < config.vcpus(); i++) {
            cpuPool.push(serves);
        }
        if (slots != Integer.MAX_VALUE) {
            for (int i = 0; i < slots; i++) {
                slotPool.push(serves);
            }
        }
    }

    private void terminate(long now) {
        running--;
        recordLifetime(now - launchedAt[running]);
        for (int i = 0; i < config.vcpus(); i++) {
            cpuPool.pop();
        }
        if (slots != Integer.MAX_VALUE) {
            for (int i = 0; i < slots; i++) {
                slotPool.pop();
            }
        }
    }

    private void recordLifetime(long us) {
        if (launches == lifetimes.length) {
            lifetimes = Arrays.copyOf(lifetimes, launches * 2);
        }
        lifetimes[launches++] = us;
    }

    private void ensurePeriod(int k) {
        if (k >= busyCpu.length) {
            int n = Math.max(k + 1, busyCpu.length * 2);
            busyCpu = Arrays.copyOf(busyCpu, n);
            workCpu = Arrays.copyOf(workCpu, n);
            busySlot = Arrays.copyOf(busySlot, n);
        }
    }

    private FleetResult finish(int initialInstances) {
        while (running > 0) {
            terminate(horizonUs);
        }
        long[] lives = Arrays.copyOf(lifetimes, launches);
        double instanceUs = 0;
        for (long l : lives) {
            instanceUs += l;
        }
        long busy = 0;
        long slotBusy = 0;
        for (int k = 0; k < busyCpu.length; k++) {
            busy += busyCpu[k];
            slotBusy += busySlot[k];
        }
        double cpuUtil = activeVcpuUs > 0 ? Math.min(1, busy / activeVcpuUs) : 0;
        double slotUtil = activeSlotUs > 0 ? Math.min(1, slotBusy / activeSlotUs) : 0;
        double avg = horizonUs > 0 ? instanceUs / horizonUs : initialInstances;
        return new FleetResult(config.mode(), invocations, initialInstances, peak, avg, instanceUs / 1e6,
                launches, lives, cpuUtil, slotUtil, overloadedSeconds, queued, QueueLatency.of(waits),
                surplusVcpuUs / 1e6, throttledUs / 1_000_000L, horizonUs, slots, 0);
    }
}
