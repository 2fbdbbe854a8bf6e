package io.lambdasim.traces.read;

/**
 * Parses ISO-8601 instants ({@code 2022-10-12T00:01:15.000Z}, {@code ...+02:00}, a space instead of
 * the {@code T}, up to 9 fraction digits, no zone = UTC) from bytes to µs since the epoch.
 */
final class IsoTime {

    static final long BAD = Long.MIN_VALUE;

    private IsoTime() {
    }

    static long micros(byte[] b, int s, int e) {
        if (e - s < 19 || b[s + 4] != '-' || b[s + 7] != '-' || (b[s + 10] != 'T' && b[s + 10] != ' ')
                || b[s + 13] != ':' || b[s + 16] != ':') {
            return BAD;
        }
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        int hour = digits(b, s + 11, 2);
        int minute = digits(b, s + 14, 2);
        int second = digits(b, s + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 60) {
            return BAD;
        }
        int i = s + 19;
        long fracUs = 0;
        if (i < e && (b[i] == '.' || b[i] == ',')) {
            i++;
            int digitsSeen = 0;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                if (digitsSeen < 6) {
                    fracUs = fracUs * 10 + (b[i] - '0');
                }
                digitsSeen++;
                i++;
            }
            if (digitsSeen == 0) {
                return BAD;
            }
            for (int k = digitsSeen; k < 6; k++) {
                fracUs *= 10;
            }
        }
        long offsetSeconds = 0;
        if (i < e) {
            if (b[i] == 'Z' || b[i] == 'z') {
                i++;
            } else if (b[i] == '+' || b[i] == '-') {
                int sign = b[i] == '-' ? -1 : 1;
                i++;
                int oh = i + 2 <= e ? digits(b, i, 2) : -1;
                i += 2;
                if (i < e && b[i] == ':') {
                    i++;
                }
                int om = i + 2 <= e ? digits(b, i, 2) : -1;
                i += 2;
                if (oh < 0 || om < 0 || oh > 23 || om > 59) {
                    return BAD;
                }
                offsetSeconds = sign * (oh * 3600L + om * 60L);
            }
        }
        if (i != e) {
            return BAD;
        }
        long days = daysFromCivil(year, month, day);
        long seconds = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1_000_000L + fracUs;
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = s; i < s + n; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
