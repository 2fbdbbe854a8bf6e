package io.lambdasim.reports.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Table cells with units, from the plain numbers of results.csv; empty stays empty. */
final class Format {

    private Format() {
    }

    static String count(String v) {
        if (v.isEmpty()) {
            return "";
        }
        return grouped(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN), 0);
    }

    /** "$1,234.50"; {@code decimals} 2 for monthly amounts, 4 for per-invocation ones. */
    static String usd(String v, int decimals) {
        if (v.isEmpty()) {
            return "";
        }
        BigDecimal d = new BigDecimal(v);
        return (d.signum() < 0 ? "-$" : "$") + grouped(d.abs().setScale(decimals, RoundingMode.HALF_EVEN), decimals);
    }

    static String usd(String v) {
        return usd(v, 2);
    }

    /** One decimal below 100 ms, where it means something; whole milliseconds above. */
    static String ms(String v) {
        if (v.isEmpty()) {
            return "";
        }
        BigDecimal d = new BigDecimal(v);
        int decimals = d.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 0 : 1;
        return grouped(d.setScale(decimals, RoundingMode.HALF_EVEN), decimals) + " ms";
    }

    static String percent(String ratio) {
        return ratio.isEmpty() ? "" : new BigDecimal(ratio).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN) + "%";
    }

    static String gbSeconds(String v) {
        return v.isEmpty() ? "" : grouped(new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN), 1) + " GB-s";
    }

    private static String grouped(BigDecimal d, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }
}
