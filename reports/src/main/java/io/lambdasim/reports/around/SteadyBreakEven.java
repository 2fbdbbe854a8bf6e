package io.lambdasim.reports.around;

import io.lambdasim.pricing.AroundBill;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundUsage;
import io.lambdasim.pricing.SteadyLoadCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a steady load on Lambda costs as much as one EC2 instance a month, for the function alone
 * and for the whole bill (the function plus its front door, triggers, network and logs, against the
 * instance plus its addresses, volume and the same data out), and how far each component alone
 * moves the crossing. Exact: bisection over whole requests on the BigDecimal bills.
 */
public final class SteadyBreakEven {

    /**
     * @param functionOnly break-even of the function's own bill ({@code Long.MAX_VALUE}: never)
     * @param whole        break-even of the whole bills
     * @param movers       each priced component with the break-even it gives alone, the largest move first
     */
    public record Result(long functionOnly, long whole, List<Mover> movers) {
    }

    /** A component and the break-even of the function's bill plus that component alone. */
    public record Mover(Component component, long breakEvenRequests) {
    }

    private final SteadyLoadCost lambda;
    private final AroundBilling around;
    private final String region;
    private final double hours;

    public SteadyBreakEven(SteadyLoadCost lambda, AroundBilling around, String region, double hours) {
        this.lambda = lambda;
        this.around = around;
        this.region = region;
        this.hours = hours;
    }

    /** Lambda's side for {@code requests} a month. */
    public AroundBill lambdaSide(long requests) {
        return around.month(AroundUsage.steady(region, hours, requests));
    }

    /** One instance's side for {@code requests} a month. */
    public AroundBill instanceSide(long requests) {
        return around.ec2(region, hours, requests);
    }

    public Result against(BigDecimal instanceMonthly) {
        long functionOnly = lambda.breakEvenRequests(instanceMonthly);
        Set<Component> priced = EnumSet.noneOf(Component.class);
        // the components that price anything: probe at a volume where every configured one has a line
        priced.addAll(lambdaSide(1_000_000).components());
        priced.addAll(instanceSide(1_000_000).components());
        if (priced.isEmpty()) {
            return new Result(functionOnly, functionOnly, List.of());
        }
        long whole = search(instanceMonthly, priced);
        List<Mover> movers = new ArrayList<>();
        for (Component c : priced) {
            movers.add(new Mover(c, search(instanceMonthly, EnumSet.of(c))));
        }
        movers.sort(Comparator.comparingDouble((Mover m) -> -Math.abs((double) m.breakEvenRequests() - functionOnly)));
        return new Result(functionOnly, whole, List.copyOf(movers));
    }

    private long search(BigDecimal instanceMonthly, Set<Component> with) {
        return SteadyLoadCost.firstReaching(r -> lambda.bill(r).totalCost().add(lambdaSide(r).only(with).total())
                .subtract(instanceMonthly.add(instanceSide(r).only(with).total())));
    }
}
