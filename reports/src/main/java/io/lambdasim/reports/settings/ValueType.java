package io.lambdasim.reports.settings;

import io.lambdasim.engine.Durations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How the text of one setting becomes a typed value: the grammar, the allowed range or closed set,
 * and the words that say so in help texts, error messages and the documentation table. One type per
 * kind of value, so that, e.g., every duration setting accepts the same grammar.
 *
 * <p>{@link #parse} throws {@link IllegalArgumentException} whose message is only the reason
 * ("expected a whole number from 128 to 10240", or a grammar's own "unknown keep-alive 'x' (allowed:
 * ...)"); {@link Setting#parse} adds the setting and the value.
 *
 * @param <T> the typed value
 */
public interface ValueType<T> {

    /** The typed value of {@code text} (trimmed, never blank). */
    T parse(String text);

    /** What a valid value looks like, for help and errors: "a whole number from 128 to 10240". */
    String expected();

    /** Short placeholder for help and forms: {@code MB}, {@code DURATION}, {@code x86_64|arm64}. */
    String label();

    /** The closed set of values, for a choice list; empty when the values are open. */
    default List<String> choices() {
        return List.of();
    }

    /** True for a list of values ({@link #listOf}): a form offers several ticks, not one choice. */
    default boolean list() {
        return false;
    }

    /** The canonical text of a value (for forms, JSON and the docs table). */
    default String format(T value) {
        return String.valueOf(value);
    }

    // ------------------------------------------------------------------------------- factories

    /** A whole number in {@code [min, max]}. */
    static ValueType<Integer> integer(int min, int max, String label) {
        return new Simple<>(label, "a whole number from " + min + " to " + max, t -> {
            long v = wholeNumber(t);
            if (v < min || v > max) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max);
            }
            return (int) v;
        });
    }

    /** A whole number in {@code [min, max]}, as a {@code long} (counts of requests). */
    static ValueType<Long> wholeNumber(long min, long max, String label) {
        String range = "a whole number from " + min + " to " + max;
        return new Simple<>(label, range, t -> {
            long v = wholeNumber(t);
            if (v < min || v > max) {
                throw new IllegalArgumentException("expected " + range);
            }
            return v;
        });
    }

    /** Any whole number that fits a {@code long} (seeds). */
    static ValueType<Long> anyLong(String label) {
        return new Simple<>(label, "a whole number", ValueType::wholeNumber);
    }

    /** A decimal number in {@code [min, max]} (or {@code (min, max]} when {@code minExclusive}). */
    static ValueType<Double> decimal(double min, boolean minExclusive, double max, String label) {
        String range = (minExclusive ? "above " + plain(min) + " and at most " : "from " + plain(min) + " to ") + plain(max);
        return new Simple<>(label, "a number " + range, t -> {
            double v = number(t, "a number " + range);
            if (v > max || (minExclusive ? v <= min : v < min)) {
                throw new IllegalArgumentException("expected a number " + range);
            }
            return v;
        });
    }

    /**
     * A share in {@code [0, 1)} or {@code [0, 1]}, also written as a percentage ({@code 17%}): discounts
     * and the CPU-bound share.
     */
    static ValueType<Double> fraction(boolean oneAllowed, String label) {
        String range = oneAllowed ? "a share from 0 to 1 (or 0% to 100%)" : "a share from 0 to below 1 (or 0% to below 100%)";
        return new Simple<>(label, range, t -> {
            double v = t.endsWith("%") ? number(t.substring(0, t.length() - 1).trim(), range) / 100 : number(t, range);
            if (v < 0 || v > 1 || (!oneAllowed && v >= 1)) {
                throw new IllegalArgumentException("expected " + range);
            }
            return v;
        });
    }

    /**
     * A duration in µs. The grammar is the one of every duration setting: a number with a unit
     * ({@code us}, {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}); a bare number means seconds.
     */
    static ValueType<Long> duration(long minUs, long maxUs) {
        String range = "a duration from " + Durations.format(minUs) + " to " + Durations.format(maxUs)
                + " such as 250ms, 30s, 10m or 2h (a bare number is seconds)";
        return new Simple<>("DURATION", range, t -> {
            long us;
            try {
                us = Durations.parseUs(t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected " + range);
            }
            if (us < minUs || us > maxUs) {
                throw new IllegalArgumentException("expected " + range);
            }
            return us;
        }) {
            @Override
            public String format(Long value) {
                return Durations.format(value);
            }
        };
    }

    /** One of a closed set of words (case-insensitive), returned in its canonical spelling. */
    static ValueType<String> choice(String... values) {
        return choice(() -> List.of(values));
    }

    /** One of a closed set known only at run time (billing rule sets, runtimes). */
    static ValueType<String> choice(Supplier<List<String>> values) {
        return new ValueType<>() {
            @Override
            public String parse(String text) {
                for (String v : values.get()) {
                    if (v.equalsIgnoreCase(text)) {
                        return v;
                    }
                }
                throw new IllegalArgumentException("expected " + expected());
            }

            @Override
            public String expected() {
                return "one of " + String.join(", ", values.get());
            }

            @Override
            public String label() {
                return String.join("|", values.get());
            }

            @Override
            public List<String> choices() {
                return values.get();
            }
        };
    }

    /** yes/no (also true/false, on/off, 1/0). */
    static ValueType<Boolean> yesNo() {
        return new Simple<>("yes|no", "yes or no (true/false, on/off, 1/0)", t -> {
            switch (t.toLowerCase(Locale.ROOT)) {
                case "yes": case "true": case "on": case "1": return true;
                case "no": case "false": case "off": case "0": return false;
                default: throw new IllegalArgumentException("expected yes or no (true/false, on/off, 1/0)");
            }
        }) {
            @Override
            public List<String> choices() {
                return List.of("yes", "no");
            }

            @Override
            public String format(Boolean value) {
                return value ? "yes" : "no";
            }
        };
    }

    /** Free text matching {@code regex} (or anything when null). */
    static ValueType<String> text(String regex, String expected, String label) {
        Pattern p = regex == null ? null : Pattern.compile(regex);
        return new Simple<>(label, expected, t -> {
            if (p != null && !p.matcher(t).matches()) {
                throw new IllegalArgumentException("expected " + expected);
            }
            return t;
        });
    }

    /** A file path (existence is checked where it is read, with its own message). */
    static ValueType<Path> path() {
        return new Simple<>("FILE", "a file path", t -> {
            try {
                return Path.of(t);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("expected a file path");
            }
        });
    }

    /**
     * A value in a grammar of its own (keep-alive policies, INIT models, schedules): {@code parser}
     * throws IllegalArgumentException saying what is wrong; {@code canonical} prints it back.
     */
    static <T> ValueType<T> grammar(String label, String expected, Function<String, T> parser, Function<T, String> canonical) {
        return new Simple<>(label, expected, parser) {
            @Override
            public String format(T value) {
                return canonical.apply(value);
            }
        };
    }

    /** A list of {@code element}s separated by commas or semicolons. */
    static <T> ValueType<List<T>> listOf(ValueType<T> element) {
        String expected = "a comma-separated list, each " + element.expected();
        return new ValueType<>() {
            @Override
            public List<T> parse(String text) {
                List<T> out = new ArrayList<>();
                for (String part : text.split("[;,]")) {
                    if (!part.isBlank()) {
                        try {
                            out.add(element.parse(part.trim()));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("'" + part.trim() + "' in it: expected " + expected);
                        }
                    }
                }
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("expected " + expected);
                }
                return List.copyOf(out);
            }

            @Override
            public String expected() {
                return expected;
            }

            @Override
            public String label() {
                return element.label() + ",...";
            }

            @Override
            public boolean list() {
                return true;
            }

            @Override
            public List<String> choices() {
                return element.choices();
            }

            @Override
            public String format(List<T> value) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(element.format(v)));
                return String.join(",", parts);
            }
        };
    }

    // ------------------------------------------------------------------------------- helpers

    private static long wholeNumber(String t) {
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            // 1e3 is a whole number too when it is one exactly
            try {
                BigDecimal d = new BigDecimal(t);
                return d.longValueExact();
            } catch (NumberFormatException | ArithmeticException e2) {
                throw new IllegalArgumentException("expected a whole number");
            }
        }
    }

    private static double number(String t, String expected) {
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + expected);
        }
    }

    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A type from a label, an expectation and a parse function. */
    class Simple<T> implements ValueType<T> {
        private final String label;
        private final String expected;
        private final Function<String, T> parser;

        Simple(String label, String expected, Function<String, T> parser) {
            this.label = label;
            this.expected = expected;
            this.parser = parser;
        }

        @Override
        public T parse(String text) {
            return parser.apply(text);
        }

        @Override
        public String expected() {
            return expected;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
