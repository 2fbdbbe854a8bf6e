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

    /**
     * The instance types a Managed Instances capacity provider may use: the price book's C, M and R
     * families (compute, general purpose, memory optimised), the families the registry's
     * {@code lmi_instance} names.
     */
    public static List<String> managedInstanceTypes(String region) {
        return ec2Types(region).stream().filter(t -> t.matches("[cmr][0-9].*")).toList();
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
