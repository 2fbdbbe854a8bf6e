package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.Month;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.run.TraceSource;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import io.lambdasim.reports.slo.LatencySlo;
import java.util.List;

/**
 * The trace-based break-even ({@code lambdasim breakeven --trace|--generate}): the workload's
 * traffic scaled by a factor and replayed on Lambda, on each EC2 fleet and on the Managed Instances
 * option, to find the factor at which the cheaper side changes.
 *
 * @param workload  the workload (reader options and seed applied)
 * @param memoryMb  simulated memory, or null for the trace's own
 * @param arch      x86_64 or arm64
 * @param cpu       the CPU model
 * @param seed      seed of traffic scaling and the simulation
 * @param ec2       the EC2 options
 * @param fleet     fleet mode (static|autoscaled)
 * @param min       fewest instances
 * @param max       most instances
 * @param target    target utilisation
 * @param discount  EC2 discount
 * @param launchDelayUs autoscaling launch delay
 * @param cooldownUs    scale-in cooldown
 * @param loadBalancer  add an ALB to each option
 * @param balancer      how requests are placed on instances (least-outstanding|round-robin|central)
 * @param maxFactor     largest traffic factor tried
 * @param month         the month
 * @param periodUs      the period the workload covers when given, else null
 * @param prices        which prices
 * @param lmi           the Managed Instances option to compare too, or null
 * @param model         keep-alive, INIT, per-function settings and the ranges the figures are uncertain over
 * @param around        what surrounds the function (front door, triggers, network, logs), priced on both sides
 * @param slo           the latency objective the options are ranked under, or null (cost alone)
 */
public record TraceBreakEvenRequest(TraceSource workload, Integer memoryMb, String arch, CpuModel cpu, long seed,
                                    List<String> ec2, String fleet, int min, int max, double target, double discount,
                                    long launchDelayUs, long cooldownUs, boolean loadBalancer, String balancer, double maxFactor,
                                    Month month, Long periodUs, PriceChoice prices, LmiSettings lmi, ModelChoice model,
                                    AroundConfig around, LatencySlo slo) {

    /** EC2 options only, placed by the default balancer. */
    public TraceBreakEvenRequest(TraceSource workload, Integer memoryMb, String arch, CpuModel cpu, long seed,
                                 List<String> ec2, String fleet, int min, int max, double target, double discount,
                                 long launchDelayUs, long cooldownUs, boolean loadBalancer, double maxFactor,
                                 Month month, Long periodUs, PriceChoice prices) {
        this(workload, memoryMb, arch, cpu, seed, ec2, fleet, min, max, target, discount, launchDelayUs, cooldownUs,
                loadBalancer, Settings.BALANCER.defaultValue(), maxFactor, month, periodUs, prices, null, ModelChoice.DEFAULTS, AroundConfig.NONE, null);
    }

    public TraceBreakEvenRequest {
        model = model == null ? ModelChoice.DEFAULTS : model;
        around = around == null ? AroundConfig.NONE : around;
        ec2 = List.copyOf(ec2);
    }

    /** From settings: {@code trace} or {@code generate}, and {@code ec2} unless {@code lmi} is given. */
    public static TraceBreakEvenRequest from(SettingValues v) {
        LmiSettings lmi = LmiSettings.from(v);
        ModelChoice model = ModelChoice.from(v);
        return new TraceBreakEvenRequest(Workload.from(v), v.get(Settings.MEMORY_MB), v.get(Settings.ARCH),
                model.simulation().cpu(), v.get(Settings.SEED),
                lmi == null ? Required.of(v, Settings.EC2) : v.getOr(Settings.EC2, List.of()), v.get(Settings.FLEET),
                v.get(Settings.MIN_INSTANCES), v.get(Settings.MAX_INSTANCES), v.get(Settings.TARGET_UTILIZATION),
                v.get(Settings.EC2_DISCOUNT), v.get(Settings.LAUNCH_DELAY), v.get(Settings.COOLDOWN),
                v.get(Settings.LOAD_BALANCER), v.get(Settings.BALANCER), v.get(Settings.MAX_FACTOR), Month.ofHours(v.get(Settings.HOURS)),
                v.get(Settings.PERIOD), PriceChoice.from(v), lmi, model, AroundSettings.from(v), v.getOr(Settings.LATENCY_SLO, null));
    }
}
