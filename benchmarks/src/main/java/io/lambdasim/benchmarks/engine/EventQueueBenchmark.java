package io.lambdasim.benchmarks.engine;

import io.lambdasim.engine.queue.DaryHeapEventQueue;
import io.lambdasim.engine.queue.EventQueue;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The event queue implementations under the engine's access pattern, the "hold" model of
 * discrete-event simulation: a queue of {@code size} pending events, and each operation removes the
 * earliest and adds one a random (exponential) delay later. Compares the struct-of-arrays binary and
 * 4-ary heaps with {@link PriorityQueue} of event objects (the textbook design the engine avoids).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventQueueBenchmark {

    static final int HOLDS = 1 << 16;

    @Param({"1000", "100000"})
    int size;

    @Param({"binary", "quaternary", "priorityQueue"})
    String impl;

    private EventQueue queue;
    private PriorityQueue<Event> boxed;
    private long[] delays;
    private int next;

    record Event(long time, long order, int payload) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1);
        delays = new long[1 << 20];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = 1 + Math.round(-1_000_000 * Math.log(1 - random.nextDouble()));
        }
        queue = "binary".equals(impl) ? DaryHeapEventQueue.binary() : DaryHeapEventQueue.quaternary();
        boxed = new PriorityQueue<>();
        for (int i = 0; i < size; i++) {
            queue.add(delay(), 0, i);
            boxed.add(new Event(delay(), i, i));
        }
    }

    private long delay() {
        long d = delays[next];
        next = (next + 1) & (delays.length - 1);
        return d;
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public long hold() {
        long sum = 0;
        if ("priorityQueue".equals(impl)) {
            for (int i = 0; i < HOLDS; i++) {
                Event e = boxed.poll();
                sum += e.payload();
                boxed.add(new Event(e.time() + delay(), e.order() + size, e.payload()));
            }
            return sum;
        }
        EventQueue q = queue;
        for (int i = 0; i < HOLDS; i++) {
            long t = q.peekTime();
            int p = q.peekPayload();
            q.removeFirst();
            sum += p;
            q.add(t + delay(), 0, p);
        }
        return sum;
    }
}
