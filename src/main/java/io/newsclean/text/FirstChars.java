package io.newsclean.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Works out which characters can open a match of a simple regular expression, so a line needs
 * to be tried only against the patterns that can start with its first character. Knows
 * literals, groups with alternatives, and the optional marks ?, * and {0,n}; anything else
 * (classes, escapes, the dot) counts as "could start with anything", which is always safe.
 */
final class FirstChars {
    private FirstChars() {
    }

    /** The possible first characters, or null when any character could open a match. */
    static Set<Character> of(String regex) {
        Set<Character> chars = new HashSet<>();
        return collect(regex, 0, regex.length(), chars) ? chars : null;
    }

    /**
     * Adds the first characters of {@code regex[from, to)} to {@code chars}.
     *
     * @return false when any character could come first
     */
    private static boolean collect(String regex, int from, int to, Set<Character> chars) {
        int i = from;
        while (i < to) {
            char c = regex.charAt(i);
            int end;
            if (c == '(') {
                end = closing(regex, i);
                if (end < 0) {
                    return false;
                }
                int body = i + 1;
                if (regex.startsWith("?:", body)) {
                    body += 2;
                } else if (regex.charAt(body) == '?') {
                    return false; // look-arounds and inline flags: do not guess
                }
                for (int[] alt : alternatives(regex, body, end)) {
                    if (alt[0] == alt[1] || !collect(regex, alt[0], alt[1], chars)) {
                        return false;
                    }
                }
                end++;
            } else if (c == '\\' || c == '[' || c == '.' || c == '^' || c == '$' || c == '|' || c == ')') {
                return false;
            } else {
                chars.add(c);
                end = i + 1;
            }
            if (!optional(regex, end)) {
                return true;
            }
            i = skipQuantifier(regex, end);
        }
        return false; // everything was optional: the empty match could start anywhere
    }

    private static boolean optional(String regex, int at) {
        if (at >= regex.length()) {
            return false;
        }
        char q = regex.charAt(at);
        return q == '?' || q == '*' || regex.startsWith("{0", at);
    }

    private static int skipQuantifier(String regex, int at) {
        if (regex.charAt(at) == '{') {
            int close = regex.indexOf('}', at);
            at = close < 0 ? regex.length() : close + 1;
        } else {
            at++;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return at;
    }

    /** Index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The top-level alternatives of {@code regex[from, to)}, as index pairs. */
    private static java.util.List<int[]> alternatives(String regex, int from, int to) {
        java.util.List<int[]> parts = new java.util.ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, to});
        return parts;
    }
}
