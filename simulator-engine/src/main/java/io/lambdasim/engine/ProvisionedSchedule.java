package io.lambdasim.engine;

/**
 * Provisioned concurrency: {@code count} always-initialised environments, either all the time
 * ({@code 10}) or in a daily window ({@code 10@08:00-20:00}, times of day since the trace's start
 * of day; a window may wrap midnight, {@code 5@22:00-06:00}).
 */
public record ProvisionedSchedule(int count, long fromUsOfDay, long toUsOfDay, boolean always) {

    public static final ProvisionedSchedule NONE = new ProvisionedSchedule(0, 0, 0, true);

    public ProvisionedSchedule {
        if (count < 0) {
            throw new IllegalArgumentException("provisioned concurrency " + count + " must be at least 0");
        }
    }

    public static ProvisionedSchedule parse(String text) {
        String s = text.trim();
        int at = s.indexOf('@');
        int count = parseCount(at < 0 ? s : s.substring(0, at), text);
        if (at < 0) {
            return new ProvisionedSchedule(count, 0, 0, true);
        }
        String[] window = s.substring(at + 1).split("-");
        if (window.length != 2) {
            throw new IllegalArgumentException("bad provisioned schedule '" + text + "': expected N or N@HH:MM-HH:MM");
        }
        long from = timeOfDay(window[0], text);
        long to = timeOfDay(window[1], text);
        if (from == to) {
            return new ProvisionedSchedule(count, 0, 0, true);
        }
        return new ProvisionedSchedule(count, from, to, false);
    }

    private static int parseCount(String s, String text) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad provisioned concurrency '" + text + "': expected N or N@HH:MM-HH:MM");
        }
    }

    private static long timeOfDay(String hhmm, String text) {
        String[] p = hhmm.trim().split(":");
        try {
            int h = Integer.parseInt(p[0]);
            int m = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            if (h < 0 || h > 24 || m < 0 || m > 59 || p.length > 2) {
                throw new NumberFormatException();
            }
            return h * Durations.US_PER_H + m * Durations.US_PER_MIN;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad time of day '" + hhmm + "' in '" + text + "': expected HH:MM");
        }
    }

    /** AWS bills provisioned concurrency from enable to disable, rounded up to 5 minutes (Lambda pricing page). */
    public static final long BILLING_INCREMENT_US = 5 * Durations.US_PER_MIN;

    /** An enabled interval of {@code us} as billed: rounded up to {@link #BILLING_INCREMENT_US}. */
    public static long billedUs(long us) {
        return (us + BILLING_INCREMENT_US - 1) / BILLING_INCREMENT_US * BILLING_INCREMENT_US;
    }

    public boolean isNone() {
        return count == 0;
    }

    /** Whether the provisioned environments are enabled at {@code timeOfDayUs} (0 ≤ t < 24 h). */
    public boolean enabledAt(long timeOfDayUs) {
        if (always) {
            return true;
        }
        return from() < to() ? timeOfDayUs >= from() && timeOfDayUs < to()
                : timeOfDayUs >= from() || timeOfDayUs < to();
    }

    private long from() {
        return fromUsOfDay;
    }

    private long to() {
        return toUsOfDay;
    }

    /** The next time of day strictly after {@code timeOfDayUs} at which the state flips (within 24 h). */
    long nextToggleDelayUs(long timeOfDayUs) {
        long a = delay(timeOfDayUs, fromUsOfDay);
        long b = delay(timeOfDayUs, toUsOfDay);
        return Math.min(a, b);
    }

    private static long delay(long now, long target) {
        long d = target - now;
        return d > 0 ? d : d + Durations.US_PER_DAY;
    }

    @Override
    public String toString() {
        if (always) {
            return Integer.toString(count);
        }
        return count + "@" + hhmm(fromUsOfDay) + "-" + hhmm(toUsOfDay);
    }

    private static String hhmm(long us) {
        long m = us / Durations.US_PER_MIN;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
