package io.lambdasim.reports.batch;

import java.util.ArrayList;
import java.util.List;

/** {@code --sweep memory_mb=128,512,1024}: one column and the values every scenario is run at. */
public record Sweep(String column, List<String> values) {

    public Sweep {
        values = List.copyOf(values);
    }

    public static Sweep parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--sweep '" + spec + "': expected COLUMN=V1,V2,... e.g. memory_mb=128,512,1024");
        }
        List<String> values = new ArrayList<>();
        for (String v : spec.substring(eq + 1).split(",")) {
            if (!v.isBlank()) {
                values.add(v.trim());
            }
        }
        return new Sweep(spec.substring(0, eq).trim(), values);
    }

    /** Every combination of the sweeps' values, first sweep varying slowest; one empty combination for none. */
    public static List<List<String[]>> crossProduct(List<Sweep> sweeps) {
        List<List<String[]>> out = new ArrayList<>();
        out.add(List.of());
        for (Sweep s : sweeps) {
            List<List<String[]>> next = new ArrayList<>();
            for (List<String[]> prefix : out) {
                for (String v : s.values()) {
                    List<String[]> combo = new ArrayList<>(prefix);
                    combo.add(new String[] {s.column(), v});
                    next.add(combo);
                }
            }
            out = next;
        }
        return out;
    }
}
