package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of aws.amazon.com/lambda/pricing (today's page and the 100 ms era's) and the 2014 comparison with a $9 instance. */
class LambdaBillingTest {

    private static final PriceBook BOOK = PriceBook.loadDefault();

    private static SteadyLoadCost steady(String rules, boolean freeTier, double ms, int mb) {
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.named(rules), CostOptions.of(freeTier, 0));
        return new SteadyLoadCost(SteadyLoad.of("us-east-1", Architecture.X86_64, ms, mb), billing);
    }

    @Test
    void currentPricingPageExample() {
        // 3M requests × 120 ms × 1.5 GB = 540,000 GB-s; − 400,000 free = 140,000 × $0.0000166667 = $2.33;
        // 2M billable requests × $0.20/M = $0.40; total $2.73 (aws.amazon.com/lambda/pricing).
        LambdaBill bill = steady("aws-2025-08", true, 120, 1536).bill(3_000_000);
        assertThat(bill.gbSeconds()).isEqualByComparingTo("540000");
        assertThat(LambdaBill.cents(bill.computeCost())).isEqualByComparingTo("2.33");
        assertThat(LambdaBill.cents(bill.requestCost())).isEqualByComparingTo("0.40");
        assertThat(LambdaBill.cents(bill.totalCost())).isEqualByComparingTo("2.73");
        assertThat(bill.billedRequests()).isEqualTo(2_000_000);
    }

    @Test
    void hundredMillisecondEraExample() {
        // 3M × 1 s × 0.5 GB = 1,500,000 GB-s − 400,000 = 1,100,000 × $0.00001667 = $18.34; + $0.40 = $18.74
        // (the pricing page of the 100 ms era).
        LambdaBill bill = steady("aws-2014", true, 1000, 512).bill(3_000_000);
        assertThat(LambdaBill.cents(bill.computeCost())).isEqualByComparingTo("18.34");
        assertThat(LambdaBill.cents(bill.totalCost())).isEqualByComparingTo("18.74");
    }

    @Test
    void seedBreakEvensAgainstANineDollarInstance() {
        // The 2014 comparison, 100 ms era, no free tier: per request 0.1 s × 0.125 GB × $0.00001667 + $0.0000002
        // = $4.08375e-7, so $9 buys 22.04 M requests; 1.5 GB × 1 s: $2.5205e-5 → 357,072; 1 GB × 150 s:
        // $0.0025007 → 3,599 ("about 22 million", "about 360,000", "about 3,600").
        BigDecimal nine = new BigDecimal("9");
        assertThat(steady("aws-2014", false, 100, 128).breakEvenRequests(nine)).isBetween(22_000_000L, 22_100_000L);
        assertThat(steady("aws-2014", false, 1000, 1536).breakEvenRequests(nine)).isBetween(355_000L, 360_000L);
        assertThat(steady("aws-2014", false, 150_000, 1024).breakEvenRequests(nine)).isBetween(3_590L, 3_610L);
    }

    @Test
    void breakEvenIsTheFirstVolumeThatCostsAsMuch() {
        SteadyLoadCost c = steady("aws-2014", false, 100, 128);
        long r = c.breakEvenRequests(new BigDecimal("9"));
        assertThat(c.bill(r).totalCost()).isGreaterThanOrEqualTo(new BigDecimal("9"));
        assertThat(c.bill(r - 1).totalCost()).isLessThan(new BigDecimal("9"));
    }

    @Test
    void roundingOfTheSeedLogLine() {
        // "Duration: 178.50 ms → Billed Duration: 200 ms" under the 100 ms rule; 179 ms under 1 ms rounding.
        assertThat(BillingRules.named("aws-2014").billedMs(178_500, -1, false)).isEqualTo(200);
        assertThat(BillingRules.named("aws-2020-12").billedMs(178_500, -1, false)).isEqualTo(179);
        assertThat(BillingRules.named("aws-2014").billedMs(200_000, -1, false)).isEqualTo(200);
    }

    @Test
    void initBillingByEra() {
        // 2025 line of the domain notes: Duration 395.99 ms + Init 265.72 ms → Billed Duration 662 ms.
        assertThat(BillingRules.named("aws-2025-08").billedMs(395_990, 265_720, false)).isEqualTo(662);
        // Before 2025-08 managed runtimes' INIT was free; custom runtimes paid it.
        assertThat(BillingRules.named("aws-2020-12").billedMs(395_990, 265_720, false)).isEqualTo(396);
        assertThat(BillingRules.named("aws-2020-12").billedMs(395_990, 265_720, true)).isEqualTo(662);
    }

    @Test
    void twentyBillionGbSecondsSumTheThreeX86Tiers() {
        // 6 B × $0.0000166667 = $100,000.20; 9 B × $0.000015 = $135,000; 5 B × $0.0000133334 = $66,667.
        // Sum $301,667.20 (tier bounds from aws.amazon.com/lambda/pricing).
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.current(), CostOptions.of(false, 0));
        long billedMs = 20_000_000_000L * 1000; // 20 B GB-s at 1024 MB
        LambdaBill bill = billing.bill(LambdaUsage.onDemand("us-east-1", Architecture.X86_64, 0,
                List.of(DurationUsage.of(1024, billedMs))));
        assertThat(bill.computeTiers()).hasSize(3);
        assertThat(bill.computeTiers().get(0).cost()).isEqualByComparingTo("100000.20");
        assertThat(bill.computeTiers().get(1).cost()).isEqualByComparingTo("135000");
        assertThat(bill.computeTiers().get(2).cost()).isEqualByComparingTo("66667");
        assertThat(bill.computeCost()).isEqualByComparingTo("301667.20");
    }

    @Test
    void savingsPlanDiscountsDurationNotRequests() {
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.current(), CostOptions.of(false, 0.17));
        SteadyLoadCost c = new SteadyLoadCost(SteadyLoad.of("us-east-1", Architecture.X86_64, 1000, 1024), billing);
        LambdaBill bill = c.bill(1_000_000);
        // 1M GB-s × $0.0000166667 = $16.6667, × 0.83 = $13.833361; requests $0.20 untouched.
        assertThat(bill.computeCost()).isEqualByComparingTo("13.833361");
        assertThat(bill.requestCost()).isEqualByComparingTo("0.20");
    }

    @Test
    void fastCurveAgreesWithTheExactBill() {
        SteadyLoadCost c = steady("aws-2025-08", true, 120, 1536);
        for (long r : new long[] {0, 999_999, 3_000_000, 1_000_000_000L, 50_000_000_000L}) {
            assertThat(c.monthlyUsd(r)).isCloseTo(c.bill(r).totalCost().doubleValue(), org.assertj.core.data.Offset.offset(0.005));
        }
    }

    @Test
    void storageAndProvisionedConcurrency() {
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.current(), CostOptions.of(false, 0));
        // 2048 MB of /tmp for 1,024,000 s: (2048 − 512)/1024 = 1.5 GB × 1,024,000 s = 1,536,000 GB-s × $0.0000000309.
        LambdaUsage u = new LambdaUsage("us-east-1", Architecture.ARM64, 0, List.of(), BigDecimal.ZERO,
                List.of(new StorageUsage(2048, BigDecimal.valueOf(1_024_000_000L))),
                BigDecimal.valueOf(1_000_000), BigDecimal.valueOf(500_000));
        LambdaBill bill = billing.bill(u);
        assertThat(bill.storageCost()).isEqualByComparingTo("0.0474624");
        // arm64 PC: 1M × $0.0000033334 + 0.5M × $0.0000077778 = $3.3334 + $3.8889.
        assertThat(bill.provisionedCost()).isEqualByComparingTo("7.2223");
    }

    @Test
    void limitsAreCheckedWithTheRange() {
        assertThatThrownBy(() -> BillingRules.current().checkMemory(100))
                .hasMessageContaining("100 MB").hasMessageContaining("128..10240");
        assertThatThrownBy(() -> BillingRules.current().checkMemory(20_000)).hasMessageContaining("20000 MB");
        assertThatThrownBy(() -> BillingRules.named("aws-2014").checkMemory(1000)).hasMessageContaining("steps of 64");
        assertThatThrownBy(() -> BillingRules.named("aws-2014").checkTimeout(600)).hasMessageContaining("1..300");
        assertThatThrownBy(() -> BillingRules.named("aws-2014-preview").checkMemory(1536)).hasMessageContaining("128..1024");
        assertThatThrownBy(() -> BillingRules.named("aws-2014").checkArchitecture(Architecture.ARM64))
                .hasMessageContaining("arm64");
        assertThatThrownBy(() -> BillingRules.named("aws-1999")).hasMessageContaining("aws-2025-08");
    }
}
