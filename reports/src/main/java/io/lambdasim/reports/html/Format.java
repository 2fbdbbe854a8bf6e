package io.lambdasim.reports.html;

import io.lambdasim.reports.batch.ResultColumns;
import io.lambdasim.reports.batch.ScenarioRecord;
import io.lambdasim.reports.charts.CostStack;
import java.math.BigDecimal;
import java.math.MathContext;
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

    /**
     * An amount from its exact value: "$1,234.50"; exactly nothing "$0"; an amount that would round to
     * $0.00 with two significant digits ("$0.0042"), never "$0.00".
     */
    static String usd(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "-$" : "$";
        if (a == 0) {
            return "$0";
        }
        BigDecimal cents = BigDecimal.valueOf(a).setScale(2, RoundingMode.HALF_EVEN);
        if (cents.signum() == 0) { // 0.005 rounds half-even to 0.00 too
            return sign + new BigDecimal(a).round(new MathContext(2, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
        }
        return sign + grouped(cents, 2);
    }

    /**
     * Lambda's monthly cost of a scenario: results.csv keeps two decimals, so a bill below half a cent
     * reads 0.00 there; the cost bars kept the exact amount, which says how small it is.
     */
    static String lambdaMonthly(ScenarioRecord r) {
        String cell = r.cell(ResultColumns.LAMBDA_MONTHLY_USD);
        if (cell.isEmpty()) {
            return "";
        }
        if (new BigDecimal(cell).signum() == 0 && r.outcome() != null) {
            for (CostStack s : r.outcome().costs()) {
                if (s.option().equalsIgnoreCase("lambda")) {
                    return usd(s.parts().stream().mapToDouble(CostStack.Part::usd).sum());
                }
            }
        }
        return usd(cell);
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
