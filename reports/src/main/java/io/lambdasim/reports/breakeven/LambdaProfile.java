package io.lambdasim.reports.breakeven;

/**
 * A steady Lambda function for the analytic break-even.
 *
 * @param memoryMb   configured memory
 * @param durationMs duration per request (billing rounds it up per the rules)
 * @param arch       {@code x86_64} or {@code arm64}
 * @param initMs     INIT duration of a cold start (0: none billed)
 * @param coldRatio  share of requests that are cold starts
 */
public record LambdaProfile(int memoryMb, double durationMs, String arch, double initMs, double coldRatio) {
    public LambdaProfile {
        if (!(durationMs > 0)) {
            throw new IllegalArgumentException("duration " + durationMs + " ms must be > 0");
        }
        if (!(initMs >= 0) || !(coldRatio >= 0 && coldRatio <= 1)) {
            throw new IllegalArgumentException("INIT " + initMs + " ms / cold ratio " + coldRatio + " outside range (>= 0, 0..1)");
        }
    }
}
