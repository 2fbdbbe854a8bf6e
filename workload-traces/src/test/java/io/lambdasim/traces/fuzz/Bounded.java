package io.lambdasim.traces.fuzz;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/** One fuzz case must finish in bounded time: a hang fails the property instead of the build. */
public final class Bounded {

    /** Generous on a loaded two-core machine; a real hang runs for ever. */
    public static final Duration CASE = Duration.ofSeconds(20);

    private Bounded() {
    }

    public static void run(Executable body) {
        Assertions.assertTimeoutPreemptively(CASE, body);
    }
}
