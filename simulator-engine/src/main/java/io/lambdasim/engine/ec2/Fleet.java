package io.lambdasim.engine.ec2;

import java.util.Arrays;

/**
 * The fleet's instances over their lives: launches (serving after the launch delay), the ones that
 * serve, the ones draining, and what each life lasted and how busy it was. Instance records are
 * recycled after termination, so the arrays grow with the largest fleet, not with the launches.
 */
final class Fleet {
    private final int vcpus;
    private final int usableThreads;

    /** Instance records by id; ids below {@link #highWater} have been used. */
    Instance[] byId = new Instance[8];
    int highWater;
    private int[] freeIds = new int[8];
    private int freeCount;

    /** Launching instances in launch order (which is also the order they start serving). */
    private int[] launching = new int[8];
    private int launchHead;
    private int launchCount;

    /** Instances launching or routable (the size scaling acts on), and all not yet terminated (billed). */
    int live;
    int billed;
    int peak;

    private long[] lifetimes = new long[16];
    private int launches;

    /** Per-instance CPU utilisation over each life that served: min, sum, max, count. */
    private double utilMin = Double.POSITIVE_INFINITY;
    private double utilMax;
    private double utilSum;
    private int utilCount;

    Fleet(int vcpus, int usableThreads) {
        this.vcpus = vcpus;
        this.usableThreads = usableThreads;
    }

    Instance launch(long now, long servesFrom) {
        int id;
        if (freeCount > 0) {
            id = freeIds[--freeCount];
        } else {
            id = highWater++;
            if (id == byId.length) {
                byId = Arrays.copyOf(byId, id * 2);
            }
            byId[id] = new Instance(id, vcpus, usableThreads);
        }
        if (launchCount == launching.length) {
            int[] a = new int[launchCount * 2];
            for (int k = 0; k < launchCount; k++) {
                a[k] = launching[(launchHead + k) % launching.length];
            }
            launching = a;
            launchHead = 0;
        }
        launching[(launchHead + launchCount++) % launching.length] = id;
        live++;
        billed++;
        peak = Math.max(peak, billed);
        return byId[id].launch(now, servesFrom);
    }

    /** When the earliest launching instance starts serving, {@link Long#MAX_VALUE} when none launches. */
    long nextServingUs() {
        return launchCount == 0 ? Long.MAX_VALUE : byId[launching[launchHead]].servesFromUs;
    }

    boolean anyLaunching() {
        return launchCount > 0;
    }

    /** Removes and returns the earliest launching instance (its time has come). */
    Instance nextServing() {
        int id = launching[launchHead];
        launchHead = (launchHead + 1) % launching.length;
        launchCount--;
        return byId[id];
    }

    /** Ends an instance's life at {@code now}: its lifetime is billed, its record reused. */
    void terminate(Instance i, long now) {
        if (i.state != Instance.State.DRAINING) {
            live--;
        }
        billed--;
        if (launches == lifetimes.length) {
            lifetimes = Arrays.copyOf(lifetimes, launches * 2);
        }
        lifetimes[launches++] = now - i.launchedUs;
        if (i.servedUs > 0) {
            double u = i.cpuUtilization(vcpus);
            utilMin = Math.min(utilMin, u);
            utilMax = Math.max(utilMax, u);
            utilSum += u;
            utilCount++;
        }
        i.state = Instance.State.TERMINATED;
        if (freeCount == freeIds.length) {
            freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        }
        freeIds[freeCount++] = i.id;
    }

    /** A routable instance leaves the balancer to finish its requests. */
    void drain(Instance i) {
        i.state = Instance.State.DRAINING;
        live--;
    }

    long[] lifetimes() {
        return Arrays.copyOf(lifetimes, launches);
    }

    int launches() {
        return launches;
    }

    UtilizationSpread cpuSpread() {
        return utilCount == 0 ? new UtilizationSpread(0, 0, 0)
                : new UtilizationSpread(utilMin, utilSum / utilCount, utilMax);
    }
}
