package io.lambdasim.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ManagedInstancesBillingTest {

    private final PriceBook book = PriceBook.loadDefault();

    @Test
    void bundledBookCarriesTheFeeWithItsSource() {
        // aws.amazon.com/lambda/pricing, 'Lambda Managed Instances': 15% of the on-demand price, $0.20 per million requests.
        ManagedInstancesPrice p = book.managedInstances("us-east-1");
        assertThat(p.managementFeeShare()).isEqualByComparingTo("0.15");
        assertThat(p.requestUsdPerMillion()).isEqualByComparingTo("0.2");
        assertThat(p.source()).contains("aws.amazon.com/lambda/pricing").contains("CALCULATOR_METHODOLOGY.md");
        assertThatThrownBy(() -> book.managedInstances("mars-north-1")).hasMessageContaining("mars-north-1")
                .hasMessageContaining("us-east-1");
    }

    @Test
    void itemisedBillOfTwelveInstancesForAMonth() {
        // 12 × m7g.xlarge ($0.1632/h) for 730 h = 8,760 instance-hours: $1,429.632 on demand; the fee is
        // 15% of it, $214.4448; 252,288,000 requests at $0.20 per million = $50.4576.
        ManagedInstancesBill b = ManagedInstancesBilling.bill(new BigDecimal("0.1632"), 12L * 730 * 3600, 252_288_000L,
                BigDecimal.ZERO, book.managedInstances("us-east-1"));
        assertThat(b.instances()).isEqualByComparingTo("1429.632");
        assertThat(b.managementFee()).isEqualByComparingTo("214.4448");
        assertThat(b.requests()).isEqualByComparingTo("50.4576");
        assertThat(b.total()).isEqualByComparingTo("1694.5344");
    }

    @Test
    void discountLowersTheInstancesButNeverTheFee() {
        // 30% off the instances: 1,429.632 × 0.7 = 1,000.7424; the fee stays 15% of on-demand (methodology:
        // 'Management Fee = EC2 On-Demand Cost × 15%', the same under every Savings Plan in its test cases).
        ManagedInstancesBill b = ManagedInstancesBilling.bill(new BigDecimal("0.1632"), 12L * 730 * 3600, 0,
                new BigDecimal("0.3"), book.managedInstances("us-east-1"));
        assertThat(b.instances()).isEqualByComparingTo("1000.7424");
        assertThat(b.managementFee()).isEqualByComparingTo("214.4448");
        assertThat(b.discount()).isEqualByComparingTo("0.3");
    }

    @Test
    void scaledProjectsThePeriodOntoAMonth() {
        // One hour of 3 × c7g.large ($0.0725/h): $0.2175 + fee $0.032625 + 1,000 requests $0.0002; ×730 for a month.
        ManagedInstancesBill hour = ManagedInstancesBilling.bill(new BigDecimal("0.0725"), 3 * 3600, 1000, BigDecimal.ZERO,
                book.managedInstances("us-east-1"));
        ManagedInstancesBill month = hour.scaled(BigDecimal.valueOf(730));
        assertThat(month.instances()).isEqualByComparingTo("158.775");
        assertThat(month.managementFee()).isEqualByComparingTo("23.81625");
        assertThat(month.requests()).isEqualByComparingTo("0.146");
        assertThat(month.total()).isEqualByComparingTo("182.73725");
    }

    @Test
    void writerKeepsTheEntry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PriceBookWriter.write(book, out);
        PriceBook again = PriceBookReader.read(new ByteArrayInputStream(out.toByteArray()), "copy");
        assertThat(again.managedInstances("us-east-1")).isEqualTo(book.managedInstances("us-east-1"));
    }
}
