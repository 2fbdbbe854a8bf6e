package io.lambdasim.gui;

import io.lambdasim.engine.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Display formats, the same on every screen and on every machine ('.' and ',' whatever the locale):
 * request volumes as "4.1 M", counts as "18,134", money as "$1,234.56" with its period ("/month"),
 * an amount too small for cents with enough digits to be read ("$0.0042"), never "$0.00". Rounding for
 * display happens here only.
 */
public final class Units {
    public static final String PER_MONTH = "/month";

    private Units() {
    }

    /** 4_100_000 -> "4.1 M"; two significant figures below 100 of a unit, none above; 0.05 -> "0.05". */
    public static String count(double n) {
        double a = Math.abs(n);
        if (a > 0 && a < 1) {
            return significant(n, 2);
        }
        String[] suffix = {"", " k", " M", " B", " T"};
        int i = 0;
        while (a >= 999.5 && i < suffix.length - 1) {
            a /= 1000;
            n /= 1000;
            i++;
        }
        if (i == 0 && n != Math.rint(n)) {
            return significant(n, 3);
        }
        String f = a >= 9.95 || i == 0 ? "%.0f" : "%.1f";
        String s = String.format(Locale.ROOT, f, n);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + suffix[i];
    }

    /** A whole count with thousands separators: 18134 -> "18,134". */
    public static String whole(double n) {
        return grouped(BigDecimal.valueOf(Math.round(n)), 0);
    }

    /** A number with {@code decimals} places and thousands separators: 145.472 -> "145.5" (1). */
    public static String decimal(double v, int decimals) {
        return grouped(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN), decimals);
    }

    /**
     * Money: "$1,234.56"; from $100,000 whole dollars; below a cent (but not zero) two significant
     * digits, so a tiny bill reads "$0.0042", not "$0.00".
     */
    public static String money(BigDecimal usd) {
        return money(usd.doubleValue());
    }

    public static String money(double usd) {
        double a = Math.abs(usd);
        String sign = usd < 0 ? "-" : "";
        if (a >= 100_000) {
            return sign + "$" + grouped(BigDecimal.valueOf(a).setScale(0, RoundingMode.HALF_EVEN), 0);
        }
        BigDecimal cents = BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_EVEN);
        if (a > 0 && cents.signum() == 0) { // would read $0.00 (0.005 too: it rounds half-even to 0.00)
            return sign + "$" + significant(a, 2);
        }
        return sign + "$" + grouped(cents, 2);
    }

    /** "$119.14/month". */
    public static String monthly(double usd) {
        return money(usd) + PER_MONTH;
    }

    public static String monthly(BigDecimal usd) {
        return money(usd) + PER_MONTH;
    }

    /** A price per unit that is small by nature (per million invocations): four decimals, "$0.2083". */
    public static String price(double usd) {
        if (usd != 0 && Math.abs(usd) < 0.00005) {
            return "$" + significant(usd, 2);
        }
        return "$" + grouped(BigDecimal.valueOf(usd).setScale(4, RoundingMode.HALF_EVEN), 4);
    }

    /** Milliseconds: "1,077 ms" from 100 up, "54.9 ms" below, "0.004 ms" for the tiny ones. */
    public static String ms(double ms) {
        double a = Math.abs(ms);
        if (a >= 100) {
            return whole(ms) + " ms";
        }
        if (a > 0 && a < 0.1) {
            return significant(ms, 2) + " ms";
        }
        return decimal(ms, 1) + " ms";
    }

    /** A share as a percentage: 0.00111 -> "0.11%", 0.5 -> "50%". */
    public static String percent(double ratio) {
        double p = ratio * 100;
        if (p == 0) {
            return "0%";
        }
        if (Math.abs(p) < 0.01) {
            return significant(p, 1) + "%";
        }
        return new BigDecimal(p).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    /** A length as people say it: "30 minutes", "1 day", "2.01 hours". */
    public static String duration(long us) {
        return Durations.describe(us);
    }

    /** Axis labels on a log scale: $0.01, $1, $100, $10k. */
    public static String moneyTick(double usd) {
        if (usd < 1) {
            return "$" + significant(usd, 2);
        }
        return "$" + count(usd).replace(" ", "");
    }

    /** {@code digits} significant digits, plain decimal, no trailing zeros: 0.0041666 -> "0.0042". */
    static String significant(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    private static String grouped(BigDecimal d, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(d);
    }
}
