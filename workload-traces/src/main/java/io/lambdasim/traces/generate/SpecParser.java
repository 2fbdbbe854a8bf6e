package io.lambdasim.traces.generate;

import io.lambdasim.traces.InvocationCursor;
import io.lambdasim.traces.InvocationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the workload spec syntax (see {@link WorkloadSpec}): functions joined by {@code +}, each a
 * {@code ;}-separated list of one ARRIVALS clause and {@code key=value} clauses in any order.
 */
final class SpecParser {

    static final String SYNTAX = "ARRIVALS;duration=DIST[;horizon=1h][;function=NAME][;memory=512][;seed=N]"
            + ", e.g. poisson(5/s);duration=exp(120ms)";

    private static final String KEYS = "duration, horizon, function, memory, max_memory, type or seed";

    /** Lambda names are letters, digits, '-' and '_'; '.', ':', '/' and '@' also let ARNs and app/func pass. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:/@-]{0,139}");

    /** Lambda's configurable memory range, MB. */
    private static final int MIN_MEMORY_MB = 128;
    private static final int MAX_MEMORY_MB = 10_240;

    private SpecParser() {
    }

    static WorkloadSpec parse(String text) {
        SpecToken all = SpecToken.of(text == null ? "" : text);
        if (all.trim().isEmpty()) {
            throw all.error("a workload spec " + SYNTAX);
        }
        Global horizon = new Global("horizon");
        Global seed = new Global("seed");
        List<FunctionSpec> functions = new ArrayList<>();
        Map<String, SpecToken> names = new HashMap<>();
        List<SpecToken> parts = all.split('+');
        for (int i = 0; i < parts.size(); i++) {
            SpecToken part = parts.get(i);
            if (part.isEmpty()) {
                throw part.error("a function (" + SYNTAX + ")" + (i > 0 ? " after '+'" : ""));
            }
            FunctionSpec f = function(part, i, horizon, seed);
            SpecToken clash = names.putIfAbsent(f.name(), part);
            if (clash != null) {
                throw part.error("a function name other than '" + f.name() + "' (already used at position "
                        + clash.position() + "); name functions with function=NAME");
            }
            functions.add(f);
        }
        return new WorkloadSpec(functions,
                horizon.token == null ? WorkloadSpec.DEFAULT_HORIZON_US : horizon.value,
                seed.token == null ? WorkloadSpec.DEFAULT_SEED : seed.value);
    }

    private static FunctionSpec function(SpecToken part, int index, Global horizon, Global seed) {
        ArrivalProcess arrivals = null;
        DurationDistribution duration = null;
        String name = "f" + (index + 1);
        int memory = InvocationCursor.MISSING;
        int maxMemory = InvocationCursor.MISSING;
        SpecToken maxMemoryToken = null;
        int type = InvocationType.UNKNOWN;
        Map<String, SpecToken> seen = new HashMap<>();
        for (SpecToken clause : part.split(';')) {
            if (clause.isEmpty()) {
                continue;  // a stray or trailing ';' says nothing
            }
            int eq = clause.indexOfTopLevel('=');
            if (eq < 0) {
                if (arrivals != null) {
                    throw clause.error("key=value (" + KEYS + "); one ARRIVALS per function, join functions with ' + '");
                }
                arrivals = ArrivalSyntax.parse(clause);
                continue;
            }
            SpecToken keyToken = clause.sub(0, eq).trim();
            SpecToken value = clause.sub(eq + 1).trim();
            String key = keyToken.text().toLowerCase(Locale.ROOT);
            SpecToken earlier = seen.put(key, clause);
            if (earlier != null) {
                throw clause.error("each key once per function ('" + key + "' already at position " + earlier.position() + ")");
            }
            switch (key) {
                case "duration":
                    duration = DurationSyntax.parse(value);
                    break;
                case "horizon":
                    horizon.set(value, Quantities.positiveDurationUs(value));
                    break;
                case "seed":
                    seed.set(value, Quantities.integer(value, Long.MIN_VALUE, Long.MAX_VALUE, "an integer seed"));
                    break;
                case "function":
                    if (!NAME.matcher(value.text()).matches()) {
                        throw value.error("a function name of letters, digits and _ - . : / @ (at most 140)");
                    }
                    name = value.text();
                    break;
                case "memory":
                    memory = megabytes(value, MIN_MEMORY_MB, "configured memory in MB");
                    break;
                case "max_memory":
                    maxMemory = megabytes(value, 1, "max memory used in MB");
                    maxMemoryToken = value;
                    break;
                case "type":
                    type = InvocationType.parse(value.text());
                    if (type < 0) {
                        throw value.error("an invocation type: sync, async or poll");
                    }
                    break;
                default:
                    throw keyToken.error("a key: " + KEYS);
            }
        }
        if (arrivals == null) {
            throw part.error("an ARRIVALS clause such as poisson(5/s) (" + SYNTAX + ")");
        }
        if (duration == null) {
            throw part.error("a duration=DIST clause such as duration=exp(120ms) (" + SYNTAX + ")");
        }
        if (maxMemoryToken != null && memory != InvocationCursor.MISSING && maxMemory > memory) {
            throw maxMemoryToken.error("max memory used no larger than memory=" + memory);
        }
        return new FunctionSpec(name, arrivals, duration, memory, maxMemory, type);
    }

    /** {@code 512} or {@code 512MB}, within [min, 10240]. */
    private static int megabytes(SpecToken value, int min, String what) {
        SpecToken number = value;
        if (value.text().toUpperCase(Locale.ROOT).endsWith("MB")) {
            number = value.sub(0, value.length() - 2).trim();
        }
        return (int) Quantities.integer(number, min, MAX_MEMORY_MB, what);
    }

    /** A setting of the whole workload that any one function may carry. */
    private static final class Global {
        private final String key;
        private SpecToken token;
        private long value;

        Global(String key) {
            this.key = key;
        }

        void set(SpecToken t, long v) {
            if (token != null && value != v) {
                throw t.error("the same " + key + " as at position " + token.position() + " ('" + token.text()
                        + "'): " + key + " belongs to the whole workload");
            }
            token = t;
            value = v;
        }
    }
}
