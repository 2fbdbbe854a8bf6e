package io.lambdasim.reports.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lambdasim.engine.init.InitModel;
import io.lambdasim.engine.keepalive.KeepAlive;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneAtATimeTest {

    static OneAtATime.Run run(UncertainInput in, boolean high, double v) {
        return new OneAtATime.Run(in, high, high ? "hi" : "lo", Map.of("cost", v));
    }

    /**
     * Central 10; keep-alive's ends give 8 and 13, INIT's 11 and 9: each input's worse effects added,
     * low = 10 − 2 − 1 = 7 and high = 10 + 3 + 1 = 14; keep-alive swings 5, INIT 2, so keep-alive ranks first.
     */
    @Test
    void bandAddsEachInputsWorseEndAndTheTableRanksBySwing() {
        OneAtATime o = new OneAtATime(Map.of("cost", 10.0), List.of(run(UncertainInput.KEEP_ALIVE, false, 8),
                run(UncertainInput.KEEP_ALIVE, true, 13), run(UncertainInput.INIT, false, 11), run(UncertainInput.INIT, true, 9)));
        Band b = o.band("cost");
        assertThat(b.central()).isEqualTo(10);
        assertThat(b.low()).isEqualTo(7);
        assertThat(b.high()).isEqualTo(14);
        List<Sensitivity> s = o.sensitivity("cost");
        assertThat(s).extracting(Sensitivity::input).containsExactly(UncertainInput.KEEP_ALIVE, UncertainInput.INIT);
        assertThat(s.get(0).swing()).isEqualTo(5);
        assertThat(s.get(1).swing()).isEqualTo(2);
        assertThat(o.mostSensitive("cost")).isEqualTo(UncertainInput.KEEP_ALIVE);
    }

    @Test
    void withOneInputTheBandIsTheRangeOfTheRuns() {
        OneAtATime o = new OneAtATime(Map.of("cost", 10.0), List.of(run(UncertainInput.INIT, false, 12),
                run(UncertainInput.INIT, true, 15)));
        assertThat(o.band("cost")).isEqualTo(new Band(10, 10, 15));
    }

    @Test
    void rangesReadInTheSettingsOwnGrammar() {
        Span<KeepAlive> k = Spans.keepAlive("fixed:5m..60m");
        assertThat(k.low().spec()).isEqualTo("fixed:5m");
        assertThat(k.high().spec()).isEqualTo("fixed:1h"); // the canonical spelling of 60 minutes
        assertThat(Spans.keepAliveCentral("fixed:5m..60m").minUs()).isEqualTo(1950_000_000L); // (5 + 60) / 2 = 32.5 min
        Span<KeepAlive> r = Spans.keepAlive("random:4m-12m..6m-18m");
        assertThat(Spans.midKeepAlive(r).spec()).isEqualTo("random:5m-15m");
        assertThatThrownBy(() -> Spans.keepAlive("fixed:60m..5m")).hasMessageContaining("above its high end");
        assertThatThrownBy(() -> Spans.keepAlive("none..fixed:5m")).hasMessageContaining("fixed:D or random:MIN-MAX");
        Span<InitModel> i = Spans.init("200ms..800ms");
        assertThat(Spans.midInit(i).meanUs()).isEqualTo(500_000);
        Span<InitModel> l = Spans.init("lognormal(250ms,700ms)..lognormal(350ms,900ms)");
        assertThat(Spans.midInit(l).spec()).isEqualTo(InitModel.parse("lognormal(300ms,800ms)").spec());
        assertThat(Spans.fraction("30%..0.7").low()).isEqualTo(0.3);
        assertThatThrownBy(() -> Spans.fraction("0.3..1.2")).hasMessageContaining("share from 0 to 1");
    }
}
