package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundConfig.FrontDoor;
import io.lambdasim.pricing.AroundConfig.Publisher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The bill around the function, against hand arithmetic on the bundled around-prices.json (us-east-1),
 * whose figures cite aws.amazon.com/api-gateway/pricing, /elasticloadbalancing/pricing, /sqs/pricing,
 * /vpc/pricing and /cloudwatch/pricing. A GB is 2^30 bytes.
 */
class AroundBillingTest {

    private static final AroundPrices PRICES = AroundPrices.loadDefault();
    private static final String REGION = "us-east-1";

    private static AroundConfig config(FrontDoor door, boolean vpc, long payload, long response, long nat, boolean logs,
                                       long logBytes) {
        return new AroundConfig(door, Publisher.NONE, vpc, 2, payload, response, nat, logs, logBytes, 0, 0);
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_EVEN);
    }

    @Test
    void sqsRequestsCountSendsPerChunkAndReceivesAndDeletesPerBatch() {
        // 25 messages of 1 KiB in batches of 10, 10, 5: 25 sends + 3 receives + 3 deletes.
        assertThat(AroundBilling.sqsRequests(25, 3, 25, 1024, 65536, 10)).isEqualTo(31);
        // 100 KiB messages are 2 chunks each: 50 sends; a batch of 10 returns 1,024,000 B = 16 chunks,
        // the batch of 5 returns 512,000 B = 8: 40 receives; 3 deletes (deletes carry no payload).
        assertThat(AroundBilling.sqsRequests(25, 3, 25, 100 * 1024, 65536, 10)).isEqualTo(93);
        // a batch of 100 (batch_size 100 with a window) takes 10 receives and 10 batch deletes of 10
        assertThat(AroundBilling.sqsRequests(100, 1, 100, 1024, 65536, 10)).isEqualTo(120);
    }

    @Test
    void sqsCostIsFortyCentsPerMillionAfterTheFreeMillion() {
        // 2,000,000 messages in 200,000 batches of 10: 2,400,000 requests; $0.40 per million (sqs/pricing)
        AroundUsage u = new AroundUsage(REGION, 730, 0, 0, 0, 2_000_000, 200_000, 2_000_000, 0, 0, 0, 200_000);
        AroundConfig c = config(FrontDoor.NONE, false, 1024, 0, 0, false, 0);
        assertThat(cents(new AroundBilling(PRICES, c, false).month(u).of(Component.TRIGGERS))).isEqualByComparingTo("0.96");
        assertThat(cents(new AroundBilling(PRICES, c, true).month(u).of(Component.TRIGGERS))).isEqualByComparingTo("0.56");
    }

    @Test
    void albBillsEveryHourAndTheLargestLcuDimension() {
        // 100 M requests in 730 h of 10,240 bytes each (1 KiB in, 9 KiB out) to Lambda targets:
        // 953.674316 GB processed / 0.4 GB per LCU-hour = 2,384.185791 LCU-hours (the byte dimension is the
        // largest: 38.05 requests/s are 1.52 LCUs of new connections) × $0.008 = $19.073486;
        // 730 h × $0.0225 = $16.425; 2 AZ addresses × 730 h × $0.005 = $7.30 (network).
        AroundUsage u = AroundUsage.steady(REGION, 730, 100_000_000);
        AroundBill b = new AroundBilling(PRICES, config(FrontDoor.ALB, false, 1024, 9216, 0, false, 0), true).month(u);
        assertThat(cents(b.of(Component.FRONT_DOOR))).isEqualByComparingTo(cents(new BigDecimal("16.425").add(
                BigDecimal.valueOf(100_000_000L * 10240).divide(AroundBilling.GB, java.math.MathContext.DECIMAL128)
                        .divide(new BigDecimal("0.4"), java.math.MathContext.DECIMAL128).multiply(new BigDecimal("0.008")))));
        assertThat(cents(b.of(Component.FRONT_DOOR))).isEqualByComparingTo("35.498486");
        // network: the ALB's addresses plus 9 KiB × 100 M = 858.306885 GB out × $0.09 = $77.247620
        assertThat(cents(b.of(Component.NETWORK))).isEqualByComparingTo("84.547620");
    }

    @Test
    void albNewConnectionsDominateSmallRequests() {
        // 1 KiB requests: bytes are 0.33 LCU, new connections 1e8 / 2,628,000 s / 25 = 1.522070 LCU;
        // LCU-hours = 1e8 / 3600 / 25 = 1,111.111111 × $0.008 = $8.888889
        AroundPrices.Service alb = PRICES.service(REGION, "alb");
        BigDecimal lcus = AroundBilling.lcus(alb, 1e8 / (730 * 3600.0), 1024, true);
        assertThat(lcus.multiply(BigDecimal.valueOf(730)).setScale(3, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1111.111");
    }

    /**
     * Why the ALB's LCUs come from the period's average rate, not hour by hour: AWS bills each hour the
     * largest of its dimensions, and in lambdasim's model every dimension is a constant times that
     * hour's requests (each a new connection of payload + response bytes), so the largest is one fixed
     * dimension times the requests, and the hours' sum is that dimension times all requests. A peaky
     * day (all 90,000 requests in 1 of 24 hours) and a flat one (3,750 an hour) give the same 1 LCU-hour:
     * 90,000 / 3,600 / 25 new connections per second per LCU (elasticloadbalancing/pricing).
     */
    @Test
    void hourlyLcusOfAnyProfileAddUpToTheAverageRatesLcus() {
        AroundPrices.Service alb = PRICES.service(REGION, "alb");
        BigDecimal peaky = AroundBilling.lcus(alb, 90_000 / 3600.0, 1024, true);
        for (int h = 1; h < 24; h++) {
            peaky = peaky.add(AroundBilling.lcus(alb, 0, 1024, true));
        }
        BigDecimal flat = AroundBilling.lcus(alb, 90_000 / (24 * 3600.0), 1024, true).multiply(BigDecimal.valueOf(24));
        assertThat(peaky.setScale(9, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.000000000");
        assertThat(flat.setScale(9, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.000000000");
    }

    @Test
    void theSqsLineSaysItIsALowerBound() {
        AroundUsage u = new AroundUsage(REGION, 730, 0, 0, 0, 100, 10, 100, 0, 0, 0, 10);
        AroundBill.Line l = new AroundBilling(PRICES, config(FrontDoor.NONE, false, 1024, 0, 0, false, 0), true).month(u).lines().get(0);
        assertThat(l.lowerBound()).isTrue();
        assertThat(l.item()).startsWith("SQS requests (at least");
    }

    @Test
    void natGatewayBillsEachAzEveryHourAndEachGb() {
        // 2 AZ × 730 h × $0.045 = $65.70; 1,048,576 invocations × 1 MiB = 1,024 GB × $0.045 = $46.08
        AroundUsage u = new AroundUsage(REGION, 730, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_048_576);
        AroundBill b = new AroundBilling(PRICES, config(FrontDoor.NONE, true, 1024, 0, 1 << 20, false, 0), true).month(u);
        assertThat(cents(b.of(Component.NETWORK))).isEqualByComparingTo("111.78");
    }

    @Test
    void logsArePlatformLinesPlusAppLogsPerInvocation() {
        // 1,000,000 invocations × (350 platform + 1,000 app) bytes = 1.2572855 GB × $0.50 = $0.628643
        AroundUsage u = AroundUsage.steady(REGION, 730, 1_000_000);
        AroundBill b = new AroundBilling(PRICES, config(FrontDoor.NONE, false, 1024, 0, 0, true, 1000), true).month(u);
        assertThat(cents(b.of(Component.LOGS))).isEqualByComparingTo("0.628643");
    }

    @Test
    void apiGatewayTiers() {
        // HTTP API: 400 M = 300 M × $1.00 + 100 M × $0.90 = $390; a 600 KB request is two 512 KB units
        AroundUsage u = AroundUsage.steady(REGION, 730, 400_000_000);
        assertThat(cents(new AroundBilling(PRICES, config(FrontDoor.HTTP_API, false, 1024, 0, 0, false, 0), true)
                .month(u).of(Component.FRONT_DOOR))).isEqualByComparingTo("390");
        AroundUsage half = AroundUsage.steady(REGION, 730, 200_000_000);
        assertThat(cents(new AroundBilling(PRICES, config(FrontDoor.HTTP_API, false, 600 * 1024, 0, 0, false, 0), true)
                .month(half).of(Component.FRONT_DOOR))).isEqualByComparingTo("390");
        // REST API: 1.5 B = 333 M × $3.50 + 667 M × $2.80 + 500 M × $2.38 = $4,223.10
        AroundUsage big = AroundUsage.steady(REGION, 730, 1_500_000_000);
        assertThat(cents(new AroundBilling(PRICES, config(FrontDoor.REST_API, false, 1024, 0, 0, false, 0), true)
                .month(big).of(Component.FRONT_DOOR))).isEqualByComparingTo("4223.10");
        // function URLs: free
        assertThat(new AroundBilling(PRICES, config(FrontDoor.FUNCTION_URL, false, 1024, 0, 0, false, 0), true)
                .month(big).total().signum()).isZero();
    }

    @Test
    void ec2SideBillsAddressesVolumesAndTheSameDataOut() {
        // 2 instances × 730 h: 1 address each × $0.005 = $7.30; 8 GB gp3 each × $0.08 = $1.28;
        // 1 M responses of 1 MiB = 976.5625 GB × $0.09 = $87.890625 (the same as Lambda's)
        AroundConfig c = new AroundConfig(FrontDoor.NONE, Publisher.NONE, false, 2, 1024, 1 << 20, 0, false, 0, 1, 8);
        AroundBilling billing = new AroundBilling(PRICES, c, true);
        assertThat(cents(billing.ec2(REGION, 1460, 1_000_000).of(Component.NETWORK))).isEqualByComparingTo("96.470625");
        assertThat(cents(billing.month(AroundUsage.steady(REGION, 730, 1_000_000)).of(Component.NETWORK)))
                .isEqualByComparingTo("87.890625");
    }

    @Test
    void outOfRangeValuesAreRejectedByTheTypedModel() {
        assertThatThrownBy(() -> new AroundConfig(FrontDoor.NONE, Publisher.NONE, false, 7, 1024, 0, 0, false, 0, 0, 0))
                .hasMessage("azs 7: expected 1 to 6");
        assertThatThrownBy(() -> FrontDoor.parse("cloudfront"))
                .hasMessage("front door 'cloudfront' (allowed: none, http-api, rest-api, alb, function-url)");
    }
}
