package io.lambdasim.reports.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.pricing.AroundBill.Component;
import io.lambdasim.pricing.AroundBilling;
import io.lambdasim.pricing.AroundConfig;
import io.lambdasim.pricing.AroundPrices;
import io.lambdasim.reports.sizing.SizingFixtures;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trace-based break-even with what surrounds the function (issue 18), priced on both sides as the
 * analytic break-even and {@code simulate} price it. Prices: around-prices.json (us-east-1): REST API
 * $3.50 per million for the first 333 M (aws.amazon.com/api-gateway/pricing), public IPv4 $0.005 per
 * address-hour (AWS News blog 2023-07-28); Lambda and the m7g.large as in {@link TraceBreakEvenTest}.
 */
class TraceBreakEvenAroundTest {

    private static final long S = 1_000_000L;
    private static final CpuModel CPU_BOUND = new CpuModel(1, 1);

    private static Ec2Candidate m7g() {
        FleetConfig fleet = FleetConfig.of(2, 8192).withWorkload(CPU_BOUND, 1769, 1769)
                .withSizing(FleetMode.STATIC, 0.7, 1, 100);
        return new Ec2Candidate(fleet, Ec2Pricing.onDemand("m7g.large", 0.0816, 0, 0));
    }

    private static TraceBreakEvenResult run(AroundConfig around) {
        // One 1 s invocation every 8 s for a day: 10,800 invocations; the period is the trace's own,
        // from 0 to the last end, 10,799 × 8 + 1 = 86,393 s.
        InvocationArrays day = SizingFixtures.steady(10_800, 8 * S, S, InvocationCursor.MISSING);
        SimulationConfig lambda = SimulationConfig.builder().memoryMb(1769).referenceMemoryMb(1769).cpu(CPU_BOUND).build();
        return new TraceBreakEven(day, lambda, "x86_64", SizingFixtures.PRICES, 730,
                new TraceBreakEven.Search(1.0 / 64, 64, 0.02, 1, 5_000_000))
                .around(new AroundBilling(AroundPrices.loadDefault(), around, false), "us-east-1")
                .run(List.of(m7g()));
    }

    private static AroundConfig restApiAndOneAddress() {
        return new AroundConfig(AroundConfig.FrontDoor.REST_API, AroundConfig.Publisher.NONE, false, 2, 1024, 0, 0, false,
                0, 1, 0);
    }

    @Test
    void theFrontDoorAndTheInstancesAddressMoveTheCrossingAsWorkedByHand() {
        TraceBreakEvenResult r = run(restApiAndOneAddress());
        OptionOutcome o = r.options().get(0);
        OptionWholeBill w = o.wholeBill();
        assertThat(r.period().seconds()).isEqualTo(86_393.0);
        // A month of requests: 10,800 × 2,628,000 s / 86,393 s = 328,526.6 → 328,527; the REST API's
        // $3.50 per million of them = $1.1498445 a month on Lambda's side, at today's traffic.
        assertThat(o.lambdaToday() - w.lambdaTodayFunctionOnly()).isCloseTo(328_527 * 3.5e-6, within(1e-6));
        assertThat(r.wholeBill().lambdaTodayFunctionOnly()).isEqualTo(w.lambdaTodayFunctionOnly());
        // One static m7g.large all month: 730 address-hours × $0.005 = $3.65 on EC2's side.
        assertThat(o.ec2Today() - w.optionTodayFunctionOnly()).isCloseTo(3.65, within(0.01));
        // Function alone (TraceBreakEventTest): $9.52 k against $59.57: 59.57 / 9.524 = 6.25×.
        // Whole bills: (9.524 + 1.150) k against 59.57 + 3.65: 63.22 / 10.674 = 5.92×.
        // The front door alone: 59.57 / 10.674 = 5.58×; the address alone: 63.22 / 9.524 = 6.64×.
        // The search stops within 2% of each (bisection on log k), above the crossing.
        assertThat(w.breakEvenFactorFunctionOnly()).isCloseTo(6.25, within(0.15));
        assertThat(o.breakEvenFactor()).isCloseTo(5.92, within(0.13));
        assertThat(w.movers()).extracting(OptionWholeBill.Mover::component).containsExactly(Component.FRONT_DOOR, Component.NETWORK);
        assertThat(w.movers().get(0).breakEvenFactor()).isCloseTo(5.58, within(0.12));
        assertThat(w.movers().get(1).breakEvenFactor()).isCloseTo(6.64, within(0.15));
        assertThat(r.summary()).contains("Cheapest at today's traffic (whole bills): Lambda")
                .contains("Function alone against m7g.large: break-even at 6.").contains("moved most by front door (alone: break-even at 5.");
        // Every point carries both: the chart's function-alone line and the whole bill's.
        for (FactorPoint p : o.points()) {
            assertThat(p.lambdaMonthly()).isGreaterThan(p.lambdaFunctionOnly());
            assertThat(p.ec2Monthly() - p.ec2FunctionOnly()).isCloseTo(3.65, within(0.01));
        }
    }

    @Test
    void theJsonSaysWhatWasPricedAndBothCrossings() {
        Map<String, Object> json = TraceBreakEvenRun.json(run(restApiAndOneAddress()));
        @SuppressWarnings("unchecked")
        Map<String, Object> whole = (Map<String, Object>) json.get("wholeBill");
        assertThat(whole).containsEntry("cheapestTodayFunctionOnly", "lambda").containsEntry("frontDoor", "rest-api").containsEntry("components", List.of("frontDoor", "network"));
        @SuppressWarnings("unchecked")
        Map<String, Object> option = ((List<Map<String, Object>>) whole.get("options")).get(0);
        assertThat(option).containsKeys("breakEvenFactor", "breakEvenFactorFunctionOnly", "monthlyCostFunctionOnly", "movedMostBy");
        @SuppressWarnings("unchecked")
        Map<String, Object> point = ((List<Map<String, Object>>) ((List<Map<String, Object>>) json.get("ec2")).get(0).get("points")).get(0);
        assertThat(point).containsKeys("lambdaMonthlyCostFunctionOnly", "ec2MonthlyCostFunctionOnly");
    }

    @Test
    void withNothingAroundTheFunctionTheAnswerIsTheFunctionsAlone() {
        TraceBreakEvenResult r = run(AroundConfig.NONE);
        assertThat(r.wholeBill()).isNull();
        assertThat(r.options().get(0).wholeBill()).isNull();
        assertThat(r.options().get(0).breakEvenFactor()).isCloseTo(6.25, within(0.15));
        assertThat(TraceBreakEvenRun.json(r)).doesNotContainKey("wholeBill");
    }
}
