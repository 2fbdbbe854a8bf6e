package io.lambdasim.reports.lmi;

import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.lmi.CapacityProviderConfig;
import io.lambdasim.engine.lmi.EnvironmentShape;
import io.lambdasim.engine.lmi.ManagedInstancesDefaults;
import io.lambdasim.engine.lmi.ManagedInstancesResult;
import io.lambdasim.pricing.Ec2Billing;
import io.lambdasim.pricing.ManagedInstancesBill;
import io.lambdasim.pricing.ManagedInstancesBilling;
import io.lambdasim.pricing.ManagedInstancesPrice;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import io.lambdasim.pricing.breakeven.ManagedInstancesCostCurve;
import io.lambdasim.pricing.breakeven.ManagedInstancesPolicy;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import io.lambdasim.reports.breakeven.PriceSource;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One Managed Instances option with every default resolved: the instance type from the price
 * book, the capacity provider the engine replays, and the prices that turn its usage into a bill.
 * The one place where {@link LmiSettings} meet the price book, shared by the scenario extension,
 * the analytic break-even and the trace-based one.
 *
 * @param name     option name in tables and charts ({@code lmi:m7g.large})
 * @param offer    the instance type (on-demand price, vCPUs, memory)
 * @param config   the capacity provider for the engine
 * @param runtime  the runtime whose concurrency default applies
 * @param price    the management fee share and request price of the region
 * @param discount discount on the instances (Savings Plans, Reserved Instances), 0..1; never on the fee
 */
public record LmiOption(String name, Ec2Offer offer, CapacityProviderConfig config, String runtime,
                        ManagedInstancesPrice price, BigDecimal discount) {

    /**
     * Resolves {@code settings} against the price book. The instance type must be a price-book
     * type with its vCPUs and memory (a {@code NAME=PRICE} box has no shape), and not burstable:
     * Managed Instances run on C, M and R families (.large and up).
     *
     * @param lambda    the scenario's engine configuration: CPU model, async back-off and event age
     * @param reference memory the trace's durations were measured at when a row does not say, MB
     * @param horizonUs the generated workload's horizon, or -1 (the window is then first start to last completion)
     */
    public static LmiOption resolve(LmiSettings settings, PriceSource prices, SimulationConfig lambda, int reference,
                                    long horizonUs, BigDecimal discount) {
        String type = settings.instanceType().trim();
        if (type.contains("=")) {
            throw new IllegalArgumentException("lmi_instance '" + type
                    + "': Managed Instances need a price-book instance type (its vCPUs and memory), not NAME=PRICE");
        }
        Ec2Offer offer;
        try {
            offer = prices.ec2(type);
        } catch (IllegalArgumentException e) {
            // a NAME=PRICE box is no way out here (it has no shape): leave that hint of the EC2 lookup out
            throw new IllegalArgumentException("lmi_instance: " + e.getMessage().replace("; or give NAME=DOLLARS_PER_HOUR", ""), e);
        }
        if (offer.burstable()) {
            throw new IllegalArgumentException("lmi_instance '" + type + "' is burstable; Managed Instances run on C, M and R "
                    + "instance families, .large and up (e.g. c7g.large, m7g.large, r5.large)");
        }
        String runtime = settings.runtime() != null ? ManagedInstancesDefaults.runtimeOf(settings.runtime())
                : ManagedInstancesDefaults.DEFAULT_RUNTIME;
        int memory = settings.memoryMb() != null ? settings.memoryMb() : ManagedInstancesDefaults.ENVIRONMENT_MEMORY_MB;
        double ratio = settings.gibPerVcpu() != null ? settings.gibPerVcpu() : ManagedInstancesDefaults.MEMORY_GIB_PER_VCPU;
        EnvironmentShape env = EnvironmentShape.of(memory, ratio, runtime, settings.maxConcurrency());
        int vcpus = offer.vcpus();
        int min = settings.minInstances() != null ? settings.minInstances() : ManagedInstancesDefaults.MIN_INSTANCES;
        int max = settings.maxInstances() != null ? settings.maxInstances()
                : Math.max(min, CapacityProviderConfig.defaultMaxInstances(vcpus));
        if (min > max) {
            throw new IllegalArgumentException("lmi_min " + min + " exceeds lmi_max " + max);
        }
        CapacityProviderConfig config = new CapacityProviderConfig(vcpus, (int) Math.round(offer.memoryMb()), env, min, max,
                settings.minEnvironments() != null ? settings.minEnvironments() : ManagedInstancesDefaults.MIN_ENVIRONMENTS,
                settings.targetCpu() != null ? settings.targetCpu() : ManagedInstancesDefaults.TARGET_CPU,
                settings.reactionUs() != null ? settings.reactionUs() : ManagedInstancesDefaults.REACTION_US,
                settings.step() != null ? settings.step() : ManagedInstancesDefaults.STEP,
                settings.launchDelayUs() != null ? settings.launchDelayUs() : ManagedInstancesDefaults.LAUNCH_DELAY_US,
                settings.cooldownUs() != null ? settings.cooldownUs() : ManagedInstancesDefaults.COOLDOWN_US,
                lambda.cpu(), reference, horizonUs, lambda.throttleBackoffUs(), lambda.throttleBackoffMaxUs(),
                lambda.maxEventAgeUs());
        Ec2Billing.checkDiscount(discount);
        return new LmiOption(ManagedInstancesCostCurve.PREFIX + offer.name(), offer, config, runtime,
                prices.managedInstances(), discount);
    }

    /** The analytic model's view of the same capacity provider, for break-even curves. */
    public ManagedInstancesCostCurve curve(RequestNeeds needs, double hoursPerMonth) {
        EnvironmentShape env = config.environment();
        ManagedInstancesPolicy policy = new ManagedInstancesPolicy(config.targetUtilization(), config.minInstances(),
                config.minEnvironments(), env.vcpus(), env.memoryMb(), env.maxConcurrency(),
                ManagedInstancesDefaults.RESERVED_VCPUS, ManagedInstancesDefaults.RESERVED_MEMORY_MB, hoursPerMonth,
                discount.doubleValue());
        return new ManagedInstancesCostCurve(offer, price.managementFeeShare().doubleValue(),
                price.requestUsdPerMillion().doubleValue(), needs, policy);
    }

    /** The same option with the replay's window {@code [0, periodUs]}: the covered period the instances run and bill over. */
    public LmiOption overPeriod(long periodUs) {
        return new LmiOption(name, offer, config.withWorkload(config.cpu(), config.referenceMemoryMb(), periodUs), runtime,
                price, discount);
    }

    /** The bill of a replay over its window, and the same projected to a month of {@code hoursPerMonth}. */
    public Bills bill(ManagedInstancesResult r, double hoursPerMonth) {
        ManagedInstancesBill period = ManagedInstancesBilling.bill(BigDecimal.valueOf(offer.hourlyUsd()),
                Ec2Billing.billableSeconds(r.launchLifetimesUs()), r.executed(), discount, price);
        BigDecimal factor = BigDecimal.valueOf(hoursPerMonth * 3600)
                .divide(BigDecimal.valueOf(Math.max(1e-6, r.periodSeconds())), MathContext.DECIMAL128);
        return new Bills(period, period.scaled(factor));
    }

    /** The bill over the simulated period and per month (the period projected to 730 h). */
    public record Bills(ManagedInstancesBill period, ManagedInstancesBill monthly) {
    }

    /**
     * The discount on the instances: the EC2 discount when it is above zero (an EC2 Instance Savings
     * Plan or Reserved Instances cover the instances), else the Compute Savings Plan's (it covers them
     * as EC2 usage). The management fee is never discounted.
     */
    public static BigDecimal discount(BigDecimal ec2Discount, BigDecimal savingsPlan) {
        return ec2Discount != null && ec2Discount.signum() > 0 ? ec2Discount : savingsPlan;
    }

    /** {@code TYPE[,key=value...]} resolved as {@link #resolve} does. */
    public static LmiOption fromSpec(String spec, PriceSource prices, SimulationConfig lambda, int reference, long horizonUs,
                                     BigDecimal discount) {
        return resolve(LmiSettings.from(LmiSettings.expandSpec(spec)), prices, lambda, reference, horizonUs, discount);
    }

    /** How tables and sentences name an option: "Managed Instances (m7g.large)" for {@code lmi:m7g.large}. */
    public static String label(String option) {
        return option.startsWith(ManagedInstancesCostCurve.PREFIX)
                ? "Managed Instances (" + option.substring(ManagedInstancesCostCurve.PREFIX.length()) + ")" : option;
    }
}
