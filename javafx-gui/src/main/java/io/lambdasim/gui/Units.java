package io.lambdasim.gui;

import java.math.BigDecimal;
import java.util.Locale;

/** Display formats: request volumes as "4.1 M", money as "$1,234.56". Rounding happens here only. */
public final class Units {
    private Units() {
    }

    /** 4_100_000 -> "4.1 M"; two significant figures below 100 of a unit, none above. */
    public static String count(double n) {
        double a = Math.abs(n);
        String[] suffix = {"", " k", " M", " B", " T"};
        int i = 0;
        while (a >= 999.5 && i < suffix.length - 1) {
            a /= 1000;
            n /= 1000;
            i++;
        }
        if (i == 0 && n != Math.rint(n)) {
            // Small fractional values (axis ticks of 0.5, ratios): up to two decimals, no trailing zeros.
            return new BigDecimal(n).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        String f = a >= 9.95 || i == 0 ? "%.0f" : "%.1f";
        String s = String.format(Locale.ROOT, f, n);
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s + suffix[i];
    }

    public static String money(BigDecimal usd) {
        return money(usd.doubleValue());
    }

    public static String money(double usd) {
        if (Math.abs(usd) >= 100_000) {
            return String.format(Locale.ROOT, "$%,.0f", usd);
        }
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    /** Axis labels on a log scale: $0.01, $1, $100, $10k. */
    public static String moneyTick(double usd) {
        if (usd < 1) {
            return String.format(Locale.ROOT, "$%s", BigDecimal.valueOf(usd).stripTrailingZeros().toPlainString());
        }
        return "$" + count(usd).replace(" ", "");
    }
}
