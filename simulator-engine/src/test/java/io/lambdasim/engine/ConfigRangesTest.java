package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: values that used to be accepted and silently gave nonsense ({@code --reserved -2}
 * throttled everything, provisioned concurrency above the account limit, {@code --start-time
 * 25:99} answered with an internal string) are refused where the typed value is made, so every
 * front end refuses them the same way. AWS: reserved and provisioned concurrency both come out of
 * the account's concurrency (shared/domain/lambda-billing.md).
 */
class ConfigRangesTest {

    @Test
    void reservedConcurrencyIsBetweenZeroAndTheAccountLimit() {
        assertThatThrownBy(() -> SimulationConfig.builder().reservedConcurrency(-2).build())
                .hasMessage("reserved concurrency -2 is outside 0..1000 (the account concurrency limit)");
        assertThatThrownBy(() -> SimulationConfig.builder().reservedConcurrency(1001).build())
                .hasMessage("reserved concurrency 1001 is outside 0..1000 (the account concurrency limit)");
        assertThat(SimulationConfig.builder().reservedConcurrency(0).build().reservedConcurrency()).isZero();
    }

    @Test
    void provisionedConcurrencyFitsInTheAccountLimit() {
        assertThatThrownBy(() -> SimulationConfig.builder().provisioned(ProvisionedSchedule.parse("99999999")).build())
                .hasMessage("provisioned concurrency 99999999 is above the account concurrency limit 1000");
        assertThat(SimulationConfig.builder().accountConcurrency(100_000_000)
                .provisioned(ProvisionedSchedule.parse("99999999")).build().provisioned().count()).isEqualTo(99_999_999);
        FunctionRule rule = new FunctionRule("api", new FunctionSettings(null, null, null, 2000, null, null));
        assertThatThrownBy(() -> SimulationConfig.builder().functionRules(List.of(rule)).build())
                .hasMessage("reserved concurrency 2000 of api is above the account concurrency limit 1000");
    }

    @Test
    void aStartTimeIsATimeOfDayAndTheMessageNamesOnlyWhatWasTyped() {
        assertThat(ProvisionedSchedule.parseStartTime("08:30")).isEqualTo(8 * Durations.US_PER_H + 30 * Durations.US_PER_MIN);
        assertThatThrownBy(() -> ProvisionedSchedule.parseStartTime("25:99"))
                .hasMessage("bad time of day '25:99': expected HH:MM, 00:00 to 23:59");
        assertThatThrownBy(() -> ProvisionedSchedule.parseStartTime("24:00")).hasMessageContaining("'24:00'");
        assertThatThrownBy(() -> ProvisionedSchedule.parse("2@08:00-24:30")).hasMessageContaining("'24:30'");
        assertThat(ProvisionedSchedule.parse("2@20:00-24:00").toString()).isEqualTo("2@20:00-24:00");
    }

    @Test
    void aDurationTooLargeToAddUpSafelyIsRefused() {
        assertThatThrownBy(() -> Durations.parseUs("999999999999999999999d"))
                .hasMessage("duration '999999999999999999999d' is too large: at most 36500d (100 years)");
        assertThat(Durations.parseUs("36500d")).isEqualTo(Durations.MAX_US);
    }
}
