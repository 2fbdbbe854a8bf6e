package io.lambdasim.engine.lmi;

import java.util.Arrays;

/**
 * The capacity provider's instances, struct-of-arrays by instance id (ids are never reused: one
 * per launch, so the table grows with scaling actions, never with invocations). Each instance has
 * a fixed number of environment slots; {@link #alive} lists the running ones (launching or
 * serving) oldest first, so environments are placed on the oldest instance with a free slot and
 * scale-in terminates the newest empty ones: the fleet compacts onto its long-lived instances.
 */
final class Instances {
    private final int slotsPerInstance;
    private final LevelIntegral running;
    private long[] launchedAt = new long[16];
    private long[] servesFrom = new long[16];
    private int[] used = new int[16];
    private int launches;
    private int[] alive = new int[16];
    private int aliveCount;
    /** Launch and end of every instance that has ended, in the order they ended. */
    private long[] endedFrom = new long[16];
    private long[] endedAt = new long[16];
    private int ended;

    Instances(int slotsPerInstance, LevelIntegral running) {
        this.slotsPerInstance = slotsPerInstance;
        this.running = running;
    }

    int slotsPerInstance() {
        return slotsPerInstance;
    }

    /** Instances launching or serving. */
    int aliveCount() {
        return aliveCount;
    }

    int launches() {
        return launches;
    }

    /** Launches one instance at {@code now} that serves from {@code serves}; returns its id. */
    int launch(long now, long serves) {
        int id = launches++;
        if (id == launchedAt.length) {
            int n = id * 2;
            launchedAt = Arrays.copyOf(launchedAt, n);
            servesFrom = Arrays.copyOf(servesFrom, n);
            used = Arrays.copyOf(used, n);
        }
        launchedAt[id] = now;
        servesFrom[id] = serves;
        used[id] = 0;
        if (aliveCount == alive.length) {
            alive = Arrays.copyOf(alive, aliveCount * 2);
        }
        alive[aliveCount++] = id;
        running.set(now, aliveCount);
        return id;
    }

    /** Whether an instance is still launching at {@code now}. */
    boolean anyLaunching(long now) {
        for (int i = 0; i < aliveCount; i++) {
            if (servesFrom[alive[i]] > now) {
                return true;
            }
        }
        return false;
    }

    /** Serving slots not taken, over all instances serving at {@code now}. */
    int freeSlots(long now) {
        int free = 0;
        for (int i = 0; i < aliveCount; i++) {
            int id = alive[i];
            if (servesFrom[id] <= now) {
                free += slotsPerInstance - used[id];
            }
        }
        return free;
    }

    /** Takes a slot on the oldest instance serving at {@code now} that has one; -1 when none does. */
    int takeSlot(long now) {
        for (int i = 0; i < aliveCount; i++) {
            int id = alive[i];
            if (servesFrom[id] <= now && used[id] < slotsPerInstance) {
                used[id]++;
                return id;
            }
        }
        return -1;
    }

    void releaseSlot(int id) {
        used[id]--;
    }

    /** Terminates the newest instances that host no environment until {@code target} remain (or none is empty). */
    void terminateEmpty(long now, int target) {
        for (int i = aliveCount - 1; i >= 0 && aliveCount > target; i--) {
            int id = alive[i];
            if (used[id] == 0) {
                recordLifetime(id, now);
                System.arraycopy(alive, i + 1, alive, i, aliveCount - i - 1);
                aliveCount--;
                running.set(now, aliveCount);
            }
        }
    }

    /**
     * Ends every instance still running at {@code end}; returns each launch's lifetime inside the
     * window {@code [start, end]}, µs (launches wholly outside it are left out: they bill nothing
     * in the window).
     */
    long[] finish(long start, long end) {
        for (int i = 0; i < aliveCount; i++) {
            recordLifetime(alive[i], end);
        }
        aliveCount = 0;
        long[] out = new long[ended];
        int n = 0;
        for (int i = 0; i < ended; i++) {
            long life = Math.min(endedAt[i], end) - Math.max(endedFrom[i], start);
            if (life > 0) {
                out[n++] = life;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void recordLifetime(int id, long at) {
        if (ended == endedAt.length) {
            endedFrom = Arrays.copyOf(endedFrom, ended * 2);
            endedAt = Arrays.copyOf(endedAt, ended * 2);
        }
        endedFrom[ended] = launchedAt[id];
        endedAt[ended++] = at;
    }
}
