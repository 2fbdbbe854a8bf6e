package io.lambdasim.traces.generate;

/**
 * Derives independent per-function seeds from the spec seed and the function's NAME (not its
 * position), so adding, removing or reordering functions leaves every other function's stream
 * unchanged. Arrivals and durations get separate generators, so changing a function's duration
 * distribution does not move its arrival times.
 */
final class Seeds {

    private Seeds() {
    }

    static long arrivals(long specSeed, String function) {
        return mix(function(specSeed, function) + 1);
    }

    static long durations(long specSeed, String function) {
        return mix(function(specSeed, function) + 2);
    }

    private static long function(long specSeed, String name) {
        // FNV-1a (64-bit) of the name: stable across JVMs and runs, unlike identity hashes.
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(mix(specSeed) ^ h);
    }

    /** SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijection that spreads every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
