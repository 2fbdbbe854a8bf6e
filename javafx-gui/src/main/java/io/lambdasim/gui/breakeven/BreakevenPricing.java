package io.lambdasim.gui.breakeven;

import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.Ec2Offer;
import java.util.List;

/**
 * The pricing the explorer needs, in one narrow seam: the view model asks, pricing-models answers.
 * {@link LibraryPricing} is the real one; the seam exists so the view model reads as presentation
 * only, and so its tests can say exactly which numbers came from where.
 */
public interface BreakevenPricing {
    /** The Lambda side of the inputs. */
    record Inputs(int memoryMb, double durationMs, String arch, String region, String rules, boolean freeTier,
                  double initMs, double coldRatio, double cpuFraction, double savingsPlan) {
    }

    /** Lambda's monthly cost against monthly requests; throws IllegalArgumentException for bad inputs. */
    CostCurve lambdaCurve(Inputs in);

    Ec2Offer ec2Offer(String type, String region);

    List<String> ec2Types(String region);

    List<String> regions();

    List<String> ruleSets();

    /** {min MB, max MB, step MB} of a billing rule set. */
    int[] memoryLimits(String rules);
}
