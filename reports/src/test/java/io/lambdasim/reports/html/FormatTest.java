package io.lambdasim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Money in the report: never "$0.00" for an amount that is not zero (issue 16). */
class FormatTest {

    @Test
    void anAmountBelowHalfACentShowsItsTwoSignificantDigits() {
        // 1,000 requests at $0.20 per million = $0.0002 (worked by hand): two decimals would print $0.00
        assertThat(Format.usd(0.0002)).isEqualTo("$0.0002");
        assertThat(Format.usd(0.004249)).isEqualTo("$0.0042");
        assertThat(Format.usd(0.0)).isEqualTo("$0");
    }

    @Test
    void largerAmountsHaveTwoDecimalsAndThousandsSeparators() {
        assertThat(Format.usd(1234.5)).isEqualTo("$1,234.50");
        assertThat(Format.usd(0.015)).isEqualTo("$0.02");
        // exactly half a cent rounds half-even to $0.00: it shows its digits instead
        assertThat(Format.usd(0.005)).isEqualTo("$0.005");
        assertThat(Format.usd(-3.2)).isEqualTo("-$3.20");
    }
}
