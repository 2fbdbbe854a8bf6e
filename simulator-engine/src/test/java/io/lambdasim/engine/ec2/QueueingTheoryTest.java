package io.lambdasim.engine.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lambdasim.engine.CpuModel;
import io.lambdasim.traces.generate.WorkloadSpec;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fleet replay held against queueing theory, on generated Poisson traffic (issue 17). Every
 * expected figure is computed here from the formula it comes from; the sources:
 * <ul>
 *   <li>Erlang C (M/M/c): L. Kleinrock, Queueing Systems Vol. 1 (1975), §3.5, eq. 3.40 and the
 *       waiting-time tail P(W > t) = C·e^{−(cμ−λ)t};</li>
 *   <li>M/M/1 processor sharing: Kleinrock, Queueing Systems Vol. 2 (1976), §4.4: a job of size x
 *       spends x/(1−ρ) in the system, whatever the size distribution (M/G/1-PS), so
 *       E[T] = E[S]/(1−ρ); the number in an M/M/1 system is geometric, P(N ≥ K) = ρ^K (Vol. 1 §3.2);</li>
 *   <li>G/M/1: Kleinrock Vol. 1 §6.4: with σ the root in (0, 1) of σ = A*(μ − μσ) (A* the
 *       Laplace transform of the interarrival time), an arrival waits with probability σ and
 *       E[W] = σ / (μ(1 − σ)).</li>
 * </ul>
 * Requests are recorded at 1,769 MB, one full Lambda vCPU (AWS docs), and fully CPU-bound, so a
 * request's CPU work on an instance equals its duration: service rate μ = 1 / mean duration.
 */
class QueueingTheoryTest {

    private static final CpuModel CPU_BOUND = new CpuModel(1, 1);
    /** Issue 17's workload: Poisson 12/s, exponential durations of mean 250 ms, 24 h. */
    private static final String ISSUE_CASE = "poisson(12/s);duration=exp(250ms);horizon=24h;memory=1769";
    private static final Map<Balancer, FleetResult> ISSUE_RUNS = new EnumMap<>(Balancer.class);

    @BeforeAll
    static void replayTheIssueCaseOnEveryBalancer() {
        // Two c7g.large (2 vCPU, 4 GiB = 4,096 MB each; bundled price book), min = max = 2:
        // floor(4096 × 0.9 / 1769) = 2 slots an instance, each request computing on one vCPU.
        for (Balancer b : Balancer.values()) {
            FleetConfig c7gLarge = FleetConfig.of(2, 4096).withWorkload(CPU_BOUND, 1769, -1)
                    .withSizing(FleetMode.STATIC, 0.7, 2, 2).withBalancer(b);
            ISSUE_RUNS.put(b, Ec2Fleet.simulate(() -> WorkloadSpec.parse(ISSUE_CASE).open(), c7gLarge));
        }
    }

    /** Erlang C: probability that an arrival waits in an M/M/c queue with offered load a = λ/μ. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        // term is now a^c / c!
        double top = term * c / (c - a);
        return top / (sum + top);
    }

    @Test
    void centralQueueMatchesErlangC() {
        // M/M/4 with λ = 12/s, μ = 4/s: a = 3, ρ = 0.75. C(4, 3) = 13.5 / 26.5 = 0.5094;
        // E[W] = C / (cμ − λ) = 0.5094 / 4 s = 127.4 ms; p99: C·e^{−4t} = 0.01, t = ln(C / 0.01) / 4 = 982.6 ms.
        double lambda = 12;
        double mu = 4;
        int c = 4;
        double pWait = erlangC(c, lambda / mu);
        double meanWaitMs = 1000 * pWait / (c * mu - lambda);
        double p99WaitMs = 1000 * Math.log(pWait / 0.01) / (c * mu - lambda);
        assertThat(pWait).isCloseTo(0.509, within(0.001));
        FleetResult r = ISSUE_RUNS.get(Balancer.CENTRAL);
        assertThat(r.peakInstances()).isEqualTo(2);
        assertThat(r.slotsPerInstance()).isEqualTo(2);
        assertThat(r.balancer()).isEqualTo(Balancer.CENTRAL);
        assertThat(r.waitedShare()).isCloseTo(pWait, within(0.02));
        assertThat(r.queue().meanMs()).isCloseTo(meanWaitMs, within(0.05 * meanWaitMs));
        assertThat(r.queue().p99Ms()).isCloseTo(p99WaitMs, within(0.10 * p99WaitMs));
        // Response = wait + service: E[T] = E[W] + 250 ms; utilisation ρ = 0.75 on every instance.
        assertThat(r.response().meanMs()).isCloseTo(meanWaitMs + 250, within(0.05 * (meanWaitMs + 250)));
        assertThat(r.cpuUtilization()).isCloseTo(0.75, within(0.01));
        assertThat(r.instanceCpu().min()).isCloseTo(0.75, within(0.01));
        assertThat(r.instanceCpu().max()).isCloseTo(0.75, within(0.01));
    }

    @Test
    void leastOutstandingLiesBetweenCentralAndRoundRobin() {
        // Same trace, same fleet: one shared queue is the best any placement can do; joining the
        // shorter of the instance queues is nearly as good; placing blindly in turn is worst.
        FleetResult central = ISSUE_RUNS.get(Balancer.CENTRAL);
        FleetResult least = ISSUE_RUNS.get(Balancer.LEAST_OUTSTANDING);
        FleetResult robin = ISSUE_RUNS.get(Balancer.ROUND_ROBIN);
        assertThat(least.queue().meanMs()).isBetween(central.queue().meanMs(), robin.queue().meanMs());
        assertThat(least.queue().p99Ms()).isBetween(central.queue().p99Ms(), robin.queue().p99Ms());
        assertThat(least.response().meanMs()).isBetween(central.response().meanMs(), robin.response().meanMs());
        // Strictly: the differences are far beyond the run's noise (≈ 1% of the mean wait).
        assertThat(least.queue().meanMs()).isGreaterThan(1.03 * central.queue().meanMs());
        assertThat(robin.queue().meanMs()).isGreaterThan(1.3 * least.queue().meanMs());
        // The default balancer gives the issue's M/M/4-like figures (Erlang C: 0.509 wait, 127 ms mean, 983 ms p99).
        assertThat(least.waitedShare()).isCloseTo(0.509, within(0.05));
        assertThat(least.queue().meanMs()).isCloseTo(127.4, within(0.15 * 127.4));
        assertThat(least.queue().p99Ms()).isCloseTo(982.6, within(0.20 * 982.6));
        assertThat(Balancer.DEFAULT).isEqualTo(Balancer.LEAST_OUTSTANDING);
    }

    /**
     * σ of the E_N/M/1 queue: each instance of N, fed in turn from a Poisson stream of rate λ,
     * sees interarrival times Erlang(N, λ), A*(s) = (λ / (λ + s))^N. Bisection on (0, 1).
     */
    static double sigmaErlangArrivals(int n, double lambda, double mu) {
        double lo = 0;
        double hi = 1 - 1e-12;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            double f = Math.pow(lambda / (lambda + mu * (1 - mid)), n) - mid;
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void roundRobinOnIdenticalInstancesIsIndependentQueuesFedInTurn() {
        // N instances of 1 vCPU and one slot each (2,048 MB: floor(2048 × 0.9 / 1769) = 1), Poisson
        // λ = 4N/s · 0.75, μ = 4/s: each instance is a single-server queue at ρ = 0.75. Round robin
        // hands instance k every N-th arrival, so its arrivals are Erlang-N, not Poisson: the
        // independent queues it matches are E_N/M/1 (G/M/1), which wait less than M/M/1 at λ/N
        // (more regular arrivals). M/M/1 at λ/N is therefore an upper bound, checked too.
        double mu = 4;
        for (int n : new int[] {2, 3}) {
            double lambda = 0.75 * mu * n;
            FleetConfig fleet = FleetConfig.of(1, 2048).withWorkload(CPU_BOUND, 1769, -1)
                    .withSizing(FleetMode.STATIC, 0.7, n, n).withBalancer(Balancer.ROUND_ROBIN);
            String spec = "poisson(" + lambda + "/s);duration=exp(250ms);horizon=24h;memory=1769";
            FleetResult r = Ec2Fleet.simulate(() -> WorkloadSpec.parse(spec).open(), fleet);
            assertThat(r.slotsPerInstance()).isEqualTo(1);
            assertThat(r.peakInstances()).isEqualTo(n);
            double sigma = sigmaErlangArrivals(n, lambda, mu);
            double meanWaitMs = 1000 * sigma / (mu * (1 - sigma));
            assertThat(r.waitedShare()).as("P(wait), N = %d", n).isCloseTo(sigma, within(0.02));
            assertThat(r.queue().meanMs()).as("E[W], N = %d", n).isCloseTo(meanWaitMs, within(0.05 * meanWaitMs));
            // p99 of the wait: σ·e^{−μ(1−σ)t} = 0.01.
            double p99Ms = 1000 * Math.log(sigma / 0.01) / (mu * (1 - sigma));
            assertThat(r.queue().p99Ms()).as("p99 W, N = %d", n).isCloseTo(p99Ms, within(0.10 * p99Ms));
            // M/M/1 at λ/N: P(wait) = ρ = 0.75, E[W] = ρ / (μ − λ/N) = 750 ms: round robin is below it.
            double mm1WaitMs = 1000 * 0.75 / (mu - lambda / n);
            assertThat(r.queue().meanMs()).isLessThan(mm1WaitMs);
            assertThat(r.waitedShare()).isLessThan(0.75);
        }
    }

    @Test
    void oneInstanceSharingItsVcpuMatchesProcessorSharing() {
        // One 1-vCPU instance with 16,384 MB: floor(16384 × 0.9 / 1769) = 8 requests admitted at
        // once, all sharing the one vCPU. Poisson 2.4/s of exponential 250 ms work: ρ = 0.6.
        // M/M/1-PS: E[T] = E[S] / (1 − ρ) = 250 / 0.4 = 625 ms. With exponential work the number
        // present is that of M/M/1 (the vCPU works whenever anyone is there), so an arrival finds
        // all 8 slots taken with probability ρ^8 = 0.0168 (PASTA).
        double rho = 0.6;
        FleetConfig one = FleetConfig.of(1, 16384).withWorkload(CPU_BOUND, 1769, -1)
                .withSizing(FleetMode.STATIC, 0.7, 1, 1);
        FleetResult r = Ec2Fleet.simulate(() -> WorkloadSpec.parse(
                "poisson(2.4/s);duration=exp(250ms);horizon=24h;memory=1769").open(), one);
        assertThat(r.slotsPerInstance()).isEqualTo(8);
        double expectedMs = 250 / (1 - rho);
        assertThat(r.response().meanMs()).isCloseTo(expectedMs, within(0.05 * expectedMs));
        assertThat(r.waitedShare()).isCloseTo(Math.pow(rho, 8), within(0.003));
        assertThat(r.cpuUtilization()).isCloseTo(rho, within(0.01));
    }

    @Test
    void processorSharingIsInsensitiveToTheWorkDistribution() {
        // Constant 250 ms of work, memory never limiting (every request admitted): M/D/1-PS has
        // the same E[T] = 250 / (1 − 0.6) = 625 ms as M/M/1-PS (Kleinrock Vol. 2 §4.4), where a
        // first-come-first-served M/D/1 would give E[T] = S + ρS / (2(1 − ρ)) = 437.5 ms
        // (Pollaczek-Khinchine): the sharing, not a queue, sets the response time.
        FleetConfig one = FleetConfig.of(1, 0).withWorkload(CPU_BOUND, 1769, -1)
                .withSizing(FleetMode.STATIC, 0.7, 1, 1);
        FleetResult r = Ec2Fleet.simulate(() -> WorkloadSpec.parse(
                "poisson(2.4/s);duration=const(250ms);horizon=24h;memory=1769").open(), one);
        assertThat(r.queuedInvocations()).isZero();
        assertThat(r.response().meanMs()).isCloseTo(625, within(0.05 * 625));
        assertThat(r.response().meanMs()).isGreaterThan(1.2 * 437.5);
    }
}
