package io.lambdasim.traces;

/**
 * The one default seed of lambdasim: generated workloads, Azure 2019 placement, the engine's random
 * choices and traffic scaling all start from it unless a seed is given, so that a command, a batch
 * row and the desktop app given the same inputs draw the same numbers.
 */
public final class DefaultSeed {

    public static final long VALUE = 1L;

    private DefaultSeed() {
    }
}
