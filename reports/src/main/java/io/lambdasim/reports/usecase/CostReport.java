package io.lambdasim.reports.usecase;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.AroundBill;
import io.lambdasim.reports.around.AroundJson;
import io.lambdasim.reports.around.SteadyBreakEven;
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
 * @param around    the month's bill around the function (front door, triggers, network, logs)
 * @param ec2       one line per EC2 type
 */
public record CostReport(CostRequest request, String rulesName, LambdaBill bill, AroundBill around, List<Ec2Line> ec2) {

    /**
     * One instance of a type for a month, and where Lambda costs as much ({@code Long.MAX_VALUE}:
     * never): {@code breakEvenRequests} for the whole bills (the function alone when nothing
     * surrounds it), {@code breakEven} with the function alone and each component's own move.
     *
     * @param network the instance's own network and fixed costs for the month at the request's volume
     */
    public record Ec2Line(Ec2InstanceType type, BigDecimal monthly, long breakEvenRequests, AroundBill network,
                          SteadyBreakEven.Result breakEven) {
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
        // issue 18: what surrounds the function, a month of it (cost and monthly are the same month here)
        AroundJson.components(o.putObject("cost"), around);
        AroundJson.components(o.putObject("monthly"), around);
        o.put("wholeBillCost", exact(bill.totalCost().add(around.total())));
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
            requests(n, "breakEvenRequests", l.breakEvenRequests());
            n.put("networkCost", exact(l.network().total()));
            requests(n, "breakEvenRequestsFunctionOnly", l.breakEven().functionOnly());
            ArrayNode movers = n.putArray("movedMostBy");
            for (SteadyBreakEven.Mover m : l.breakEven().movers()) {
                ObjectNode mn = movers.addObject();
                mn.put("component", m.component().key());
                requests(mn, "breakEvenRequests", m.breakEvenRequests());
            }
        }
        return o;
    }

    private static void requests(ObjectNode n, String key, long requests) {
        if (requests == Long.MAX_VALUE) {
            n.putNull(key);
        } else {
            n.put(key, requests);
        }
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
        if (!around.lines().isEmpty()) {
            out.append(String.format(Locale.ROOT, "Around the function, a month%n"));
            AroundJson.table(out, row, around);
            out.append(String.format(Locale.ROOT, row, "whole bill / month", usd(bill.totalCost().add(around.total()))));
        }
        if (!ec2.isEmpty()) {
            out.append(System.lineSeparator());
            out.append(String.format(Locale.ROOT, "EC2, one instance for %s h/month%s%n", num(request.month().hours()),
                    request.ec2Discount().signum() > 0 ? ", "
                            + request.ec2Discount().movePointRight(2).stripTrailingZeros().toPlainString() + "% off" : ""));
            out.append(String.format(Locale.ROOT, "  %-16s %10s %14s  %s%n", "type", "$/hour", "$/month", "Lambda costs as much at"));
            for (Ec2Line l : ec2) {
                String be = requests(l.breakEvenRequests());
                if (!l.breakEven().movers().isEmpty()) {
                    be += " (function alone: " + requests(l.breakEven().functionOnly()) + ")";
                }
                out.append(String.format(Locale.ROOT, "  %-16s %10s %14s  %s%n", l.type().type(),
                        l.type().hourlyUsd().toPlainString(), usd(l.monthly()), be));
                if (!l.network().lines().isEmpty()) {
                    out.append(String.format(Locale.ROOT, "  %-16s %25s  %s%n", "", "+ " + usd(l.network().total()),
                            "its network and fixed costs a month"));
                }
                if (!l.breakEven().movers().isEmpty()) {
                    List<String> moves = new java.util.ArrayList<>();
                    for (SteadyBreakEven.Mover m : l.breakEven().movers()) {
                        moves.add(m.component().label() + " alone " + requests(m.breakEvenRequests()));
                    }
                    out.append(String.format(Locale.ROOT, "  %-16s moved most by: %s%n", "", String.join("; ", moves)));
                }
            }
        }
        return out.toString();
    }

    private static String requests(long v) {
        return v == Long.MAX_VALUE ? "never" : group(v) + " requests/month";
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
