package io.lambdasim.engine;

import java.util.regex.Pattern;

/**
 * One row of a {@code --functions} file: a function name or glob ({@code *} any characters,
 * {@code ?} one) and its settings. The first matching rule wins.
 *
 * @param origin where the rule was written ({@code functions.csv:3}), for error messages, or null
 */
public record FunctionRule(String pattern, FunctionSettings settings, String origin) {

    public FunctionRule {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("function rule without a name or glob");
        }
    }

    /** A rule not read from a file. */
    public FunctionRule(String pattern, FunctionSettings settings) {
        this(pattern, settings, null);
    }

    /** Rules are equal when they say the same thing, wherever they were written. */
    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionRule r && pattern.equals(r.pattern) && java.util.Objects.equals(settings, r.settings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(pattern, settings);
    }

    /** Where the rule comes from: its file and line, else the function it names. */
    public String where() {
        return origin != null ? origin : "function '" + pattern + "'";
    }

    public boolean matches(String functionName) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equals(functionName);
        }
        return toRegex(pattern).matcher(functionName).matches();
    }

    private static Pattern toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                sb.append(".*");
            } else if (c == '?') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString());
    }
}
