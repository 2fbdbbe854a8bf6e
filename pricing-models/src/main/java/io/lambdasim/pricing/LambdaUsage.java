package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month of Lambda usage in one region and architecture, as an engine measured it or an
 * analytic model assumed it. Tiers aggregate per region and architecture, so a usage spans one.
 *
 * @param requests                      invocations (each billed as one request; throttled ones are not)
 * @param duration                      on-demand billed duration per memory size (INIT included when billed);
 *                                      invocations served by provisioned concurrency belong in
 *                                      {@code provisionedDurationGbSeconds} instead
 * @param initGbSeconds                 the part of {@code duration} that is INIT, for the breakdown
 * @param storage                       ephemeral storage above 512 MB
 * @param provisionedGbSeconds          provisioned concurrency configured: environments × memory × time enabled
 * @param provisionedDurationGbSeconds  duration of invocations served by provisioned concurrency
 * @param ofProvisionedFunctions        the part of {@code requests} and on-demand {@code duration} that
 *                                      belongs to functions with provisioned concurrency configured
 *                                      (rules before the current free tier wording bill it in full)
 */
public record LambdaUsage(String region, Architecture arch, long requests, List<DurationUsage> duration,
                          BigDecimal initGbSeconds, List<StorageUsage> storage, BigDecimal provisionedGbSeconds,
                          BigDecimal provisionedDurationGbSeconds, Share ofProvisionedFunctions) {

    /** Requests and on-demand GB-s of some of the functions. */
    public record Share(long requests, BigDecimal gbSeconds) {
        public static final Share NONE = new Share(0, BigDecimal.ZERO);

        public Share {
            if (requests < 0 || gbSeconds.signum() < 0) {
                throw new IllegalArgumentException("a share of usage cannot be negative: " + requests + " requests, " + gbSeconds + " GB-s");
            }
        }
    }

    public LambdaUsage {
        if (requests < 0) {
            throw new IllegalArgumentException("requests must be >= 0, got " + requests);
        }
        duration = List.copyOf(duration);
        storage = List.copyOf(storage);
        ofProvisionedFunctions = ofProvisionedFunctions == null ? Share.NONE : ofProvisionedFunctions;
        if (ofProvisionedFunctions.requests() > requests) {
            throw new IllegalArgumentException("requests of functions with provisioned concurrency ("
                    + ofProvisionedFunctions.requests() + ") exceed all requests (" + requests + ")");
        }
    }

    /** Usage where no function has provisioned concurrency, or where it does not matter to the free tier. */
    public LambdaUsage(String region, Architecture arch, long requests, List<DurationUsage> duration,
                       BigDecimal initGbSeconds, List<StorageUsage> storage, BigDecimal provisionedGbSeconds,
                       BigDecimal provisionedDurationGbSeconds) {
        this(region, arch, requests, duration, initGbSeconds, storage, provisionedGbSeconds, provisionedDurationGbSeconds,
                Share.NONE);
    }

    /** On-demand usage only: requests and billed duration at each memory size. */
    public static LambdaUsage onDemand(String region, Architecture arch, long requests, List<DurationUsage> duration) {
        return new LambdaUsage(region, arch, requests, duration, BigDecimal.ZERO, List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * This usage projected by {@code factor} (usage measured over a period, times how often the
     * period fits in a month): every quantity scales exactly, requests to the nearest whole request.
     */
    public LambdaUsage scaled(BigDecimal factor) {
        if (factor.signum() < 0) {
            throw new IllegalArgumentException("projection factor " + factor + " must be >= 0");
        }
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return this;
        }
        List<DurationUsage> d = new java.util.ArrayList<>(duration.size());
        for (DurationUsage u : duration) {
            d.add(new DurationUsage(u.memoryMb(), u.billedMs().multiply(factor)));
        }
        List<StorageUsage> st = new java.util.ArrayList<>(storage.size());
        for (StorageUsage u : storage) {
            st.add(new StorageUsage(u.ephemeralMb(), u.billedMs().multiply(factor)));
        }
        long r = BigDecimal.valueOf(requests).multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        long pr = Math.min(r, BigDecimal.valueOf(ofProvisionedFunctions.requests()).multiply(factor)
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        return new LambdaUsage(region, arch, r, d, initGbSeconds.multiply(factor), st,
                provisionedGbSeconds.multiply(factor), provisionedDurationGbSeconds.multiply(factor),
                new Share(pr, ofProvisionedFunctions.gbSeconds().multiply(factor)));
    }

    /** Total on-demand GB-s. */
    public BigDecimal gbSeconds() {
        BigDecimal s = BigDecimal.ZERO;
        for (DurationUsage d : duration) {
            s = s.add(d.gbSeconds());
        }
        return s;
    }
}
