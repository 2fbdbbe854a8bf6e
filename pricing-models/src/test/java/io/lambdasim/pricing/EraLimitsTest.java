package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: {@code cost --duration-ms 1e16} overflowed to negative GB-s and a $0 bill, and
 * durations above the era's timeout were accepted. The limits are those of billing-rules.json
 * (900 s since October 2018; 300 s under the 2014 rules; 60 s in the 2014 preview).
 */
class EraLimitsTest {

    private static final PriceBook BOOK = PriceBook.loadDefault();

    private static SteadyLoadCost steady(String rules, double durationMs, double initMs) {
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.named(rules), CostOptions.of(false, 0));
        return new SteadyLoadCost(new SteadyLoad("us-east-1", Architecture.X86_64, durationMs, 128, initMs, 0.5, 512, false),
                billing);
    }

    @Test
    void aDurationAboveTheErasLongestTimeoutIsRefused() {
        assertThatThrownBy(() -> steady("aws-2025-08", 1e16, 0))
                .hasMessage("duration 1.00e+16 ms is outside aws-2025-08's range 0..900000 ms (its longest timeout is 900 s)");
        assertThatThrownBy(() -> steady("aws-2014", 300_001, 0))
                .hasMessage("duration 300001 ms is outside aws-2014's range 0..300000 ms (its longest timeout is 300 s)");
        assertThatThrownBy(() -> steady("aws-2025-08", 100, 1e300)).hasMessageStartingWith("INIT 1.00e+300 ms is outside");
    }

    @Test
    void theLongestDurationIsBilledExactly() {
        // 900,000 ms × 128 MB = 900 s × 0.125 GB = 112.5 GB-s per request, 10^6 requests = 112,500,000 GB-s:
        // positive and exact, where 1e16 ms used to wrap to a negative number.
        LambdaBill bill = steady("aws-2025-08", 900_000, 0).bill(1_000_000);
        assertThat(bill.gbSeconds()).isEqualByComparingTo(new BigDecimal("112500000"));
        assertThat(bill.totalCost().signum()).isPositive();
    }

    @Test
    void billedMillisecondsNeverWrapAround() {
        BillingRules r = BillingRules.current();
        assertThatThrownBy(() -> r.billedMs(Long.MAX_VALUE, -1, false)).isInstanceOf(ArithmeticException.class);
        assertThat(r.billedMs(1_500, -1, false)).isEqualTo(2); // 1.5 ms rounds up to 2 ms (1 ms granularity)
    }
}
