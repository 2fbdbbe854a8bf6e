package io.lambdasim.reports.usecase;

import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.PriceBook;
import java.util.List;

/**
 * What a form may offer for the settings whose values come from data rather than from the
 * registry's closed sets: the regions and EC2 types of the bundled price book, and each billing
 * era's memory range and step (for a slider).
 */
public final class Choices {

    private Choices() {
    }

    public static List<String> regions() {
        return PriceBook.loadDefault().lambdaRegions();
    }

    public static List<String> ec2Types(String region) {
        return PriceBook.loadDefault().ec2Types(region);
    }

    /** Memory range and step of a billing era, MB. */
    public record MemoryRange(int min, int max, int step) {
        public boolean contains(int mb) {
            return mb >= min && mb <= max;
        }
    }

    public static MemoryRange memory(String rules) {
        BillingRules r = BillingRules.named(rules);
        return new MemoryRange(r.minMemoryMb(), r.maxMemoryMb(), r.memoryStepMb());
    }
}
