package io.lambdasim.reports.lmi;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.pricing.breakeven.ManagedInstancesCostCurve;
import io.lambdasim.pricing.breakeven.RequestNeeds;
import io.lambdasim.reports.breakeven.PriceSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The Managed Instances curve family of an analytic break-even, from {@code --lmi} specs. */
public final class LmiCurves {

    private LmiCurves() {
    }

    /**
     * One curve per {@code TYPE[,key=value...]} spec for a steady function of {@code needs}.
     *
     * @param cpu         the CPU-share model of the function
     * @param memoryMb    memory its durations were measured at
     * @param ec2Discount the EC2 discount (applies to the instances when above zero)
     * @param savingsPlan the Compute Savings Plan discount (applies to the instances otherwise)
     */
    public static List<ManagedInstancesCostCurve> of(List<String> specs, PriceSource prices, CpuModel cpu, int memoryMb,
                                                     RequestNeeds needs, double hoursPerMonth, BigDecimal ec2Discount,
                                                     BigDecimal savingsPlan) {
        SimulationConfig lambda = SimulationConfig.builder().cpu(cpu).build();
        BigDecimal discount = LmiOption.discount(ec2Discount, savingsPlan);
        List<ManagedInstancesCostCurve> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(LmiOption.fromSpec(spec, prices, lambda, memoryMb, -1, discount).curve(needs, hoursPerMonth));
        }
        return out;
    }
}
