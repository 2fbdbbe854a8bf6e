package io.lambdasim.pricing;

/**
 * A function described by averages, for analytic costs: every invocation runs {@code durationMs}
 * at {@code memoryMb}; a fraction {@code coldRatio} of them also runs an INIT of {@code initMs}.
 *
 * @param ephemeralMb   /tmp size (512 = the free default)
 * @param customRuntime whether INIT is of a custom runtime or container (billed under aws-2020-12)
 */
public record SteadyLoad(String region, Architecture arch, double durationMs, int memoryMb, double initMs,
                         double coldRatio, int ephemeralMb, boolean customRuntime) {

    public SteadyLoad {
        if (!(durationMs >= 0) || Double.isInfinite(durationMs)) {
            throw new IllegalArgumentException("duration " + durationMs + " ms must be >= 0");
        }
        if (!(initMs >= 0) || Double.isInfinite(initMs)) {
            throw new IllegalArgumentException("INIT " + initMs + " ms must be >= 0");
        }
        if (!(coldRatio >= 0 && coldRatio <= 1)) {
            throw new IllegalArgumentException("cold-start ratio " + coldRatio + " is outside 0..1");
        }
        if (ephemeralMb < 512 || ephemeralMb > 10_240) {
            throw new IllegalArgumentException("ephemeral storage " + ephemeralMb + " MB is outside 512..10240 MB");
        }
    }

    public static SteadyLoad of(String region, Architecture arch, double durationMs, int memoryMb) {
        return new SteadyLoad(region, arch, durationMs, memoryMb, 0, 0, 512, false);
    }
}
