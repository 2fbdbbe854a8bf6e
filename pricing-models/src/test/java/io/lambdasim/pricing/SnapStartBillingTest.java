package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricing.SnapStartBilling.SnapStartCharge;
import org.junit.jupiter.api.Test;

/**
 * SnapStart's cache and restore charges. Prices: aws.amazon.com/lambda/pricing, "SnapStart"
 * (us-east-1, x86_64): cache $0.0000015046 per GB-s, restore $0.0001397998 per GB restored. Rules:
 * docs.aws.amazon.com/lambda/latest/dg/snapstart.html#snapstart-pricing (Python and .NET pay, Java
 * does not; the cache is billed while the version is active, 3 hours at least).
 */
class SnapStartBillingTest {

    private final SnapStartPrices prices = PriceBook.loadDefault().snapStart("us-east-1", Architecture.X86_64).orElseThrow();

    @Test
    void aMonthOfA2GbVersionWithAMillionRestores() {
        // 2 GB for 730 h = 2 × 2,628,000 s = 5,256,000 GB-s × $0.0000015046 = $7.9081776;
        // 1,000,000 restores × 2 GB = 2,000,000 GB × $0.0001397998 = $279.5996.
        SnapStartCharge c = SnapStartBilling.charge(prices, 2048, 730L * 3600, 1_000_000);
        assertThat(c.cache()).isEqualByComparingTo("7.9081776");
        assertThat(c.restores()).isEqualByComparingTo("279.5996");
        assertThat(c.total()).isEqualByComparingTo("287.5077776");
    }

    @Test
    void theCacheIsBilledForThreeHoursAtLeast() {
        // Active 10 minutes, billed 3 h: 0.5 GB × 10,800 s = 5,400 GB-s × $0.0000015046 = $0.00812484;
        // one restore of 0.5 GB = $0.0000698999.
        SnapStartCharge c = SnapStartBilling.charge(prices, 512, 600, 1);
        assertThat(c.cache()).isEqualByComparingTo("0.00812484");
        assertThat(c.restores()).isEqualByComparingTo("0.0000698999");
    }

    @Test
    void onlyPythonAndDotnetPay() {
        assertThat(SnapStartBilling.pays("python")).isTrue();
        assertThat(SnapStartBilling.pays("dotnet")).isTrue();
        assertThat(SnapStartBilling.pays("java")).isFalse();
        assertThat(SnapStartBilling.pays("nodejs")).isFalse();
        assertThat(SnapStartBilling.pays(null)).isFalse();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> SnapStartBilling.charge(prices, 0, 10, 1)).hasMessageContaining("memory 0 MB");
        assertThatThrownBy(() -> SnapStartBilling.charge(prices, 128, 10, -1)).hasMessageContaining("-1 restores");
    }
}
