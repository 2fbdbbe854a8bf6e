package io.lambdasim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdasim.pricing.Architecture;
import io.lambdasim.pricing.BillingRules;
import io.lambdasim.pricing.Ec2Billing;
import io.lambdasim.pricing.Ec2InstanceType;
import io.lambdasim.pricing.LambdaBill;
import io.lambdasim.pricing.LambdaBilling;
import io.lambdasim.pricing.PriceBook;
import io.lambdasim.pricing.SteadyLoad;
import io.lambdasim.pricing.SteadyLoadCost;
import io.lambdasim.pricing.TierCharge;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lambdasim cost}: the monthly bill of a steady load, analytically, against EC2 instances. */
@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monthly Lambda bill for a steady load, against EC2 instances (analytic, no simulation).",
                "Example: lambdasim cost --requests 3000000 --duration-ms 120 --memory-mb 1536 --ec2 t3.micro,m7g.large"})
final class CostCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    PriceOptions pricing;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--requests", required = true, paramLabel = "N", description = "Requests a month.")
    long requests;

    @Option(names = "--duration-ms", required = true, paramLabel = "MS", description = "Duration of one invocation, ms (decimals allowed).")
    double durationMs;

    @Option(names = "--memory-mb", required = true, paramLabel = "MB", description = "Configured memory, MB.")
    int memoryMb;

    @Option(names = "--arch", paramLabel = "ARCH", defaultValue = "x86_64", description = "x86_64 or arm64 (default: ${DEFAULT-VALUE}).")
    String arch;

    @Option(names = "--init-ms", paramLabel = "MS", defaultValue = "0", description = "INIT duration of a cold start, ms.")
    double initMs;

    @Option(names = "--cold-ratio", paramLabel = "F", defaultValue = "0", description = "Share of invocations that are cold starts (0..1).")
    double coldRatio;

    @Option(names = "--custom-runtime", description = "INIT of a custom runtime or container (billed under aws-2020-12).")
    boolean customRuntime;

    @Option(names = "--ephemeral-mb", paramLabel = "MB", defaultValue = "512", description = "Ephemeral storage /tmp, 512..10240 MB.")
    int ephemeralMb;

    @Option(names = "--ec2", paramLabel = "TYPES", split = ",",
            description = "EC2 instance types from the price book, or NAME=DOLLARS_PER_HOUR.")
    List<String> ec2 = new ArrayList<>();

    @Option(names = "--ec2-discount", paramLabel = "F", defaultValue = "0",
            description = "Discount on EC2 (Savings Plans, Reserved, Spot), e.g. 0.3.")
    BigDecimal ec2Discount;

    @Option(names = "--hours", paramLabel = "H", defaultValue = "730", description = "Hours in a month (default: ${DEFAULT-VALUE}).")
    BigDecimal hours;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    private record Ec2Line(Ec2InstanceType type, BigDecimal monthly, long breakEven) {
    }

    @Override
    public Integer call() throws Exception {
        if (requests < 0) {
            throw new IllegalArgumentException("--requests " + requests + " must be >= 0");
        }
        if (hours.signum() <= 0) {
            throw new IllegalArgumentException("--hours " + hours + " must be > 0");
        }
        PriceBook book = PriceBook.loadOrDefault(pricing.prices);
        BillingRules r = BillingRules.named(pricing.rules);
        Architecture a = Architecture.parse(arch);
        r.checkArchitecture(a);
        LambdaBilling billing = new LambdaBilling(book, r, pricing.costOptions());
        SteadyLoadCost cost = new SteadyLoadCost(
                new SteadyLoad(pricing.region, a, durationMs, memoryMb, initMs, coldRatio, ephemeralMb, customRuntime), billing);
        LambdaBill bill = cost.bill(requests);
        List<Ec2Line> lines = new ArrayList<>();
        for (String t : ec2) {
            Ec2InstanceType type = book.ec2(pricing.region, t.trim());
            BigDecimal monthly = Ec2Billing.monthly(type.hourlyUsd(), 1, hours, ec2Discount);
            lines.add(new Ec2Line(type, monthly, cost.breakEvenRequests(monthly)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, bill, lines);
        } else {
            printTable(out, r, bill, lines);
        }
        out.flush();
        return 0;
    }

    private void printJson(PrintWriter out, LambdaBill bill, List<Ec2Line> lines) throws Exception {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = m.createObjectNode();
        o.put("requests", requests);
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
        o.put("rules", pricing.rules);
        o.put("region", pricing.region);
        o.put("arch", Architecture.parse(arch).id());
        o.put("freeTier", pricing.freeTier);
        ArrayNode e = o.putArray("ec2");
        for (Ec2Line l : lines) {
            ObjectNode n = e.addObject();
            n.put("type", l.type().type());
            n.put("hourlyCost", l.type().hourlyUsd());
            n.put("monthlyCost", exact(l.monthly()));
            if (l.breakEven() == Long.MAX_VALUE) {
                n.putNull("breakEvenRequests");
            } else {
                n.put("breakEvenRequests", l.breakEven());
            }
        }
        out.println(m.writeValueAsString(o));
    }

    /** Exact amounts, trimmed to 10 decimals (far below a cent) so JSON readers see plain numbers. */
    private static BigDecimal exact(BigDecimal v) {
        BigDecimal s = v.setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private void printTable(PrintWriter out, BillingRules r, LambdaBill bill, List<Ec2Line> lines) {
        out.printf(Locale.ROOT, "Lambda, %s %s, %d MB, %s ms, %s requests/month (%s, %s)%n", pricing.region,
                Architecture.parse(arch).id(), memoryMb, num(durationMs), group(requests), r.name(),
                pricing.freeTier ? "free tier" : "no free tier");
        String row = "  %-52s %16s%n";
        out.printf(Locale.ROOT, row, "requests billed", group(bill.billedRequests()));
        out.printf(Locale.ROOT, row, "GB-seconds (billable)", gbs(bill.gbSeconds()) + " (" + gbs(bill.billableGbSeconds()) + ")");
        out.println();
        out.printf(Locale.ROOT, row, "requests", usd(bill.requestCost()));
        for (int i = 0; i < bill.computeTiers().size(); i++) {
            TierCharge t = bill.computeTiers().get(i);
            out.printf(Locale.ROOT, row, "compute tier " + (i + 1) + " (" + gbs(t.gbSeconds()) + " GB-s × $"
                    + t.tier().usdPerGbSecond().toPlainString() + ")", usd(t.cost()));
        }
        out.printf(Locale.ROOT, row, pricing.savingsPlan.signum() > 0
                ? "compute after " + pricing.savingsPlan.movePointRight(2).stripTrailingZeros().toPlainString() + "% savings plan"
                : "compute", usd(bill.computeCost()));
        out.printf(Locale.ROOT, row, "  of which INIT", usd(bill.initCost()));
        out.printf(Locale.ROOT, row, "ephemeral storage", usd(bill.storageCost()));
        out.printf(Locale.ROOT, row, "provisioned concurrency", usd(bill.provisionedCost()));
        out.printf(Locale.ROOT, row, "total / month", usd(bill.totalCost()));
        if (requests > 0) {
            out.printf(Locale.ROOT, row, "per invocation",
                    "$" + bill.totalCost().divide(BigDecimal.valueOf(requests), 8, RoundingMode.HALF_UP).toPlainString());
        }
        if (!lines.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "EC2, one instance for %s h/month%s%n", hours.toPlainString(),
                    ec2Discount.signum() > 0 ? ", " + ec2Discount.movePointRight(2).stripTrailingZeros().toPlainString() + "% off" : "");
            out.printf(Locale.ROOT, "  %-16s %10s %14s  %s%n", "type", "$/hour", "$/month", "Lambda costs as much at");
            for (Ec2Line l : lines) {
                String be = l.breakEven() == Long.MAX_VALUE ? "never" : group(l.breakEven()) + " requests/month";
                out.printf(Locale.ROOT, "  %-16s %10s %14s  %s%n", l.type().type(), l.type().hourlyUsd().toPlainString(),
                        usd(l.monthly()), be);
            }
        }
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
