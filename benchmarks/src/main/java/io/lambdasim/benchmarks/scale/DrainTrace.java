package io.lambdasim.benchmarks.scale;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.ReadOptions;
import io.lambdasim.traces.Traces;
import io.lambdasim.traces.pipe.PipelinedCursor;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A scripted reader benchmark for inputs too large for a JMH operation: reads a whole trace (a
 * synthetic Azure day, a binary cache) and prints the invocations per second, on the calling
 * thread ({@code --direct}) or through the reader pipeline (default).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.lambdasim.benchmarks.scale.DrainTrace FILE [--direct]</pre>
 */
public final class DrainTrace {

    private DrainTrace() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        boolean direct = args.length > 1 && args[1].equals("--direct");
        long t0 = System.nanoTime();
        long n = 0;
        long checksum = 0;
        InvocationCursor opened = Traces.open(file, null, ReadOptions.DEFAULTS);
        long t1 = System.nanoTime();
        try (InvocationCursor c = direct ? opened : PipelinedCursor.start(opened)) {
            while (c.next()) {
                n++;
                checksum += c.startUs() ^ c.durationUs() ^ c.functionId();
            }
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %,d invocations, open %.1f s, read %.1f s, %.2f M invocations/s (checksum %x)%n",
                direct ? "direct" : "pipelined", n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9) / 1e6, checksum);
    }
}
