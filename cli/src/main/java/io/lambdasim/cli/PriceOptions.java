package io.lambdasim.cli;

import io.lambdasim.pricing.CostOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The pricing options of the analytic commands (a picocli mixin), with their defaults in one place:
 * region, billing rules, free tier, Lambda savings plan and the price book.
 */
final class PriceOptions {

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1", description = "Region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--rules", paramLabel = "RULES", defaultValue = "aws-2025-08",
            description = "Billing rules: aws-2025-08, aws-2020-12, aws-2014, aws-2014-preview (default: ${DEFAULT-VALUE}).")
    String rules;

    @Option(names = "--free-tier", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Apply Lambda's monthly free tier (default: on; --no-free-tier to leave it out).")
    boolean freeTier;

    @Option(names = "--savings-plan", paramLabel = "F", defaultValue = "0",
            description = "Compute Savings Plans discount on Lambda duration (not requests), e.g. 0.17.")
    BigDecimal savingsPlan;

    @Option(names = "--prices", paramLabel = "FILE", description = "Price-book file (from 'lambdasim prices import'; default: the bundled one).")
    Path prices;

    CostOptions costOptions() {
        return new CostOptions(freeTier, savingsPlan);
    }
}
