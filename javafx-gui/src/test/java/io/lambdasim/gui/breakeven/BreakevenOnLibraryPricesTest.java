package io.lambdasim.gui.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.reports.settings.Settings;
import org.junit.jupiter.api.Test;

/** The explorer on the library's real prices, against the seed document's figures. */
class BreakevenOnLibraryPricesTest {

    /*
     * The 2014 comparison (aws.amazon.com/lambda/pricing of the 100 ms era): under that era's price
     * of $0.00001667 per GB-s, no free tier, 128 MB at 100 ms breaks even with a $9 instance near
     * 22 million requests: 0.2e-6 + 0.1 s × 0.125 GB × 0.00001667 = $0.408375e-6 a request, and
     * 0.012329 $/h × 730 h = $9.0002 -> 22.04 M.
     */
    @Test
    void seedBreakEvenOnTheLibrarysPrices() {
        BreakevenViewModel vm = seedExample();
        assertThat(vm.staleReasonProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(22.04e6, within(0.01e6));
        assertThat(vm.readoutProperty().get()).startsWith("Below 22 M requests/month Lambda is cheaper; above, t2");
    }

    /*
     * A 17% Compute Savings Plan discounts duration, not requests: per request 0.2e-6 +
     * 0.83 × 0.208375e-6 = $0.37295e-6, so the $9.0002 instance breaks even at 24.13 M.
     */
    @Test
    void lambdaSavingsPlanMovesTheCrossingRight() {
        BreakevenViewModel vm = seedExample();
        // Savings plans cover Lambda from Feb 2020 (issue 18: aws-2014 refuses them); aws-2018-10 bills
        // as aws-2014 does (100 ms up, $0.00001667 per GB-s), so the seed's numbers stand.
        vm.set(Settings.RULES, "aws-2018-10");
        vm.set(Settings.SAVINGS_PLAN, "0.17");
        assertThat(vm.staleReasonProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get().crossings().get(0).requests()).isCloseTo(24.13e6, within(0.01e6));
    }

    /** The seed document's function: 128 MB, 100 ms, under aws-2014 without free tier, against a $0.012329/h box. */
    private static BreakevenViewModel seedExample() {
        BreakevenViewModel vm = new BreakevenViewModel();
        vm.set(Settings.RULES, "aws-2014");
        vm.set(Settings.FREE_TIER, "no");
        vm.set(Settings.MEMORY_MB, "128");
        vm.set(Settings.DURATION_MS, "100");
        vm.set(Settings.COLD_RATIO, "0");
        vm.set(Settings.MIN_INSTANCES, "1");
        vm.set(Settings.EC2, "t2=0.012329");
        return vm;
    }

    @Test
    void listsWhatThePriceDataHolds() {
        BreakevenViewModel vm = new BreakevenViewModel();
        assertThat(vm.availableEc2Types()).contains("m7g.large", "t4g.small");
        assertThat(vm.ruleSets()).contains("aws-2025-08", "aws-2020-12", "aws-2014");
        // aws-2014: 128..1536 MB in 64 MB steps (domain notes, "Limits").
        vm.set(Settings.RULES, "aws-2014");
        assertThat(vm.memoryLimits()).containsExactly(128, 1536, 64);
    }

    @Test
    void memoryOutsideTheRulesIsReportedNotThrown() {
        BreakevenViewModel vm = new BreakevenViewModel();
        vm.set(Settings.RULES, "aws-2014");
        vm.set(Settings.MEMORY_MB, "3008");
        assertThat(vm.staleReasonProperty().get()).contains("3008").contains("1536");
        assertThat(vm.memoryErrorProperty().get()).isEqualTo("3008 MB is outside 128..1536 MB under aws-2014");
        vm.set(Settings.MEMORY_MB, "1536");
        assertThat(vm.memoryErrorProperty().get()).isEmpty();
        assertThat(vm.staleReasonProperty().get()).isEmpty();
    }
}
