package io.lambdasim.reports.usecase;

import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.Month;
import io.lambdasim.reports.around.AroundSettings;
import io.lambdasim.reports.settings.SettingValues;
import io.lambdasim.reports.settings.Settings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The monthly bill of a steady load, analytically ({@code lambdasim cost}): so many requests a
 * month of one duration at one memory size, against EC2 instances.
 *
 * @param requests      requests a month
 * @param durationMs    duration of one request, ms
 * @param memoryMb      configured memory
 * @param arch          x86_64 or arm64
 * @param initMs        INIT of a cold start, ms
 * @param coldRatio     share of requests that start cold
 * @param customRuntime a custom runtime or container image (rules that bill only their INIT bill it)
 * @param ephemeralMb   /tmp size
 * @param ec2           instance types to compare (one instance each)
 * @param ec2Discount   discount on EC2 on-demand
 * @param month         the month
 * @param prices        which prices
 * @param around        what surrounds the function: front door, triggers, network, logs (issue 18)
 */
public record CostRequest(long requests, double durationMs, int memoryMb, String arch, double initMs, double coldRatio,
                          boolean customRuntime, int ephemeralMb, List<String> ec2, BigDecimal ec2Discount, Month month,
                          PriceChoice prices, AroundConfig around) {

    /** The function alone. */
    public CostRequest(long requests, double durationMs, int memoryMb, String arch, double initMs, double coldRatio,
                       boolean customRuntime, int ephemeralMb, List<String> ec2, BigDecimal ec2Discount, Month month,
                       PriceChoice prices) {
        this(requests, durationMs, memoryMb, arch, initMs, coldRatio, customRuntime, ephemeralMb, ec2, ec2Discount, month,
                prices, AroundConfig.NONE);
    }

    public CostRequest {
        ec2 = List.copyOf(ec2);
        if (requests < 0) {
            throw new IllegalArgumentException("requests " + requests + ": expected a whole number >= 0");
        }
    }

    /** From settings; {@code requests}, {@code duration_ms} and {@code memory_mb} are required. */
    public static CostRequest from(SettingValues v) {
        return new CostRequest(Required.of(v, Settings.REQUESTS), Required.of(v, Settings.DURATION_MS),
                Required.of(v, Settings.MEMORY_MB), v.get(Settings.ARCH),
                v.get(Settings.INIT_MS), v.get(Settings.COLD_RATIO),
                v.get(Settings.CUSTOM_RUNTIME), v.get(Settings.EPHEMERAL_MB), v.getOr(Settings.EC2, List.of()),
                BigDecimal.valueOf(v.get(Settings.EC2_DISCOUNT)), Month.ofHours(v.get(Settings.HOURS)), PriceChoice.from(v),
                AroundSettings.from(v));
    }
}
