package io.lambdasim.reports.breakeven;

import io.lambdasim.engine.BillingMeasure;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.CostOptions;
import io.lambdasim.pricing.DurationUsage;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.LambdaBilling;
import io.lambdasim.pricing.LambdaUsage;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.SteadyLoad;
import io.lambdasim.pricing.SteadyLoadCost;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.reports.sizing.LambdaPricer;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@link PriceSource} on pricing-models' {@link PriceBook} and {@link BillingRules}: the bundled
 * book or a {@code --prices} file, so break-even, sizing and the scenario runner price exactly as
 * {@code lambdasim cost} does.
 */
final class PriceBookSource implements PriceSource {

    private final PriceBook book;
    private final BillingRules rules;
    private final String region;
    private final CostOptions options;
    private final LambdaBilling billing;

    PriceBookSource(PriceBook book, String region, String rules, CostOptions options) {
        this.book = book;
        this.rules = BillingRules.named(rules);
        this.region = region;
        this.options = options;
        this.billing = new LambdaBilling(book, this.rules, options);
        book.lambda(region, Architecture.X86_64); // fail early, naming the regions the book has
    }

    private SteadyLoadCost steady(LambdaProfile p) {
        return new SteadyLoadCost(new SteadyLoad(region, Architecture.parse(p.arch()), p.durationMs(), p.memoryMb(),
                p.initMs(), p.coldRatio(), 512, false), billing);
    }

    @Override
    public CostCurve lambdaCurve(LambdaProfile profile) {
        return steady(profile)::monthlyUsd;
    }

    @Override
    public BigDecimal lambdaMonthly(LambdaProfile profile, long requests) {
        return steady(profile).bill(requests).totalCost();
    }

    @Override
    public LambdaPricer lambdaPricer() {
        return new LambdaPricer() {
            @Override
            public BigDecimal monthlyCost(String arch, long requests, BigDecimal gbSeconds) {
                // GB-s as billed ms at 1024 MB: ms × 1024 / 1,024,000 = ms / 1000 = GB-s, exactly.
                DurationUsage d = new DurationUsage(1024, gbSeconds.movePointRight(3));
                return billing.bill(LambdaUsage.onDemand(region, Architecture.parse(arch), requests, List.of(d))).totalCost();
            }

            @Override
            public BigDecimal computeCost(String arch, BigDecimal gbSeconds) {
                return gbSeconds.multiply(billing.prices(region, Architecture.parse(arch)).firstTierUsdPerGbSecond());
            }
        };
    }

    @Override
    public Ec2Offer ec2(String spec) {
        int eq = spec.indexOf('=');
        if (eq > 0 && spec.indexOf(':', eq) > 0) {
            return customWithShape(spec.substring(0, eq).trim(), spec.substring(eq + 1).trim(), spec);
        }
        Ec2InstanceType t = book.ec2(region, spec);
        Ec2Offer.BurstMode burst = Ec2Offer.BurstMode.valueOf(t.burst().name());
        return new Ec2Offer(t.type(), t.hourlyUsd().doubleValue(), t.vcpu(), t.memoryGib().doubleValue() * 1024,
                t.baselinePerVcpu(), burst, t.surplusUsdPerVcpuHour().doubleValue());
    }

    /** {@code NAME=DOLLARS_PER_HOUR:VCPUS[:MEMORY_GIB]}: a custom instance with a stated shape. */
    private static Ec2Offer customWithShape(String name, String value, String spec) {
        String[] parts = value.split(":");
        try {
            double hourly = Double.parseDouble(parts[0]);
            int vcpus = Integer.parseInt(parts[1]);
            double memGib = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
            if (!(hourly >= 0) || vcpus < 1 || memGib < 0 || parts.length > 3 || name.isEmpty()) {
                throw new NumberFormatException();
            }
            return Ec2Offer.fixed(name, hourly, vcpus, memGib * 1024);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad --ec2 entry '" + spec
                    + "': expected NAME=DOLLARS_PER_HOUR (>= 0), optionally :VCPUS:MEMORY_GIB");
        }
    }

    @Override
    public void checkMemory(int memoryMb) {
        rules.checkMemory(memoryMb);
    }

    @Override
    public BillingMeasure billingMeasure() {
        return new BillingMeasure(rules.roundingUs(), rules.billsInit(false));
    }

    @Override
    public LoadBalancerPrice loadBalancer() {
        var lb = book.loadBalancer(region);
        return new LoadBalancerPrice(lb.hourlyUsd().doubleValue(), lb.usdPerLcuHour().doubleValue());
    }

    @Override
    public io.lambdasim.pricing.ManagedInstancesPrice managedInstances() {
        return book.managedInstances(region);
    }

    @Override
    public String describe() {
        return rules.name() + ", " + region + ", " + (options.freeTier() ? "free tier" : "no free tier")
                + (options.savingsPlan().signum() > 0 ? ", savings plan " + options.savingsPlan().toPlainString() : "")
                + ", prices " + book.name()
                + " (" + book.date() + ")";
    }
}
