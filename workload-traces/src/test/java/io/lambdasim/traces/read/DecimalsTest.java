package io.lambdasim.traces.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    private static long fixed(String s, int scale) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Decimals.fixed(b, 0, b.length, scale);
    }

    @Test
    void scalesExactlyAndRoundsHalfUp() {
        assertThat(fixed("395.99", 3)).isEqualTo(395_990);
        assertThat(fixed("0.07949090003967285", 6)).isEqualTo(79_491); // 0.079490 then 9: half-up on the 7th digit
        assertThat(fixed("57.154", 6)).isEqualTo(57_154_000);
        assertThat(fixed(" 12 ", 0)).isEqualTo(12);
        assertThat(fixed("-1.5", 1)).isEqualTo(-15);
        assertThat(fixed(".5", 3)).isEqualTo(500);
        assertThat(fixed("1e-05", 6)).isEqualTo(10); // Python writes small floats this way
        assertThat(fixed("1.9999995", 6)).isEqualTo(2_000_000);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(fixed("", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed("-", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed(".", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed("1.2.3", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed("12ms", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed("99999999999999999999", 3)).isEqualTo(Decimals.BAD);
        assertThat(fixed("9999999999999999", 6)).as("16 digits * 10^6 would overflow").isEqualTo(Decimals.BAD);
        assertThat(fixed("999999999999", 6)).isEqualTo(999_999_999_999_000_000L);
        byte[] b = "12.5".getBytes(StandardCharsets.US_ASCII);
        assertThat(Decimals.natural(b, 0, b.length)).isEqualTo(-1);
    }
}
