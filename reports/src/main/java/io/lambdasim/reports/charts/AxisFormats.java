package io.lambdasim.reports.charts;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick label formats that read at a glance: "10k", "1M", "$250", "99.9%". Locale-independent
 * (always '.' and ','), so charts are identical on every machine.
 */
public final class AxisFormats {

    private AxisFormats() {
    }

    /** 1,000 -> "1k", 2,500,000 -> "2.5M", 3e9 -> "3B". */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + "B";
        } else if (a >= 1e6) {
            return trim(v / 1e6) + "M";
        } else if (a >= 1e3) {
            return trim(v / 1e3) + "k";
        }
        return trim(v);
    }

    /** USD with as many decimals as small amounts need: $0.005, $1.25, $12k. */
    static String usd(double v) {
        double a = Math.abs(v);
        if (a >= 10_000) {
            return "$" + compact(v);
        } else if (a >= 1 || a == 0) {
            return "$" + (a >= 100 ? fixed(v, 0) : trim2(v));
        }
        return "$" + trim(v);
    }

    /** Three significant digits, compact: 79,552,000 -> "79.6M". */
    static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        double mag = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 2);
        return compact(Math.round(v / mag) * mag);
    }

    /** Money in a label: always two decimals ("$1,234.50"). */
    static String usd2(double v) {
        return "$" + fixed(v, 2);
    }

    private static String trim2(double v) {
        DecimalFormat f = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    private static String trim(double v) {
        DecimalFormat f = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    static String fixed(double v, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    /** A NumberFormat that defers to {@code fn}; JFreeChart axes only call format(double). */
    public static NumberFormat of(java.util.function.DoubleFunction<String> fn) {
        return new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
                return to.append(fn.apply(number));
            }

            @Override
            public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
                return to.append(fn.apply(number));
            }

            @Override
            public Number parse(String source, ParsePosition pos) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
