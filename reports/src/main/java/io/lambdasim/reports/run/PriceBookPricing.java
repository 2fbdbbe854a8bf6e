package io.lambdasim.reports.run;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.engine.BillingUsage;
import io.lambdasim.engine.Durations;
import io.lambdasim.engine.SimulationResult;
import io.lambdasim.engine.UsageStats;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.CostOptions;
import io.lambdasim.pricing.DurationUsage;
import io.lambdasim.pricing.LambdaBill;
import io.lambdasim.pricing.LambdaBilling;
import io.lambdasim.pricing.LambdaPrices;
import io.lambdasim.pricing.LambdaUsage;
import io.lambdasim.pricing.Month;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.SnapStartBilling;
import io.lambdasim.pricing.SnapStartBilling.SnapStartCharge;
import io.lambdasim.pricing.SnapStartPrices;
import io.lambdasim.pricing.StorageUsage;
import io.lambdasim.reports.settings.Settings;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link LambdaPricing} on pricing-models: the price book (bundled, or {@code --prices FILE}), the
 * named billing rules, and {@link LambdaBilling} for the exact bill (tiers aggregated over all
 * functions of the region and architecture, free tier, ephemeral storage, provisioned concurrency,
 * Compute Savings Plans).
 */
final class PriceBookPricing implements LambdaPricing {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final ScenarioOptions options;
    private final PriceBook book;
    private final BillingRules rules;
    private final Architecture arch;
    private final LambdaBilling billing;
    private final LambdaPrices prices;
    private final BigDecimal kept;

    private PriceBookPricing(ScenarioOptions options, PriceBook book) {
        this.options = options;
        this.book = book;
        this.rules = BillingRules.named(options.rules());
        this.arch = Architecture.parse(options.arch());
        this.billing = new LambdaBilling(book, rules, new CostOptions(options.freeTier(), options.savingsPlan()));
        this.prices = billing.prices(options.region(), arch); // unknown region or architecture fails here
        this.kept = BigDecimal.ONE.subtract(options.savingsPlan());
    }

    static LambdaPricing forOptions(ScenarioOptions o) {
        return new PriceBookPricing(o, PriceBook.loadOrDefault(o.pricesFile()));
    }

    /**
     * Rounding and INIT billing of the rules. Rules that bill INIT only for custom runtimes
     * ({@code aws-2020-12}) bill it when the scenario's INIT model is the custom-runtime or container
     * preset; the engine applies one rule to the whole run.
     */
    @Override
    public BillingMeasure measure() {
        String runtime = presetOf(options.simulation().init().spec());
        boolean custom = "provided".equals(runtime) || "container".equals(runtime);
        return new BillingMeasure(rules.roundingUs(), rules.billsInit(custom));
    }

    /** The runtime preset whose distribution {@code spec} is, or null. */
    private static String presetOf(String spec) {
        for (io.lambdasim.engine.init.InitPresets.Preset p : io.lambdasim.engine.init.InitPresets.all()) {
            if (p.model().spec().equals(spec)) {
                return p.runtime();
            }
        }
        return null;
    }

    @Override
    public long maxTimeoutUs() {
        return rules.maxTimeoutSeconds() * Durations.US_PER_S;
    }

    @Override
    public void validate(ScenarioOptions o) {
        double timeoutSeconds = o.simulation().timeoutUs() / (double) Durations.US_PER_S;
        int memory = o.simulation().memoryMb();
        if (memory > 0) {
            rules.validate(memory, timeoutSeconds, arch);
        } else {
            rules.checkTimeout(timeoutSeconds);
            rules.checkArchitecture(arch);
        }
        String snapStart = o.settings().getOr(Settings.SNAPSTART, "no");
        if (Settings.snapStartFamily(snapStart) != null) {
            // docs.aws.amazon.com/lambda/latest/dg/snapstart.html, "Supported features and limitations"
            if (o.simulation().provisioned() != null && !o.simulation().provisioned().isNone()) {
                throw new IllegalArgumentException("snapstart " + snapStart + " with provisioned concurrency: AWS supports "
                        + "SnapStart without provisioned concurrency only");
            }
            if (o.ephemeralStorageMb() > StorageUsage.FREE_EPHEMERAL_MB) {
                throw new IllegalArgumentException("snapstart " + snapStart + " with ephemeral storage of "
                        + o.ephemeralStorageMb() + " MB: AWS supports SnapStart with 512 MB of ephemeral storage at most");
            }
        }
    }

    @Override
    public LambdaCost monthly(SimulationResult result, Period period, Month month) {
        BigDecimal factor = month.factorExact(period.us());
        LambdaBill bill = billing.bill(usage(result).scaled(factor));
        return LambdaCost.of(bill.requestCost(), bill.computeCost(), bill.provisionedCost(), bill.storageCost(),
                snapStart(result, factor, month).total());
    }

    /**
     * SnapStart's month for the paying runtimes: each function is one published version, active the
     * whole month (the projection assumes the workload runs all month); every simulated cold start
     * is a restore, counted over the period and projected like the requests.
     */
    SnapStartCharge snapStart(SimulationResult result, BigDecimal factor, Month month) {
        String family = Settings.snapStartFamily(options.settings().getOr(Settings.SNAPSTART, "no"));
        if (!SnapStartBilling.pays(family)) {
            return SnapStartBilling.NONE;
        }
        SnapStartPrices p = book.snapStart(options.region(), arch).orElseThrow(() -> new IllegalArgumentException(
                "no SnapStart prices for " + options.region() + "/" + arch.id() + " in the price book"));
        long activeSeconds = month.hoursExact().multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        SnapStartCharge sum = SnapStartBilling.NONE;
        for (UsageStats f : result.functions()) {
            if (f.invocations() == 0 && f.coldStarts() == 0) {
                continue;
            }
            long restores = BigDecimal.valueOf(f.coldStarts()).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
            sum = sum.plus(SnapStartBilling.charge(p, f.memoryMb(), activeSeconds, restores));
        }
        return sum;
    }

    /** The run's usage for the price book: billed duration per memory size, INIT, storage and PC. */
    LambdaUsage usage(SimulationResult result) {
        Map<Integer, Long> billedUsByMemory = new TreeMap<>();
        BigDecimal init = BigDecimal.ZERO;
        long allBilledUs = 0;
        for (UsageStats f : result.functions()) {
            BillingUsage b = f.billing();
            billedUsByMemory.merge(f.memoryMb(), b.billedUs(), Long::sum);
            init = init.add(BillingUsage.gbSeconds(b.initBilledUs(), f.memoryMb()));
            allBilledUs += b.billedUs() + b.provisionedBilledUs();
        }
        List<DurationUsage> duration = new ArrayList<>();
        billedUsByMemory.forEach((mb, us) -> duration.add(new DurationUsage(mb, ms(us))));
        BillingUsage total = result.total().billing();
        List<StorageUsage> storage = options.ephemeralStorageMb() > StorageUsage.FREE_EPHEMERAL_MB
                ? List.of(new StorageUsage(options.ephemeralStorageMb(), ms(allBilledUs))) : List.of();
        return new LambdaUsage(options.region(), arch, total.requests(), duration, init, storage,
                total.provisionedConfiguredGbSeconds(), total.provisionedGbSeconds());
    }

    private static BigDecimal ms(long us) {
        return BigDecimal.valueOf(us).movePointLeft(3);
    }

    @Override
    public BigDecimal marginalCost(long requests, BigDecimal gbSeconds, BigDecimal provisionedGbSeconds,
                                   BigDecimal provisionedDurationGbSeconds) {
        BigDecimal duration = gbSeconds.multiply(prices.firstTierUsdPerGbSecond())
                .add(provisionedGbSeconds.multiply(prices.provisionedUsdPerGbSecond()))
                .add(provisionedDurationGbSeconds.multiply(prices.provisionedDurationUsdPerGbSecond()));
        return BigDecimal.valueOf(requests).multiply(prices.requestUsdPerMillion()).divide(MILLION, MathContext.DECIMAL128)
                .add(duration.multiply(kept));
    }
}
