package io.lambdasim.traces.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A slice of the spec text that remembers where it sits in the whole spec, so every parse error
 * can name the offending token and its position (1-based character offset) in one line.
 */
record SpecToken(String spec, int start, int end) {

    static SpecToken of(String spec) {
        return new SpecToken(spec, 0, spec.length());
    }

    String text() {
        return spec.substring(start, end);
    }

    /** 1-based position of the first character, as an editor shows it. */
    int position() {
        return start + 1;
    }

    boolean isEmpty() {
        return start == end;
    }

    int length() {
        return end - start;
    }

    char charAt(int i) {
        return spec.charAt(start + i);
    }

    /** The part {@code [from, to)} relative to this token. */
    SpecToken sub(int from, int to) {
        return new SpecToken(spec, start + from, start + to);
    }

    SpecToken sub(int from) {
        return sub(from, length());
    }

    SpecToken trim() {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(spec.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(spec.charAt(e - 1))) {
            e--;
        }
        return new SpecToken(spec, s, e);
    }

    /** Index (relative) of the first {@code c} outside parentheses, or -1. */
    int indexOfTopLevel(char c) {
        int depth = 0;
        for (int i = 0; i < length(); i++) {
            char ch = charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == c && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits on {@code sep} outside parentheses (so the commas of {@code lognormal(a,b)} do not
     * split a clause); every piece is trimmed. Unbalanced parentheses are an error here, where the
     * position is still known.
     */
    List<SpecToken> split(char sep) {
        List<SpecToken> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < length(); i++) {
            char ch = charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (--depth < 0) {
                    throw sub(i, i + 1).error("a matching '(' before this ')'");
                }
            } else if (ch == sep && depth == 0) {
                parts.add(sub(from, i).trim());
                from = i + 1;
            }
        }
        if (depth > 0) {
            throw sub(from).trim().error("a closing ')'");
        }
        parts.add(sub(from).trim());
        return parts;
    }

    /** Splits on runs of whitespace (the fields of a cron expression). */
    List<SpecToken> splitWhitespace() {
        List<SpecToken> parts = new ArrayList<>();
        int i = 0;
        while (i < length()) {
            while (i < length() && Character.isWhitespace(charAt(i))) {
                i++;
            }
            int from = i;
            while (i < length() && !Character.isWhitespace(charAt(i))) {
                i++;
            }
            if (i > from) {
                parts.add(sub(from, i));
            }
        }
        return parts;
    }

    /** {@code name(args)}: the name and the argument text, or an error when this is not a call. */
    Call call(String expected) {
        int open = indexOf('(');
        if (open <= 0 || charAt(length() - 1) != ')') {
            throw error(expected);
        }
        SpecToken args = sub(open + 1, length() - 1);
        args.split(',');  // validates the parentheses inside
        return new Call(sub(0, open).trim(), args.trim());
    }

    /** Fails on this token with {@code usage} unless {@code args} are exactly {@code n} non-empty arguments. */
    void requireArgs(List<SpecToken> args, int n, String usage) {
        if (args.size() != n || args.stream().anyMatch(SpecToken::isEmpty)) {
            throw error(usage);
        }
    }

    int indexOf(char c) {
        for (int i = 0; i < length(); i++) {
            if (charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The one-line parse error: offending token, its position, and what was expected. */
    IllegalArgumentException error(String expected) {
        // one line whatever the spec holds: line breaks and other control characters as \n, \x1b ...
        String shown = isEmpty() ? "nothing" : "'" + oneLine(text()) + "'";
        return new IllegalArgumentException("invalid workload spec: " + shown + " at position " + position()
                + ": expected " + expected);
    }

    private static String oneLine(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code name(args)} split apart. */
    record Call(SpecToken name, SpecToken args) {
        String nameText() {
            return name.text().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
