package io.lambdasim.cli.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one documented command line into words the way a POSIX shell would for the simple
 * commands the docs show: single quotes keep everything literally, double quotes keep everything
 * but {@code \"}, {@code \\}, {@code \$} and {@code \`}, a backslash outside quotes escapes the next
 * character, and an unquoted {@code #} at the start of a word begins a comment. Anything that would
 * make it more than one simple command (a pipe, a redirection, {@code ;}, {@code &}, a substitution,
 * a glob) is refused: a documented example must run as written, with no shell in between.
 */
public final class ShellWords {

    /** The words of a line and its trailing comment (without the {@code #}; empty when there is none). */
    public record Line(List<String> words, String comment) {
        public Line {
            words = List.copyOf(words);
        }
    }

    private static final String SPECIAL = "|&;<>()$`*?[]{}~";

    private ShellWords() {
    }

    public static Line split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                return new Line(words, line.substring(i + 1).trim());
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated single quote at column " + (i + 1));
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("a backslash ends the line (continuation lines are not supported)");
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (SPECIAL.indexOf(c) >= 0 && !(c == '~' && inWord)) {
                throw new IllegalArgumentException("unquoted '" + c + "' at column " + (i + 1)
                        + ": quote it, or the shell would not pass it to lambdasim as written");
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new Line(words, "");
    }

    /** Appends a double-quoted string starting after its opening quote; returns the index after the closing one. */
    private static int doubleQuoted(String line, int i, StringBuilder word) {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < n && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                throw new IllegalArgumentException("'" + c + "' inside double quotes at column " + (i + 1)
                        + ": the shell would expand it; use single quotes");
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote");
    }
}
