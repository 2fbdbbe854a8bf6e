package io.lambdasim.reports.around;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.LambdaBill;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the bill around the function is written: JSON keys and text lines, the same in every command. */
public final class AroundJson {

    private AroundJson() {
    }

    /** {@code frontDoor, triggers, network, logs} (USD, to a millionth of a cent) into {@code n}. */
    public static void components(ObjectNode n, AroundBill bill) {
        for (Component c : Component.values()) {
            n.put(c.key(), usd(bill.of(c)));
        }
    }

    /** One line per component priced, each followed by its items, in {@code row}'s format (label, amount). */
    public static void table(StringBuilder out, String row, AroundBill bill) {
        for (Component c : bill.components()) {
            out.append(String.format(Locale.ROOT, row, c.label(), dollars(bill.of(c))));
            for (AroundBill.Line l : bill.lines()) {
                if (l.component() == c) {
                    out.append(String.format(Locale.ROOT, row, "  " + l.item() + " (" + l.quantityText() + ")", dollars(l.cost())));
                }
            }
        }
    }

    public static String dollars(BigDecimal v) {
        return "$" + String.format(Locale.ROOT, "%,.2f", LambdaBill.cents(v));
    }

    public static BigDecimal usd(BigDecimal v) {
        BigDecimal r = v.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
