package io.lambdasim.reports.breakeven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.engine.SimulationConfig;
import io.lambdasim.engine.ec2.FleetConfig;
import io.lambdasim.engine.ec2.FleetMode;
import io.lambdasim.reports.sizing.SizingFixtures;
import io.lambdasim.traces.InvocationArrays;
import io.lambdasim.traces.InvocationCursor;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceBreakEvenTest {

    private static final long S = 1_000_000L;
    private static final CpuModel CPU_BOUND = new CpuModel(1, 1);

    /** An m7g.large-like box: 2 vCPU, 8 GiB, $0.0816 an hour (domain notes, us-east-1), one minimum. */
    private static Ec2Candidate m7g(int min) {
        FleetConfig fleet = FleetConfig.of(2, 8192).withWorkload(CPU_BOUND, 1769, 1769)
                .withSizing(FleetMode.STATIC, 0.7, min, 100);
        return new Ec2Candidate(fleet, Ec2Pricing.onDemand("m7g.large", 0.0816, 0, 0));
    }

    private static TraceBreakEven breakEven(InvocationArrays trace, double maxFactor) {
        SimulationConfig lambda = SimulationConfig.builder().memoryMb(1769).referenceMemoryMb(1769).cpu(CPU_BOUND).build();
        return new TraceBreakEven(trace, lambda, "x86_64", SizingFixtures.PRICES, 730,
                new TraceBreakEven.Search(1.0 / 64, maxFactor, 0.02, 1, 5_000_000));
    }

    @Test
    void aSteadyVcpuAllMonthIsCheaperOnEc2AndTheReportSaysSo() {
        // One 1 s CPU-bound invocation a second at 1,769 MB keeps one vCPU busy. A month on
        // Lambda: 2,628,000 × (1.7275 GB-s × $0.0000166667 + $0.0000002) = $76.19. One 2-vCPU
        // instance at 70% holds it: 730 h × $0.0816 = $59.57. Break-even at 59.57 / 76.19 = 0.78×.
        InvocationArrays day = SizingFixtures.steady(86_400, S, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = breakEven(day, 8).run(List.of(m7g(1)));
        OptionOutcome o = r.options().get(0);
        assertThat(o.lambdaToday()).isCloseTo(76.19, within(0.1));
        assertThat(o.ec2Today()).isCloseTo(59.57, within(0.1));
        assertThat(o.ec2CheaperToday()).isTrue();
        assertThat(o.breakEvenFactor()).isCloseTo(0.78, within(0.03));
        assertThat(o.summary()).startsWith("Today m7g.large is cheaper than Lambda ($59.57 vs $76.1")
                .contains("Lambda becomes cheaper");
        assertThat(r.summary()).startsWith("Cheapest at today's traffic: m7g.large");
        assertThat(o.fleetToday().peakInstances()).isEqualTo(1);
    }

    @Test
    void aFewThousandInvocationsAMonthAreCheaperOnLambda() {
        // 100 invocations a day (about 3,040 a month) of 1 s: cents on Lambda, $59.57 on EC2.
        InvocationArrays day = SizingFixtures.steady(100, 864 * S, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = breakEven(day, 16).run(List.of(m7g(1)));
        OptionOutcome o = r.options().get(0);
        assertThat(o.lambdaToday()).isLessThan(1);
        assertThat(o.ec2CheaperToday()).isFalse();
        assertThat(o.breakEvenFactor()).isNaN();
        assertThat(o.summary()).startsWith("Today Lambda is cheaper than m7g.large")
                .contains("does not become cheaper up to 16× today's traffic");
        assertThat(r.summary()).startsWith("Cheapest at today's traffic: Lambda");
        assertThat(o.points()).extracting(FactorPoint::factor).containsExactly(1.0, 2.0, 4.0, 8.0, 16.0);
    }

    @Test
    void growingTrafficFindsTheFactorWhereEc2BecomesCheaper() {
        // One invocation every 8 s: Lambda costs $76.19 / 8 = $9.52 a month, EC2 $59.57, so EC2
        // wins from 59.57 / 9.52 = 6.3× today's traffic (Lambda's cost is linear in traffic).
        InvocationArrays day = SizingFixtures.steady(10_800, 8 * S, S, InvocationCursor.MISSING);
        OptionOutcome o = breakEven(day, 64).run(List.of(m7g(1))).options().get(0);
        assertThat(o.breakEvenFactor()).isCloseTo(6.3, within(0.3));
        assertThat(o.summary()).contains("at 6.").contains("× today's traffic, m7g.large becomes cheaper");
    }

    @Test
    void anInstanceTooSmallForOneRequestIsLeftOutWithAReason() {
        // 1,769 MB requests cannot run on a 1 GiB box; the other option still gets its answer.
        FleetConfig tiny = FleetConfig.of(2, 1024).withWorkload(CPU_BOUND, 1769, 1769)
                .withSizing(FleetMode.STATIC, 0.7, 1, 10);
        Ec2Candidate micro = new Ec2Candidate(tiny, Ec2Pricing.onDemand("micro", 0.0104, 0, 0));
        InvocationArrays hour = SizingFixtures.steady(360, 10 * S, S, InvocationCursor.MISSING);
        TraceBreakEvenResult r = breakEven(hour, 2).run(List.of(micro, m7g(1)));
        assertThat(r.options()).extracting(OptionOutcome::option).containsExactly("m7g.large");
        assertThat(r.summary()).contains("micro left out: a request holding 1769 MB does not fit in an instance of 1024 MB");
    }

    @Test
    void factorsReadAsTwoSignificantDigits() {
        assertThat(TraceBreakEven.times(3.4271)).isEqualTo("3.4×");
        assertThat(TraceBreakEven.times(12.6)).isEqualTo("13×");
        assertThat(TraceBreakEven.times(0.25)).isEqualTo("0.25×");
    }
}
