package io.lambdasim.traces.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.generate.WorkloadSpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Issue 11: random and mutated workload specs parse, or fail with an IllegalArgumentException of
 * one line; a spec that parses is either refused for its size (one line) or generates in start
 * order without hanging.
 */
class SpecFuzzTest {

    private static final String[] VALID = {
        "poisson(5/s);duration=exp(80ms);horizon=1h",
        "constant(10s);duration=const(100ms);function=warmer;memory=512",
        "diurnal(1/s..50/s,peak=09:00);duration=lognormal(80ms,900ms);horizon=1d",
        "bursty(1/s,100/s,30s,10m);duration=uniform(10ms,50ms);type=async;seed=3",
        "schedule(rate(5 minutes));duration=empirical(p0=5ms,p50=20ms,p99=300ms,p100=2s);horizon=7d",
        "schedule(cron(0/15 8-18 ? * MON-FRI *));duration=const(40s) + poisson(2/m);duration=exp(1s);function=b",
    };

    @Property(tries = 150)
    void specsParseOrFailOnOneLine(@ForAll("specs") String spec) {
        Bounded.run(() -> parseAndGenerate(spec));
    }

    @Property(tries = 10_000)
    @Tag("slow")
    void specsParseOrFailOnOneLineAtLength(@ForAll("specs") String spec) {
        Bounded.run(() -> parseAndGenerate(spec));
    }

    private static void parseAndGenerate(String spec) {
        WorkloadSpec w;
        try {
            w = WorkloadSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        if (Math.max(w.expectedInvocations(), w.expectedSteps()) > 20_000) {
            try {
                w.checkSize();
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).doesNotContain("\n").contains("--allow-huge");
            }
            return; // within the cap but too long for a unit test
        }
        long previous = Long.MIN_VALUE;
        long n = 0;
        try (InvocationCursor c = w.open()) {
            while (c.next() && n++ < 20_000) {
                assertThat(c.startUs()).isGreaterThanOrEqualTo(previous).isLessThan(w.horizonUs());
                assertThat(c.durationUs()).isNotNegative();
                previous = c.startUs();
            }
        }
    }

    @Provide
    Arbitrary<String> specs() {
        Arbitrary<String> valid = Arbitraries.of(VALID);
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 200),
                        Arbitraries.strings().withChars("0123456789.;=+()/:,-* ?abcdehmsuxyLW#e").ofMaxLength(4),
                        Arbitraries.integers().between(0, 3))
                .as((s, at, insert, drop) -> {
                    int i = Math.min(at, s.length());
                    return s.substring(0, i) + insert + s.substring(Math.min(s.length(), i + drop));
                });
        Arbitrary<String> numbers = Combinators.combine(
                        Arbitraries.of("poisson(%s/s)", "constant(%sus)", "diurnal(0/s..%s/s)", "bursty(0/s,%s/s,1s,1s)",
                                "schedule(rate(%s minutes))"),
                        Arbitraries.of("0", "-1", "1e12", "1000000000000", "1e308", "0.000000001", "99999999999999999999", "NaN", "1"),
                        Arbitraries.of("1h", "1d", "36500d", "99999999d", "0s", "1us", "1e3d"))
                .as((a, n, h) -> String.format(a, n) + ";duration=const(1ms);horizon=" + h);
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.oneOf(mutated, mutated, numbers, noise);
    }
}
