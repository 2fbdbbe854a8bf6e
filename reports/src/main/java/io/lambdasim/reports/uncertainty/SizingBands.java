package io.lambdasim.reports.uncertainty;

import io.lambdasim.reports.sizing.SizingResult;
import io.lambdasim.reports.sizing.SizingRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sizing run over what it is uncertain about: every configuration's monthly cost with its band,
 * the configuration recommended at each end of each range, and which input moves the recommended
 * configuration's cost most.
 *
 * @param runs        the one-at-a-time runs, figures keyed by {@link #key(SizingRow)}
 * @param inputs      the ranges
 * @param recommended the configuration recommended at each end ("keep-alive low" → "1024 MB x86_64")
 */
public record SizingBands(OneAtATime runs, UncertainInputs inputs, Map<String, String> recommended) {

    /** The figure name of a row's monthly cost. */
    public static String key(SizingRow r) {
        return r.arch() + ":" + r.memoryMb();
    }

    /** The figure name of a row's cost per million invocations. */
    static String perMillionKey(SizingRow r) {
        return "perMillion:" + key(r);
    }

    /** The band of one configuration's monthly cost. */
    public Band monthlyCost(SizingRow r) {
        return runs.band(key(r));
    }

    /** The band of one configuration's cost per million invocations (what the sizing chart draws). */
    public Band costPerMillion(SizingRow r) {
        return runs.band(perMillionKey(r));
    }

    public static Map<String, Double> figures(SizingResult r) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (SizingRow row : r.rows()) {
            f.put(key(row), row.monthlyCost().doubleValue());
        }
        for (SizingRow row : r.rows()) {
            f.put(perMillionKey(row), row.costPerMillion().doubleValue());
        }
        return f;
    }

    /** Builds the bands from the central result and the runs at the ends (in {@link UncertainInputs#variants} order). */
    public static SizingBands of(SizingResult central, UncertainInputs inputs, List<UncertainInputs.Variant> variants,
                                 List<SizingResult> results) {
        List<OneAtATime.Run> runs = new ArrayList<>();
        Map<String, String> picked = new LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            UncertainInputs.Variant v = variants.get(i);
            SizingResult r = results.get(i);
            runs.add(new OneAtATime.Run(v.input(), v.high(), v.value(), figures(r)));
            picked.put(v.input().label() + " " + v.end(), r.recommended().memoryMb() + " MB " + r.recommended().arch());
        }
        return new SizingBands(new OneAtATime(figures(central), runs), inputs, picked);
    }

    /** Whether every end recommends what the central run does. */
    public boolean recommendationHolds(SizingRow central) {
        String c = central.memoryMb() + " MB " + central.arch();
        return recommended.values().stream().allMatch(c::equals);
    }
}
