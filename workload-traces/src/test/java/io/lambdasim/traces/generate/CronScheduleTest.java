package io.lambdasim.traces.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * EventBridge cron semantics on the trace calendar (trace time 0 = Monday 2026-01-05 00:00 UTC).
 * Expected dates are read off a 2026 calendar: 1 Jan 2026 is a Thursday, 1 Feb a Sunday.
 */
class CronScheduleTest {

    private static final long HOUR = 3_600_000_000L;
    private static final long DAY = 24 * HOUR;

    @Test
    void businessHoursEveryQuarterHour() {
        // 0/15 -> minutes 0,15,30,45 (4 per hour); 8-18 -> 11 hours; MON-FRI -> 5 days: 4 x 11 x 5 = 220 a week.
        String spec = "schedule(cron(0/15 8-18 ? * MON-FRI *));duration=const(10ms);horizon=7d";
        long[] starts = Generated.starts(spec);
        assertThat(starts).hasSize(220);
        assertThat(starts[0]).isEqualTo(8 * HOUR);                                   // Monday 08:00
        assertThat(starts[219]).isEqualTo(4 * DAY + 18 * HOUR + 45 * 60_000_000L);  // Friday 18:45
        assertThat(Generated.count(spec.replace("7d", "28d"))).isEqualTo(880);
    }

    @Test
    void lastDayOfMonthNearestWeekdayAndNthWeekday() {
        assertThat(firstDays("0 12 L * ? *", 3)).containsExactly("2026-01-31", "2026-02-28", "2026-03-31");
        assertThat(firstDays("0 12 L-1 * ? *", 2)).containsExactly("2026-01-30", "2026-02-27");
        // 15 Feb and 15 Mar 2026 are Sundays: the nearest weekday is Monday the 16th.
        assertThat(firstDays("0 9 15W * ? *", 3)).containsExactly("2026-01-15", "2026-02-16", "2026-03-16");
        // 31 Jan and 28 Feb 2026 are Saturdays: the last weekday is the Friday before.
        assertThat(firstDays("0 9 LW * ? *", 2)).containsExactly("2026-01-30", "2026-02-27");
        // 1 = SUN ... 6 = FRI: the last Friday; 3#2 = the second Tuesday.
        assertThat(firstDays("0 9 ? * 6L *", 2)).containsExactly("2026-01-30", "2026-02-27");
        assertThat(firstDays("0 9 ? * 3#2 *", 2)).containsExactly("2026-01-13", "2026-02-10");
        assertThat(firstDays("0 9 ? * L *", 2)).containsExactly("2026-01-10", "2026-01-17");   // L = Saturday
    }

    @Test
    void listsRangesNamesAndYears() {
        assertThat(firstDays("0 9 1,15 FEB-MAR ? 2026", 5))
                .containsExactly("2026-02-01", "2026-02-15", "2026-03-01", "2026-03-15");
        assertThat(firstDays("0 9 ? * SAT-SUN *", 3)).containsExactly("2026-01-10", "2026-01-11", "2026-01-17");
        // Wrapping range FRI-MON: Friday through Monday.
        assertThat(firstDays("0 9 ? * FRI-MON *", 4)).containsExactly("2026-01-05", "2026-01-09", "2026-01-10", "2026-01-11");
        assertThat(firstDays("0 9 * * ? 2027", 1)).containsExactly("2027-01-01");
        // */20 on hours: 0, 20 -> twice a day.
        assertThat(Generated.count("schedule(cron(0 */20 * * ? *));duration=const(1ms);horizon=1d")).isEqualTo(2);
    }

    @Test
    void rejectsWhatEventBridgeRejects() {
        assertThatThrownBy(() -> WorkloadSpec.parse("schedule(cron(0 9 * * MON *));duration=const(1ms)"))
                .hasMessageContaining("'*' at position 19").hasMessageContaining("'?' in exactly one");
        assertThatThrownBy(() -> WorkloadSpec.parse("schedule(cron(0 9 * * ?));duration=const(1ms)"))
                .hasMessageContaining("6 cron fields").hasMessageContaining("position 15");
        assertThatThrownBy(() -> WorkloadSpec.parse("schedule(cron(60 9 * * ? *));duration=const(1ms)"))
                .hasMessageContaining("'60' at position 15").hasMessageContaining("minute from 0 to 59");
        assertThatThrownBy(() -> WorkloadSpec.parse("schedule(cron(0 9 ? * MON-FUN *));duration=const(1ms)"))
                .hasMessageContaining("'FUN'").hasMessageContaining("SUN-SAT");
    }

    /** The first {@code n} distinct dates the cron fires on within two years. */
    private static String[] firstDays(String cron, int n) {
        long[] starts = Generated.starts("schedule(cron(" + cron + "));duration=const(1ms);horizon=730d");
        return java.util.Arrays.stream(starts)
                .mapToObj(t -> WorkloadSpec.TRACE_EPOCH.plus(t / DAY, ChronoUnit.DAYS).toString())
                .distinct().limit(n).toArray(String[]::new);
    }

    @Test
    void epochIsAMonday() {
        assertThat(WorkloadSpec.TRACE_EPOCH).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(WorkloadSpec.TRACE_EPOCH.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }
}
