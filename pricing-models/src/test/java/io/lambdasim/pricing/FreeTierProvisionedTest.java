package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The free tier and provisioned concurrency (PC), per era (issue 18). Two AWS pages:
 * <ul>
 * <li>aws.amazon.com/lambda/pricing as of December 2020 (a copy: bestmarketstore.com/aws-lambda-pricing-now-per-ms/):
 *     "The Lambda free tier does not apply to functions that have Provisioned Concurrency enabled."</li>
 * <li>aws.amazon.com/lambda/pricing today: that sentence is gone; the worked examples take the free
 *     tier off requests and on-demand duration, and never off PC charges.</li>
 * </ul>
 * The dollars below are worked by hand with the bundled book's us-east-1 prices.
 */
class FreeTierProvisionedTest {

    private static final PriceBook BOOK = PriceBook.loadDefault();

    private static LambdaBill bill(String rules, LambdaUsage u) {
        return new LambdaBilling(BOOK, BillingRules.named(rules), CostOptions.of(true, 0)).bill(u);
    }

    /**
     * The PC example of the Dec 2020 pricing page: 1,024 MB, PC of 1,000 enabled for two hours, 1.2 M
     * invocations of 1 s each, all served by PC. PC: 1,000 x 7,200 s x 1 GB = 7,200,000 GB-s; PC
     * duration 1,200,000 GB-s; no on-demand duration.
     */
    private static LambdaUsage pcExample() {
        return new LambdaUsage("us-east-1", Architecture.X86_64, 1_200_000, List.of(), BigDecimal.ZERO, List.of(),
                new BigDecimal("7200000"), new BigDecimal("1200000"), new LambdaUsage.Share(1_200_000, BigDecimal.ZERO));
    }

    @Test
    void theDecember2020RulesGiveAFunctionWithProvisionedConcurrencyNoFreeTier() {
        // PC 7,200,000 x $0.0000041667 = $30.00024; PC duration 1,200,000 x $0.0000097222 = $11.66664;
        // requests, free tier void: 1.2 M x $0.20/M = $0.24. Total $41.90688 -> $41.91.
        for (String rules : List.of("aws-2020-12", "aws-2020-12-strict", "aws-2021-09")) {
            LambdaBill b = bill(rules, pcExample());
            assertThat(b.provisionedCost()).isEqualByComparingTo("41.66688");
            assertThat(b.requestCost()).isEqualByComparingTo("0.24");
            assertThat(LambdaBill.cents(b.totalCost())).isEqualByComparingTo("41.91");
        }
    }

    @Test
    void todaysRulesTakeTheFreeTierOffRequestsAndOnDemandDurationButNeverOffPc() {
        // Requests: 1.2 M - 1 M free = 0.2 M x $0.20/M = $0.04; PC charges unchanged: $41.66688.
        // Total $41.70688 -> $41.71.
        for (String rules : List.of("aws-2025-08", "aws-2022-08")) {
            LambdaBill b = bill(rules, pcExample());
            assertThat(b.provisionedCost()).isEqualByComparingTo("41.66688");
            assertThat(b.requestCost()).isEqualByComparingTo("0.04");
            assertThat(LambdaBill.cents(b.totalCost())).isEqualByComparingTo("41.71");
        }
    }

    @Test
    void underThe2020RulesOnlyTheFunctionsWithoutPcKeepTheFreeTier() {
        // Function a: PC, 1.2 M requests, 100,000 GB-s spilled over on demand. Function b: no PC,
        // 0.5 M requests, 100,000 GB-s. Together 1.7 M requests, 200,000 on-demand GB-s.
        LambdaUsage u = new LambdaUsage("us-east-1", Architecture.X86_64, 1_700_000,
                List.of(new DurationUsage(1024, new BigDecimal("200000000"))), BigDecimal.ZERO, List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, new LambdaUsage.Share(1_200_000, new BigDecimal("100000")));
        // Dec 2020: b is inside the free tier; a pays everything: 1.2 M x $0.20/M = $0.24 and
        // 100,000 GB-s x $0.0000166667 = $1.66667.
        LambdaBill old = bill("aws-2020-12", u);
        assertThat(old.requestCost()).isEqualByComparingTo("0.24");
        assertThat(old.computeCost()).isEqualByComparingTo("1.66667");
        // Today: 1.7 M - 1 M = 0.7 M x $0.20/M = $0.14; 200,000 GB-s is inside the 400,000 free.
        LambdaBill now = bill("aws-2025-08", u);
        assertThat(now.requestCost()).isEqualByComparingTo("0.14");
        assertThat(now.computeCost()).isZero();
        // Without the free tier the eras agree: 1.7 M x $0.20/M = $0.34; 200,000 x $0.0000166667 = $3.33334.
        for (String rules : List.of("aws-2020-12", "aws-2025-08")) {
            LambdaBill none = new LambdaBilling(BOOK, BillingRules.named(rules), CostOptions.of(false, 0)).bill(u);
            assertThat(none.requestCost()).isEqualByComparingTo("0.34");
            assertThat(none.computeCost()).isEqualByComparingTo("3.33334");
        }
    }

    @Test
    void aMonthProjectionScalesTheShareOfPcFunctions() {
        LambdaUsage u = pcExample().scaled(new BigDecimal("2"));
        assertThat(u.ofProvisionedFunctions().requests()).isEqualTo(2_400_000);
        assertThat(u.requests()).isEqualTo(2_400_000);
    }
}
