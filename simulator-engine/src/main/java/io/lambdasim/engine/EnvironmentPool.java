package io.lambdasim.engine;

import io.lambdasim.engine.keepalive.KeepAlivePolicy;
import io.lambdasim.engine.queue.EventQueue;

/**
 * The execution environments of all functions: each is in INIT or busy (running an invocation;
 * the simulation holds those) or idle in its function's deque, oldest-idle at the bottom. Creates
 * and destroys environments (keeping the alive counts and the alive-time integral), hands out
 * idle ones in the configured reuse order, and reclaims the expired ones.
 *
 * <p>Reclamation keeps one timer per function in the event queue, at the earliest expiry among its
 * idle environments. With a keep-alive that is the same for everyone (fixed, none, never) and no
 * maximum lifetime, expiry order is idle order, so that is the bottom of the deque and reclaiming
 * pops from the bottom; otherwise the deque is scanned. A timer whose time no longer matches the
 * function's is stale (its environment was reused or an earlier timer replaced it) and is ignored.
 */
final class EnvironmentPool {

    private final EnvironmentTable envs = new EnvironmentTable();
    private final EventQueue timers;
    private final ReuseOrder reuse;
    private final long maxLifetimeUs;
    private int alive;
    private int peakAlive;

    EnvironmentPool(EventQueue timers, ReuseOrder reuse, long maxLifetimeUs) {
        this.timers = timers;
        this.reuse = reuse;
        this.maxLifetimeUs = maxLifetimeUs;
    }

    EnvironmentTable table() {
        return envs;
    }

    int alive() {
        return alive;
    }

    int peakAlive() {
        return peakAlive;
    }

    /** An idle environment of {@code f} (which has one) in the configured reuse order. */
    int takeIdle(FunctionState f) {
        if (reuse == ReuseOrder.MRU) {
            return f.idle.popTop();
        }
        return reuse == ReuseOrder.LRU ? f.idle.popBottom() : f.idle.removeAt(f.random.nextInt(f.idle.size()));
    }

    int create(FunctionState f, int flags, long nowUs) {
        int env = envs.allocate(f.id, nowUs, flags);
        alive++;
        f.alive++;
        peakAlive = Math.max(peakAlive, alive);
        f.peakAlive = Math.max(f.peakAlive, f.alive);
        return env;
    }

    /** Destroys an idle environment (which may be waiting to re-initialise after a reset). */
    void destroyIdle(FunctionState f, int env, long nowUs) {
        if (EnvironmentTable.isReset(envs.meta[env])) {
            f.resetIdle--;
        }
        destroy(f, env, nowUs);
    }

    void destroy(FunctionState f, int env, long nowUs) {
        f.cold.aliveUs += nowUs - envs.createdUs[env];
        alive--;
        f.alive--;
        envs.release(env);
    }

    /** {@code env} becomes idle at {@code nowUs} for {@code keepUs} ({@link KeepAlivePolicy#FOREVER}: never reclaimed). */
    void makeIdle(FunctionState f, int env, long keepUs, long nowUs) {
        long expiry = keepUs == KeepAlivePolicy.FOREVER || nowUs > Long.MAX_VALUE - keepUs ? Long.MAX_VALUE : nowUs + keepUs;
        if (maxLifetimeUs > 0) {
            expiry = Math.min(expiry, envs.createdUs[env] + maxLifetimeUs);
        }
        envs.expiryUs[env] = expiry;
        f.idle.pushTop(env);
        if (expiry != Long.MAX_VALUE && (f.reclaimAtUs == FunctionState.NO_TIMER || expiry < f.reclaimAtUs)) {
            f.reclaimAtUs = expiry;
            timers.add(expiry, EventKind.RECLAIM.id(), f.id);
        }
    }

    /** The reclamation timer of {@code f} fired at {@code nowUs}: destroy what expired, re-arm for the rest. */
    void reclaim(FunctionState f, long nowUs) {
        if (f.reclaimAtUs != nowUs) {
            return; // stale
        }
        f.reclaimAtUs = FunctionState.NO_TIMER;
        IntDeque idle = f.idle;
        long next = Long.MAX_VALUE;
        if (f.fifoExpiry) {
            while (!idle.isEmpty() && envs.expiryUs[idle.bottom()] <= nowUs) {
                destroyIdle(f, idle.popBottom(), nowUs);
            }
            if (!idle.isEmpty()) {
                next = envs.expiryUs[idle.bottom()];
            }
        } else {
            for (int i = 0; i < idle.size(); ) {
                long expiry = envs.expiryUs[idle.get(i)];
                if (expiry <= nowUs) {
                    destroyIdle(f, idle.removeAt(i), nowUs);
                } else {
                    next = Math.min(next, expiry);
                    i++;
                }
            }
        }
        if (next != Long.MAX_VALUE) {
            f.reclaimAtUs = next;
            timers.add(next, EventKind.RECLAIM.id(), f.id);
        }
    }

    /** End of the horizon: {@code f}'s live environments (all idle by then) count as alive until {@code horizonUs}. */
    void closeAll(FunctionState f, long horizonUs) {
        close(f, f.idle, horizonUs);
        close(f, f.provisionedIdle, horizonUs);
    }

    private void close(FunctionState f, IntDeque deque, long horizonUs) {
        while (!deque.isEmpty()) {
            f.cold.aliveUs += horizonUs - envs.createdUs[deque.popTop()];
        }
    }
}
