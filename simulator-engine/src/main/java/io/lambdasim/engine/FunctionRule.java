package io.lambdasim.engine;

import java.util.regex.Pattern;

/**
 * One row of a {@code --functions} file: a function name or glob ({@code *} any characters,
 * {@code ?} one) and its settings. The first matching rule wins.
 */
public record FunctionRule(String pattern, FunctionSettings settings) {

    public FunctionRule {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("function rule without a name or glob");
        }
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
