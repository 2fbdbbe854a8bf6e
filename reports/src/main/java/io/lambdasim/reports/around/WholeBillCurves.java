package io.lambdasim.reports.around;

import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.pricing.AroundUsage;
import io.lambdasim.pricing.breakeven.CostCurve;
import io.lambdasim.pricing.breakeven.StepCostCurve;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The analytic break-even's curves as whole bills (issue 18): Lambda's (and Managed Instances',
 * which are Lambda functions too) plus the front door, triggers, network and logs of the same
 * requests; an EC2 fleet's plus each instance's public addresses and root volume and the same data
 * out. {@code with} chooses the components, so each can be weighed alone.
 */
public final class WholeBillCurves {

    private final AroundBilling billing;
    private final String region;
    private final double hours;

    public WholeBillCurves(AroundConfig config, boolean freeTier, String region, double hours) {
        this.billing = new AroundBilling(AroundPrices.loadDefault(), config, freeTier);
        this.region = region;
        this.hours = hours;
    }

    /** The components the configuration prices, in component order. */
    public Set<Component> components() {
        Set<Component> s = EnumSet.noneOf(Component.class);
        s.addAll(billing.month(AroundUsage.steady(region, hours, 1_000_000)).components());
        s.addAll(billing.ec2(region, hours, 1_000_000).components());
        return s;
    }

    /** What surrounds a function serving {@code requests} a month, USD. */
    double functionSide(double requests, Set<Component> with) {
        return billing.month(AroundUsage.steady(region, hours, Math.round(requests))).only(with).total().doubleValue();
    }

    public CostCurve lambda(CostCurve function, Set<Component> with) {
        return r -> function.monthlyCost(r) + functionSide(r, with);
    }

    /** Each option's curve plus its side of the bill: instances pay their own fixed costs, Managed Instances the function's. */
    public List<StepCostCurve> options(List<? extends StepCostCurve> ec2, List<? extends StepCostCurve> lmi, Set<Component> with) {
        double perInstance = billing.ec2(region, hours, 0).only(with).total().doubleValue();
        List<StepCostCurve> out = new ArrayList<>();
        for (StepCostCurve c : ec2) {
            out.add(new Plus(c, perInstance, r -> billing.ec2(region, 0, Math.round(r)).only(with).total().doubleValue()));
        }
        for (StepCostCurve c : lmi) {
            out.add(new Plus(c, 0, r -> functionSide(r, with)));
        }
        return out;
    }

    /** A step curve plus a cost per instance and a cost of the volume. */
    private record Plus(StepCostCurve base, double perInstance, CostCurve volume) implements StepCostCurve {

        @Override
        public String name() {
            return base.name();
        }

        @Override
        public boolean feasible() {
            return base.feasible();
        }

        @Override
        public int instancesFor(double requests) {
            return base.instancesFor(requests);
        }

        @Override
        public double costWith(int instances, double requests) {
            return base.costWith(instances, requests) + instances * perInstance + volume.monthlyCost(requests);
        }

        @Override
        public double stepEnd(int instances) {
            return base.stepEnd(instances);
        }

        @Override
        public double requestsPerInstance() {
            return base.requestsPerInstance();
        }

        @Override
        public double instanceMonthlyCost() {
            return base.instanceMonthlyCost() + perInstance;
        }
    }
}
