package io.lambdasim.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly Lambda bill of a {@link SteadyLoad} as a function of monthly requests: exact
 * ({@link #bill}) for what {@code lambdasim cost} prints, and in doubles ({@link #monthlyUsd}) for
 * curves and root finding, which call it thousands of times per redraw. Both use the same billed
 * milliseconds per request, computed once.
 */
public final class SteadyLoadCost {

    private final SteadyLoad load;
    private final LambdaBilling billing;
    private final LambdaPrices prices;
    /** Expected billed ms per request: (1 − c)·warm + c·cold, exact. */
    private final BigDecimal billedMsPerRequest;
    private final BigDecimal initBilledMsPerRequest;
    // Doubles for the fast path.
    private final double gbsPerRequest;
    private final double storageUsdPerRequest;
    private final double requestUsd;
    private final double freeRequests;
    private final double freeGbs;
    private final double kept;
    private final double[] tierTop;
    private final double[] tierPrice;

    public SteadyLoadCost(SteadyLoad load, LambdaBilling billing) {
        this.load = load;
        this.billing = billing;
        BillingRules rules = billing.rules();
        rules.checkMemory(load.memoryMb());
        rules.checkDurationMs(load.durationMs(), "duration");
        rules.checkDurationMs(load.initMs(), "INIT");
        this.prices = billing.prices(load.region(), load.arch());
        long durUs = micros(load.durationMs());
        long initUs = micros(load.initMs());
        long warm = rules.billedMs(durUs, -1, load.customRuntime());
        long cold = rules.billedMs(durUs, initUs, load.customRuntime());
        BigDecimal c = BigDecimal.valueOf(load.coldRatio());
        this.billedMsPerRequest = BigDecimal.valueOf(warm).multiply(BigDecimal.ONE.subtract(c))
                .add(BigDecimal.valueOf(cold).multiply(c));
        this.initBilledMsPerRequest = BigDecimal.valueOf(cold - warm).multiply(c);

        this.gbsPerRequest = billedMsPerRequest.doubleValue() * load.memoryMb() / 1_024_000.0;
        this.storageUsdPerRequest = billedMsPerRequest.doubleValue() * (load.ephemeralMb() - 512) / 1_024_000.0
                * prices.ephemeralUsdPerGbSecond().doubleValue();
        this.requestUsd = prices.requestUsdPerMillion().doubleValue() / 1e6;
        FreeTier free = billing.options().freeTier() ? billing.book().freeTier() : FreeTier.NONE;
        this.freeRequests = free.requests();
        this.freeGbs = free.gbSeconds().doubleValue();
        this.kept = billing.options().kept().doubleValue();
        List<DurationTier> tiers = prices.durationTiers();
        this.tierTop = new double[tiers.size()];
        this.tierPrice = new double[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            tierTop[i] = tiers.get(i).unbounded() ? Double.POSITIVE_INFINITY : tiers.get(i).upToGbSeconds().doubleValue();
            tierPrice[i] = tiers.get(i).usdPerGbSecond().doubleValue();
        }
    }

    /** ms to µs exactly (half up), for a value already checked against the era's timeout. */
    private static long micros(double ms) {
        return BigDecimal.valueOf(ms).movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    public SteadyLoad load() {
        return load;
    }

    /** On-demand GB-s one request bills on average. */
    public double gbSecondsPerRequest() {
        return gbsPerRequest;
    }

    /** The month of usage {@code requests} requests make. */
    public LambdaUsage usage(long requests) {
        BigDecimal r = BigDecimal.valueOf(requests);
        BigDecimal ms = billedMsPerRequest.multiply(r);
        DurationUsage d = new DurationUsage(load.memoryMb(), ms);
        BigDecimal initGbs = new DurationUsage(load.memoryMb(), initBilledMsPerRequest.multiply(r)).gbSeconds();
        List<StorageUsage> storage = load.ephemeralMb() > 512 ? List.of(new StorageUsage(load.ephemeralMb(), ms)) : List.of();
        return new LambdaUsage(load.region(), load.arch(), requests, List.of(d), initGbs, storage,
                BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The exact bill for {@code requests} requests. */
    public LambdaBill bill(long requests) {
        return billing.bill(usage(requests));
    }

    /** The monthly total in doubles; agrees with {@link #bill} to far below a cent for realistic volumes. */
    public double monthlyUsd(double requests) {
        double cost = Math.max(0, requests - freeRequests) * requestUsd + requests * storageUsdPerRequest;
        double gbs = Math.max(0, requests * gbsPerRequest - freeGbs);
        double below = 0;
        double duration = 0;
        for (int i = 0; i < tierTop.length && gbs > below; i++) {
            duration += (Math.min(gbs, tierTop[i]) - below) * tierPrice[i];
            below = tierTop[i];
        }
        return cost + duration * kept;
    }

    /**
     * The smallest whole number of monthly requests whose exact bill reaches {@code monthlyUsd}:
     * the volume from which an instance costing that much a month is the cheaper option. Bisection
     * over longs (the bill never falls as requests rise); {@code Long.MAX_VALUE} when out of reach.
     */
    public long breakEvenRequests(BigDecimal monthlyUsd) {
        return firstReaching(r -> bill(r).totalCost().subtract(monthlyUsd));
    }

    /**
     * The smallest whole number of monthly requests at which {@code difference} (a cost minus
     * another, non-decreasing in requests) reaches zero, by bisection over longs; {@code
     * Long.MAX_VALUE} when out of reach. Break-evens of whole bills (the function plus what surrounds
     * it, against an instance plus its own fixed costs) search with it.
     */
    public static long firstReaching(java.util.function.LongFunction<BigDecimal> difference) {
        long lo = 0;
        long hi = 1;
        while (difference.apply(hi).signum() < 0) {
            if (hi > Long.MAX_VALUE / 4) {
                return Long.MAX_VALUE;
            }
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (difference.apply(mid).signum() < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return difference.apply(lo).signum() >= 0 ? lo : hi;
    }
}
