package io.lambdasim.reports.usecase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.LambdaBill;
import io.lambdasim.pricing.TierCharge;
import io.lambdasim.reports.run.ScenarioJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@code lambdasim cost}: a month's Lambda bill of a steady load, exactly, and per EC2
 * type the monthly cost of one instance and the monthly requests at which Lambda costs as much.
 *
 * @param request   what was asked
 * @param rulesName the billing rules' name
 * @param bill      the month's Lambda bill
 * @param ec2       one line per EC2 type
 */
public record CostReport(CostRequest request, String rulesName, LambdaBill bill, List<Ec2Line> ec2) {

    /** One instance of a type for a month, and where Lambda costs as much ({@code Long.MAX_VALUE}: never). */
    public record Ec2Line(Ec2InstanceType type, BigDecimal monthly, long breakEvenRequests) {
    }

    public CostReport {
        ec2 = List.copyOf(ec2);
    }

    public ObjectNode json() {
        ObjectNode o = ScenarioJson.mapper().createObjectNode();
        PriceChoice p = request.prices();
        o.put("requests", request.requests());
        o.put("billedRequests", bill.billedRequests());
        o.put("gbSeconds", exact(bill.gbSeconds()));
        o.put("billableGbSeconds", exact(bill.billableGbSeconds()));
        o.put("requestCost", exact(bill.requestCost()));
        o.put("computeCost", exact(bill.computeCost()));
        ArrayNode tiers = o.putArray("computeTiers");
        for (TierCharge t : bill.computeTiers()) {
            ObjectNode n = tiers.addObject();
            n.put("gbSeconds", exact(t.gbSeconds()));
            n.put("usdPerGbSecond", t.tier().usdPerGbSecond());
            n.put("cost", exact(t.cost()));
        }
        o.put("initCost", exact(bill.initCost()));
        o.put("storageCost", exact(bill.storageCost()));
        o.put("provisionedCost", exact(bill.provisionedCost()));
        o.put("totalCost", exact(bill.totalCost()));
        o.put("period", "month");
        o.put("monthHours", BigDecimal.valueOf(request.month().hours()).stripTrailingZeros().toPlainString());
        o.put("rules", p.rules());
        o.put("region", p.region());
        o.put("arch", Architecture.parse(request.arch()).id());
        o.put("freeTier", p.freeTier());
        ArrayNode e = o.putArray("ec2");
        for (Ec2Line l : ec2) {
            ObjectNode n = e.addObject();
            n.put("type", l.type().type());
            n.put("hourlyCost", l.type().hourlyUsd());
            n.put("monthlyCost", exact(l.monthly()));
            if (l.breakEvenRequests() == Long.MAX_VALUE) {
                n.putNull("breakEvenRequests");
            } else {
                n.put("breakEvenRequests", l.breakEvenRequests());
            }
        }
        return o;
    }

    /** Exact amounts, trimmed to 10 decimals (far below a cent) so JSON readers see plain numbers. */
    private static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        PriceChoice p = request.prices();
        out.append(String.format(Locale.ROOT, "Lambda, %s %s, %d MB, %s ms, %s requests/month (%s, %s)%n", p.region(),
                Architecture.parse(request.arch()).id(), request.memoryMb(), num(request.durationMs()),
                group(request.requests()), rulesName, p.freeTier() ? "free tier" : "no free tier"));
        String row = "  %-52s %16s%n";
        out.append(String.format(Locale.ROOT, row, "requests billed", group(bill.billedRequests())));
        out.append(String.format(Locale.ROOT, row, "GB-seconds (billable)",
                gbs(bill.gbSeconds()) + " (" + gbs(bill.billableGbSeconds()) + ")"));
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, row, "requests", usd(bill.requestCost())));
        for (int i = 0; i < bill.computeTiers().size(); i++) {
            TierCharge t = bill.computeTiers().get(i);
            out.append(String.format(Locale.ROOT, row, "compute tier " + (i + 1) + " (" + gbs(t.gbSeconds()) + " GB-s × $"
                    + t.tier().usdPerGbSecond().toPlainString() + ")", usd(t.cost())));
        }
        out.append(String.format(Locale.ROOT, row, p.savingsPlan().signum() > 0
                ? "compute after " + p.savingsPlan().movePointRight(2).stripTrailingZeros().toPlainString() + "% savings plan"
                : "compute", usd(bill.computeCost())));
        out.append(String.format(Locale.ROOT, row, "  of which INIT", usd(bill.initCost())));
        out.append(String.format(Locale.ROOT, row, "ephemeral storage", usd(bill.storageCost())));
        out.append(String.format(Locale.ROOT, row, "provisioned concurrency", usd(bill.provisionedCost())));
        out.append(String.format(Locale.ROOT, row, "total / month", usd(bill.totalCost())));
        if (request.requests() > 0) {
            out.append(String.format(Locale.ROOT, row, "per invocation",
                    "$" + bill.totalCost().divide(BigDecimal.valueOf(request.requests()), 8, RoundingMode.HALF_UP).toPlainString()));
        }
        if (!ec2.isEmpty()) {
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "EC2, one instance for %s h/month%s%n", num(request.month().hours()),
                    request.ec2Discount().signum() > 0 ? ", "
                            + request.ec2Discount().movePointRight(2).stripTrailingZeros().toPlainString() + "% off" : ""));
            out.append(String.format(Locale.ROOT, "  %-16s %10s %14s  %s%n", "type", "$/hour", "$/month", "Lambda costs as much at"));
            for (Ec2Line l : ec2) {
                String be = l.breakEvenRequests() == Long.MAX_VALUE ? "never" : group(l.breakEvenRequests()) + " requests/month";
                out.append(String.format(Locale.ROOT, "  %-16s %10s %14s  %s%n", l.type().type(),
                        l.type().hourlyUsd().toPlainString(), usd(l.monthly()), be));
            }
        }
        return out.toString();
    }

    private static String usd(BigDecimal v) {
        return "$" + String.format(Locale.ROOT, "%,.2f", LambdaBill.cents(v));
    }

    private static String gbs(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String group(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
