package io.newsclean.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Works out, for a simple regular expression, a set of literal strings one of which every match
 * must contain: {@code (sign up|register) (for|to) our newsletter} gives {" our newsletter"}. A
 * line that contains none of them cannot match, so the pattern need not run at all; that cheap
 * test spares most lines most patterns. Knows literals, escaped punctuation, groups with
 * alternatives and the quantifiers; classes, the dot, anchors, class escapes and case-sensitive
 * groups "(?-i:...)" only end a literal. Anything it does not know (look-arounds, other inline
 * flags, back references, \Q...\E)
 * gives null, "no gate", which is always safe. Letters are taken as written, so the answer holds
 * for patterns matched without case folding.
 */
final class RequiredLiterals {
    private final String regex;
    private int pos;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** Literals one of which every match contains, or null when none can be named. */
    static Set<String> of(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Set<String> result = parser.alternation();
            return parser.pos == regex.length() ? result : null;
        } catch (Unknown e) {
            return null;
        }
    }

    /** Thrown on syntax this parser does not follow; the pattern then goes ungated. */
    private static final class Unknown extends Exception {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private Set<String> alternation() throws Unknown {
        Set<String> union = new LinkedHashSet<>();
        boolean gated = true;
        while (true) {
            Set<String> branch = sequence();
            if (branch == null) {
                gated = false;
            } else {
                union.addAll(branch);
            }
            if (pos < regex.length() && regex.charAt(pos) == '|') {
                pos++;
            } else {
                return gated ? union : null;
            }
        }
    }

    /** The best gate of one branch: of all the things it requires, the one with the longest literals. */
    private Set<String> sequence() throws Unknown {
        Set<String> best = null;
        StringBuilder run = new StringBuilder();
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '|' || c == ')') {
                break;
            }
            if (c == '(') {
                best = better(best, flush(run));
                Set<String> group = group();
                if (required(quantifier())) {
                    best = better(best, group);
                }
                continue;
            }
            char literal;
            boolean isLiteral;
            if (c == '\\') {
                if (pos + 1 >= regex.length()) {
                    throw new Unknown();
                }
                char e = regex.charAt(pos + 1);
                pos += 2;
                if (Character.isLetterOrDigit(e)) {
                    skipEscapeArgument(e);
                    isLiteral = false;
                    literal = 0;
                } else {
                    isLiteral = true;
                    literal = e;
                }
            } else if (c == '[') {
                skipClass();
                isLiteral = false;
                literal = 0;
            } else if (c == '.' || c == '^' || c == '$') {
                pos++;
                isLiteral = false;
                literal = 0;
            } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                throw new Unknown();
            } else {
                pos++;
                isLiteral = true;
                literal = c;
            }
            int times = quantifier();
            if (!isLiteral) {
                best = better(best, flush(run));
            } else if (times == ONCE) {
                run.append(literal);
            } else if (required(times)) {
                // the character is there, but what follows need not come straight after it
                run.append(literal);
                best = better(best, flush(run));
            } else {
                best = better(best, flush(run));
            }
        }
        return better(best, flush(run));
    }

    private static final int ONCE = 1;
    private static final int OPTIONAL = 0;
    private static final int REPEATED = 2;

    private static boolean required(int times) {
        return times != OPTIONAL;
    }

    /** Reads a quantifier after an atom, if any, with its lazy or possessive mark. */
    private int quantifier() throws Unknown {
        if (pos >= regex.length()) {
            return ONCE;
        }
        char c = regex.charAt(pos);
        int times;
        if (c == '?' || c == '*') {
            pos++;
            times = OPTIONAL;
        } else if (c == '+') {
            pos++;
            times = REPEATED;
        } else if (c == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unknown();
            }
            int min = minimumOfBounds(pos + 1, close);
            pos = close + 1;
            times = min == 0 ? OPTIONAL : REPEATED;
        } else {
            return ONCE;
        }
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
        return times;
    }

    /**
     * The lower bound of a "{n}", "{n,}" or "{n,m}" quantifier whose digits lie between
     * {@code from} and {@code to}. Read by hand: this runs at start-up, where a regular
     * expression per quantifier would cost more than the whole parse.
     */
    private int minimumOfBounds(int from, int to) throws Unknown {
        int i = from;
        int min = 0;
        while (i < to && Character.isDigit(regex.charAt(i))) {
            min = min * 10 + (regex.charAt(i) - '0');
            i++;
        }
        if (i == from) {
            throw new Unknown();
        }
        if (i < to && regex.charAt(i) == ',') {
            i++;
            while (i < to && Character.isDigit(regex.charAt(i))) {
                i++;
            }
        }
        if (i != to) {
            throw new Unknown();
        }
        return min;
    }

    private Set<String> group() throws Unknown {
        pos++;
        // letters inside a case-sensitive group are matched differently: read past, name none
        boolean caseSensitive = regex.startsWith("?-i:", pos);
        if (regex.startsWith("?:", pos)) {
            pos += 2;
        } else if (caseSensitive) {
            pos += 4;
        } else if (pos < regex.length() && regex.charAt(pos) == '?') {
            throw new Unknown();
        }
        Set<String> inner = alternation();
        if (pos >= regex.length() || regex.charAt(pos) != ')') {
            throw new Unknown();
        }
        pos++;
        return caseSensitive ? null : inner;
    }

    private void skipEscapeArgument(char e) throws Unknown {
        switch (e) {
            case 'p': case 'P':
                if (pos < regex.length() && regex.charAt(pos) == '{') {
                    int close = regex.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unknown();
                    }
                    pos = close + 1;
                } else {
                    pos++;
                }
                return;
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'b': case 'B':
            case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                return;
            default:
                // quoting, hex and Unicode escapes, named groups, back references, \t and the like: not followed
                throw new Unknown();
        }
    }

    private void skipClass() throws Unknown {
        int depth = 0;
        while (pos < regex.length()) {
            char c = regex.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            pos++;
            if (c == '[') {
                depth++;
                // a ']' straight after the opening (or after '^') is a member, not the end
                if (pos < regex.length() && regex.charAt(pos) == '^') {
                    pos++;
                }
                if (pos < regex.length() && regex.charAt(pos) == ']') {
                    pos++;
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return;
                }
            }
        }
        throw new Unknown();
    }

    private static Set<String> flush(StringBuilder run) {
        if (run.length() == 0) {
            return null;
        }
        Set<String> one = Set.of(run.toString());
        run.setLength(0);
        return one;
    }

    /** The more selective gate: the one whose shortest literal is longest. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int ma = shortest(a);
        int mb = shortest(b);
        if (ma != mb) {
            return ma > mb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int shortest(Set<String> literals) {
        int min = Integer.MAX_VALUE;
        for (String s : literals) {
            min = Math.min(min, s.length());
        }
        return min;
    }
}
