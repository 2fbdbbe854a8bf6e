package io.lambdasim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.traces.TraceRows;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Lambda rules of issue 18 that the engine used to bend, each against the AWS page that states it. */
class EngineRulesTest {

    private static final long MIN = 60_000; // ms

    private static SimulationConfig.Builder base() {
        return SimulationConfig.builder().init(InitModel.parse("0ms"));
    }

    private static FunctionRule rule(String name, Integer reserved, String provisioned) {
        return new FunctionRule(name, new FunctionSettings(null, null, null, reserved,
                provisioned == null ? null : ProvisionedSchedule.parse(provisioned), null));
    }

    @Test
    void provisionedConcurrencyComesOutOfTheAccountConcurrency() {
        // AWS "Monitoring concurrency": ClaimedAccountConcurrency = unreserved concurrency in use plus
        // the allocated concurrency, reserved and provisioned. Account 200; p holds PC 100 (no
        // reservation), so the other functions share 200 - 100 = 100: q's 101st simultaneous call is throttled.
        TraceRows trace = TraceRows.of().add("p", 0, 1000);
        for (int i = 0; i < 101; i++) {
            trace.add("q", 0, 5000);
        }
        SimulationResult r = Simulator.run(trace, base().accountConcurrency(200)
                .functionRules(List.of(rule("p", null, "100"))).build());
        assertThat(r.function("q").throttled()).isEqualTo(1);
        assertThat(r.function("q").peakConcurrency()).isEqualTo(100);
    }

    @Test
    void atLeast100UnitsOfAccountConcurrencyStayUnreserved() {
        // AWS "Configuring reserved concurrency": you can reserve up to the unreserved account
        // concurrency minus 100. Account 1,000: g may reserve 900, not 901; a PC of 60 without a
        // reservation on an account of 150 leaves 90 < 100 and is refused too.
        TraceRows ok = TraceRows.of().add("g", 0, 100);
        assertThat(Simulator.run(ok, base().functionRules(List.of(rule("g", 900, null))).build()).function("g").invocations())
                .isEqualTo(1);
        TraceRows over = TraceRows.of().add("g", 0, 100);
        assertThatThrownBy(() -> Simulator.run(over, base().functionRules(List.of(rule("g", 901, null))).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("function 'g'").hasMessageContaining("reserved concurrency 901")
                .hasMessageContaining("at least 100 unreserved");
        TraceRows pc = TraceRows.of().add("p", 0, 100);
        assertThatThrownBy(() -> Simulator.run(pc, base().accountConcurrency(150)
                .functionRules(List.of(rule("p", null, "60"))).build()))
                .hasMessageContaining("function 'p'").hasMessageContaining("provisioned concurrency 60");
    }

    @Test
    void provisionedConcurrencyAboveTheReservationIsAnError() {
        // AWS "Configuring provisioned concurrency": provisioned concurrency cannot exceed the
        // function's reserved concurrency when it has one.
        TraceRows trace = TraceRows.of().add("f", 0, 100);
        assertThatThrownBy(() -> Simulator.run(trace, base().functionRules(List.of(rule("f", 1, "2"))).build()))
                .hasMessageContaining("function 'f'").hasMessageContaining("provisioned concurrency 2");
    }

    @Test
    void provisionedConcurrencyIsMeasuredInFiveMinuteIncrements() {
        // aws.amazon.com/lambda/pricing: provisioned concurrency is calculated from enable to disable,
        // rounded up to the nearest 5 minutes. 1@08:00-08:01 is enabled for 1 minute: 5 minutes,
        // 1 x 300 s x 0.5 GB = 150 GB-s (the run goes on to 09:00 with the window closed).
        long h = 3_600_000;
        TraceRows trace = TraceRows.of().add("f", 8 * h + 30_000, 100).add("f", 9 * h, 100);
        UsageStats t = Simulator.run(trace, base().memoryMb(512).provisioned(ProvisionedSchedule.parse("1@08:00-08:01"))
                .build()).total();
        assertThat(t.billing().provisionedConfiguredUs()).isEqualTo(300_000_000L);
        assertThat(t.billing().provisionedConfiguredGbSeconds()).isEqualByComparingTo(new BigDecimal("150"));
        assertThat(ProvisionedSchedule.billedUs(1)).isEqualTo(300_000_000L);
        assertThat(ProvisionedSchedule.billedUs(300_000_000L)).isEqualTo(300_000_000L);
    }

    @Test
    void anEnvironmentResetAfterATimeoutReinitialisesInsideItsNextInvocation() {
        // AWS "Understanding the Lambda execution environment lifecycle", failures during the invoke
        // phase: after a timeout or a crash Lambda resets the environment, and the next invocation on
        // it runs INIT again. INIT 200 ms, timeout 3 s: call 1 (5 s of work) is cold and stopped:
        // billed ceil(200 + 3,000) = 3,200 ms; call 2 a minute later reuses the environment and
        // re-initialises: 200 + 100 = 300 ms, INIT billed (rules since 2025-08-01). One environment.
        TraceRows trace = TraceRows.of().add("f", 0, 5000).add("f", MIN, 100);
        UsageStats t = Simulator.run(trace, base().init(InitModel.parse("200ms")).timeoutUs(3_000_000).build()).total();
        assertThat(t.environmentsCreated()).isEqualTo(1);
        assertThat(t.count(Metric.REINITIALISED)).isEqualTo(1);
        assertThat(t.coldStarts()).isEqualTo(2);
        assertThat(t.billing().billedUs()).isEqualTo(3_200_000 + 300_000);
        assertThat(t.billing().initBilledUs()).isEqualTo(400_000);
        // Under rules that do not bill INIT (before 2025-08) the re-initialisation is measured, not billed.
        TraceRows again = TraceRows.of().add("f", 0, 5000).add("f", MIN, 100);
        UsageStats old = Simulator.run(again, base().init(InitModel.parse("200ms")).timeoutUs(3_000_000)
                .billing(new BillingMeasure(Durations.US_PER_MS, false)).build()).total();
        assertThat(old.billing().billedUs()).isEqualTo(3_000_000 + 100_000);
        assertThat(old.value(Metric.INIT_MS)).isEqualTo(400.0);
    }

    @Test
    void aResetEnvironmentReclaimedBeforeItsNextInvocationNeedsNoReinit() {
        // Timeout at 3 s, then nothing for 11 minutes: the reset environment expires with the
        // 10-minute keep-alive, and the next call is an ordinary cold start in a new environment.
        TraceRows trace = TraceRows.of().add("f", 0, 5000).add("f", 11 * MIN, 100);
        UsageStats t = Simulator.run(trace, base().timeoutUs(3_000_000).build()).total();
        assertThat(t.environmentsCreated()).isEqualTo(2);
        assertThat(t.count(Metric.REINITIALISED)).isZero();
    }
}
