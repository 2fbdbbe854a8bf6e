package io.lambdasim.reports.usecase;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.pricing.breakeven.BreakEvenAnalysis;
import io.lambdasim.pricing.breakeven.FleetPolicy;
import io.lambdasim.reports.breakeven.LambdaProfile;
import io.lambdasim.reports.lmi.LmiSettings;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.util.List;

/**
 * The analytic break-even ({@code lambdasim breakeven --duration-ms ... --memory-mb ...}, the app's
 * Break-even screen, the break-even chart of a report): Lambda's monthly cost, each EC2 fleet's and
 * the Managed Instances option's over a range of monthly requests, with the crossings.
 *
 * @param lambda        the steady function
 * @param cpu           the CPU model: which share of a Lambda duration an EC2 vCPU must do, and at
 *                      which speed Lambda ran it ({@link CpuModel#usableCpus})
 * @param prices        which prices
 * @param ec2           the EC2 options (price-book types or NAME=USD_PER_HOUR)
 * @param fleet         how EC2 fleets are sized (target utilisation, minimum, month, discount)
 * @param fromRequests  lowest monthly requests of the range
 * @param toRequests    highest monthly requests of the range
 * @param lmi           the Managed Instances option (the third curve family), or null
 */
public record BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2,
                               FleetPolicy fleet, double fromRequests, double toRequests, LmiSettings lmi) {

    /** Lambda against EC2 options only. */
    public BreakEvenRequest(LambdaProfile lambda, CpuModel cpu, PriceChoice prices, List<String> ec2,
                            FleetPolicy fleet, double fromRequests, double toRequests) {
        this(lambda, cpu, prices, ec2, fleet, fromRequests, toRequests, null);
    }

    public BreakEvenRequest {
        ec2 = List.copyOf(ec2);
        if (!(fromRequests >= 1 && toRequests > fromRequests)) {
            throw new IllegalArgumentException("monthly requests from " + fromRequests + " to " + toRequests
                    + ": expected 1 <= from < to");
        }
    }

    /** From settings; {@code duration_ms} and {@code memory_mb} are required. */
    public static BreakEvenRequest from(SettingValues v) {
        LambdaProfile lambda = new LambdaProfile(Required.of(v, Settings.MEMORY_MB), Required.of(v, Settings.DURATION_MS),
                v.get(Settings.ARCH), v.get(Settings.INIT_MS), v.get(Settings.COLD_RATIO));
        return new BreakEvenRequest(lambda, new CpuModel(v.get(Settings.CPU_FRACTION), v.get(Settings.THREADS)),
                PriceChoice.from(v), v.getOr(Settings.EC2, List.of()), fleet(v), v.get(Settings.FROM), v.get(Settings.TO),
                LmiSettings.from(v));
    }

    static FleetPolicy fleet(SettingValues v) {
        return new FleetPolicy(v.get(Settings.TARGET_UTILIZATION), v.get(Settings.MIN_INSTANCES), v.get(Settings.HOURS),
                v.get(Settings.EC2_DISCOUNT));
    }

    /** Sample points of the curves (the analysis refines crossings exactly between them). */
    static int samples() {
        return BreakEvenAnalysis.DEFAULT_SAMPLES;
    }
}
