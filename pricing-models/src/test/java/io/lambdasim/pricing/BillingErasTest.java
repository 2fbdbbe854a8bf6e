package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The billing eras as AWS changed them (issue 18), each limit against the page that states it
 * (billing-rules.json cites them; docs/billing.md lists them).
 */
class BillingErasTest {

    private static final PriceBook BOOK = PriceBook.loadDefault();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // id, rounding ms, max MB, step MB, max timeout s, arm64, tiers, PC, max /tmp MB, savings plans
        // Nov 2014 preview: 1 GB, 60 s (second-hand, as billing-rules.json says).
        "aws-2014-preview,   100, 1024,  64, 60,  false, false, false, 512,   false",
        // 100 ms era before Nov 2017: 1,536 MB, 300 s ($18.74 example of the pricing page of the time).
        "aws-2014,           100, 1536,  64, 300, false, false, false, 512,   false",
        // Nov 2017: "64 MB increments from 128MB to 3008 MB" (Developer Guide, resource-model.html of the time).
        "aws-2017-11,        100, 3008,  64, 300, false, false, false, 512,   false",
        // Oct 2018: 900 s (whitepaper 'Serverless Architectures with AWS Lambda': 900 s, 100 ms increments);
        // PC from Dec 2019 (What's New 2019-12-03), Savings Plans from Feb 2020 (tiered pricing blog).
        "aws-2018-10,        100, 3008,  64, 900, false, false, true,  512,   true",
        // Dec 2020 pricing page: "rounded up to the nearest 1ms", 128-10,240 MB in 1 MB increments.
        "aws-2020-12-strict,   1, 10240,  1, 900, false, false, true,  512,   true",
        // Graviton2 blog 2021-09-29; larger /tmp blog 2022-03-24.
        "aws-2021-09,          1, 10240,  1, 900, true,  false, true,  10240, true",
        // "Introducing tiered pricing for AWS Lambda" (Aug 2022).
        "aws-2022-08,          1, 10240,  1, 900, true,  true,  true,  10240, true",
        // The id kept as it always was: Dec 2020 to Jul 2025, arm64 and tiers admitted.
        "aws-2020-12,          1, 10240,  1, 900, true,  true,  true,  10240, true",
        // "AWS Lambda standardizes billing for INIT phase" (2025-08-01).
        "aws-2025-08,          1, 10240,  1, 900, true,  true,  true,  10240, true",
    })
    void eachEraHasTheLimitsOfItsTime(String id, long roundingMs, int maxMb, int stepMb, int maxTimeout, boolean arm,
                                      boolean tiers, boolean pc, int maxTmp, boolean savings) {
        BillingRules r = BillingRules.named(id);
        assertThat(r.roundingMs()).isEqualTo(roundingMs);
        assertThat(r.minMemoryMb()).isEqualTo(128);
        assertThat(r.maxMemoryMb()).isEqualTo(maxMb);
        assertThat(r.memoryStepMb()).isEqualTo(stepMb);
        assertThat(r.maxTimeoutSeconds()).isEqualTo(maxTimeout);
        assertThat(r.architectures().contains(Architecture.ARM64)).isEqualTo(arm);
        assertThat(r.features().tiers()).isEqualTo(tiers);
        assertThat(r.features().provisioned()).isEqualTo(pc);
        assertThat(r.features().maxEphemeralMb()).isEqualTo(maxTmp);
        assertThat(r.features().savingsPlans()).isEqualTo(savings);
        assertThat(r.source()).isNotBlank();
    }

    @Test
    void theExistingIdsKeepTheirMeaning() {
        // The ids before the split are a contract: what they billed and accepted, they still do.
        assertThat(BillingRules.names()).contains("aws-2025-08", "aws-2020-12", "aws-2014", "aws-2014-preview");
        assertThat(BillingRules.defaultName()).isEqualTo("aws-2025-08");
        BillingRules y2020 = BillingRules.named("aws-2020-12");
        assertThatCode(() -> y2020.validate(10_240, 900, Architecture.ARM64)).doesNotThrowAnyException();
        assertThat(y2020.billsInit(false)).isFalse();
        assertThat(y2020.billsInit(true)).isTrue();
        assertThat(y2020.apply(BOOK.lambda("us-east-1", Architecture.X86_64)).durationTiers()).hasSize(3);
        BillingRules y2014 = BillingRules.named("aws-2014");
        assertThat(y2014.flatUsdPerGbSecond()).isEqualByComparingTo("0.00001667");
        assertThatThrownBy(() -> y2014.checkMemory(1600)).isInstanceOf(EraLimitException.class);
    }

    @Test
    void aSettingTheEraLacksIsAnErrorNamingTheValueAndWhatTheEraAllows() {
        assertThatThrownBy(() -> BillingRules.named("aws-2020-12-strict").checkArchitecture(Architecture.ARM64))
                .isInstanceOf(EraLimitException.class)
                .hasMessage("architecture arm64: aws-2020-12-strict has x86_64 only (arm64 from Sep 2021: aws-2021-09)");
        assertThatThrownBy(() -> BillingRules.named("aws-2014").checkMemory(3008))
                .hasMessage("memory 3008 MB: outside aws-2014's range 128..1536 MB in steps of 64 MB");
        assertThatCode(() -> BillingRules.named("aws-2017-11").checkMemory(3008)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BillingRules.named("aws-2018-10").checkMemory(10_240)).hasMessageContaining("128..3008 MB");
        assertThatThrownBy(() -> BillingRules.named("aws-2017-11").checkTimeout(900))
                .hasMessage("timeout 900 s: outside aws-2017-11's range 1..300 s");
        assertThatCode(() -> BillingRules.named("aws-2018-10").checkTimeout(900)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BillingRules.named("aws-2017-11").checkProvisioned(true, "10"))
                .hasMessage("provisioned concurrency 10: aws-2017-11 has no provisioned concurrency "
                        + "(provisioned concurrency from Dec 2019: aws-2018-10)");
        assertThatThrownBy(() -> BillingRules.named("aws-2014").checkSavingsPlan(new BigDecimal("0.17")))
                .hasMessageContaining("savings plan 0.17: aws-2014 has no Compute Savings Plans");
        assertThatThrownBy(() -> BillingRules.named("aws-2020-12-strict").checkEphemeral(2048))
                .hasMessage("ephemeral storage 2048 MB: aws-2020-12-strict has /tmp fixed at 512 MB (larger /tmp from Mar 2022: aws-2021-09)");
        assertThatCode(() -> BillingRules.named("aws-2021-09").checkEphemeral(2048)).doesNotThrowAnyException();
        EraLimitException e = (EraLimitException) org.assertj.core.api.Assertions.catchThrowable(
                () -> BillingRules.named("aws-2014").checkMemory(3008));
        assertThat(e.limit()).isEqualTo(EraLimitException.Limit.MEMORY);
        assertThat(e.value()).isEqualTo("3008 MB");
        assertThat(e.reason()).isEqualTo("outside aws-2014's range 128..1536 MB in steps of 64 MB");
    }

    @Test
    void customRuntimesInitIsBilledFromTheirLaunchInNovember2018() {
        // AWS Compute Blog "AWS Lambda standardizes billing for INIT phase": before 2025-08 managed
        // runtimes' INIT was free, custom runtimes' billed; custom
        // runtimes came in Nov 2018 (inside aws-2018-10). 395.99 ms + INIT 265.72 ms, 100 ms rounding:
        // 661.71 -> 700 ms for a custom runtime, 395.99 -> 400 ms for a managed one; aws-2017-11 had none.
        assertThat(BillingRules.named("aws-2018-10").billedMs(395_990, 265_720, true)).isEqualTo(700);
        assertThat(BillingRules.named("aws-2018-10").billedMs(395_990, 265_720, false)).isEqualTo(400);
        assertThat(BillingRules.named("aws-2017-11").billedMs(395_990, 265_720, true)).isEqualTo(400);
    }

    @Test
    void snapStartExistsFromNovember2022() {
        // AWS News blog "New - Accelerate Your Lambda Functions with Lambda SnapStart" (re:Invent 2022).
        assertThatThrownBy(() -> BillingRules.named("aws-2021-09").checkSnapStart(true, "python3.12"))
                .isInstanceOf(EraLimitException.class)
                .hasMessage("SnapStart python3.12: aws-2021-09 has no SnapStart (SnapStart from Nov 2022: aws-2022-08)");
        for (String id : List.of("aws-2022-08", "aws-2025-08", "aws-2020-12")) {
            assertThatCode(() -> BillingRules.named(id).checkSnapStart(true, "java21")).doesNotThrowAnyException();
        }
        assertThatCode(() -> BillingRules.named("aws-2014").checkSnapStart(false, "no")).doesNotThrowAnyException();
    }

    @Test
    void aSavingsPlanBeforeFebruary2020CannotBeBilled() {
        assertThatThrownBy(() -> new LambdaBilling(BOOK, BillingRules.named("aws-2017-11"), CostOptions.of(true, 0.17)))
                .isInstanceOf(EraLimitException.class);
        assertThatCode(() -> new LambdaBilling(BOOK, BillingRules.named("aws-2017-11"), CostOptions.of(true, 0)))
                .doesNotThrowAnyException();
    }

    /** 2,048 MB x 60 s x 75 M invocations = 9 billion GB-s: the example of "Introducing tiered pricing for AWS Lambda". */
    private static LambdaBill nineBillion(String rules) {
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.named(rules), CostOptions.of(false, 0));
        // 9e9 GB-s at 1024 MB = 9e12 billed ms.
        DurationUsage d = new DurationUsage(1024, new BigDecimal("9000000000000"));
        return billing.bill(LambdaUsage.onDemand("us-east-1", Architecture.X86_64, 75_000_000, List.of(d)));
    }

    @Test
    void durationTiersApplyFromAugust2022Only() {
        // Blog: x86 0-6 B GB-s at today's price, 6-15 B 10% less. By hand with the book's prices:
        // tiered 6e9 x $0.0000166667 + 3e9 x $0.000015 = $100,000.20 + $45,000 = $145,000.20;
        // before Aug 2022 one price: 9e9 x $0.0000166667 = $150,000.30.
        assertThat(nineBillion("aws-2022-08").computeCost()).isEqualByComparingTo("145000.2");
        assertThat(nineBillion("aws-2025-08").computeCost()).isEqualByComparingTo("145000.2");
        assertThat(nineBillion("aws-2021-09").computeCost()).isEqualByComparingTo("150000.3");
        assertThat(nineBillion("aws-2020-12-strict").computeCost()).isEqualByComparingTo("150000.3");
        // The 100 ms eras keep their own price: 9e9 x $0.00001667 = $150,030.
        assertThat(nineBillion("aws-2018-10").computeCost()).isEqualByComparingTo("150030");
    }

    @Test
    void arm64BeforeTiersIsBilledAtItsOwnSingleDurationPrice() {
        // Graviton2 blog: arm duration 20% lower; the book's arm first tier $0.0000133334 for every GB-s
        // before Aug 2022: 9e9 x $0.0000133334 = $120,000.60 (tiered: 7.5e9 x $0.0000133334 + 1.5e9 x $0.0000120001).
        LambdaBilling billing = new LambdaBilling(BOOK, BillingRules.named("aws-2021-09"), CostOptions.of(false, 0));
        DurationUsage d = new DurationUsage(1024, new BigDecimal("9000000000000"));
        assertThat(billing.bill(LambdaUsage.onDemand("us-east-1", Architecture.ARM64, 0, List.of(d))).computeCost())
                .isEqualByComparingTo("120000.6");
    }
}
