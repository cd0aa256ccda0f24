package io.newsclean.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings, each with a number, and a way to tell in one pass over a line
 * which of them it contains. Literals are filed under a hash of their first three characters (or
 * all of them, when shorter), so each position of the line is compared only with the few
 * literals that can start there. Immutable.
 */
final class LiteralIndex {
    private static final int BITS = 12;
    private static final int BUCKETS = 1 << BITS;

    private final String[] literals;
    private final int[][] byTriple = new int[BUCKETS][];
    private final int[][] byPair = new int[BUCKETS][];
    private final int[][] bySingle = new int[BUCKETS][];

    private LiteralIndex(List<String> literals) {
        this.literals = literals.toArray(new String[0]);
        List<List<Integer>> triples = new ArrayList<>();
        List<List<Integer>> pairs = new ArrayList<>();
        List<List<Integer>> singles = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            triples.add(new ArrayList<>());
            pairs.add(new ArrayList<>());
            singles.add(new ArrayList<>());
        }
        for (int id = 0; id < this.literals.length; id++) {
            String literal = this.literals[id];
            if (literal.length() == 1) {
                singles.get(single(literal.charAt(0))).add(id);
            } else if (literal.length() == 2) {
                pairs.get(pair(literal.charAt(0), literal.charAt(1))).add(id);
            } else {
                triples.get(triple(literal.charAt(0), literal.charAt(1), literal.charAt(2))).add(id);
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            byTriple[b] = toArray(triples.get(b));
            byPair[b] = toArray(pairs.get(b));
            bySingle[b] = toArray(singles.get(b));
        }
    }

    /** Numbers the distinct literals in the order first seen. */
    static final class Builder {
        private final Map<String, Integer> ids = new LinkedHashMap<>();

        /** The literal's number, given a new one when first seen. */
        int id(String literal) {
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            return ids.computeIfAbsent(literal, k -> ids.size());
        }

        LiteralIndex build() {
            return new LiteralIndex(new ArrayList<>(ids.keySet()));
        }
    }

    int size() {
        return literals.length;
    }

    /** The numbers of the literals that occur in the text, each once, in no particular order. */
    int[] present(String text) {
        int[] found = new int[8];
        int count = 0;
        boolean[] seen = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char c1 = i + 1 < n ? text.charAt(i + 1) : 0;
            int[] ones = bySingle[single(c)];
            int[] twos = i + 1 < n ? byPair[pair(c, c1)] : NONE;
            int[] longer = i + 2 < n ? byTriple[triple(c, c1, text.charAt(i + 2))] : NONE;
            if (ones.length == 0 && twos.length == 0 && longer.length == 0) {
                continue;
            }
            if (seen == null) {
                seen = new boolean[literals.length];
            }
            for (int id : ones) {
                if (!seen[id] && literals[id].charAt(0) == c) {
                    seen[id] = true;
                    found = add(found, count++, id);
                }
            }
            for (int id : twos) {
                if (!seen[id] && literals[id].charAt(0) == c && literals[id].charAt(1) == c1) {
                    seen[id] = true;
                    found = add(found, count++, id);
                }
            }
            for (int id : longer) {
                if (!seen[id] && text.startsWith(literals[id], i)) {
                    seen[id] = true;
                    found = add(found, count++, id);
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static final int[] NONE = new int[0];

    private static int[] add(int[] array, int at, int value) {
        int[] target = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        target[at] = value;
        return target;
    }

    private static int single(char c) {
        return (c * 0x9E3779B1) >>> (32 - BITS);
    }

    private static int pair(char a, char b) {
        return ((a * 65599 + b) * 0x9E3779B1) >>> (32 - BITS);
    }

    private static int triple(char a, char b, char c) {
        return (((a * 65599 + b) * 65599 + c) * 0x9E3779B1) >>> (32 - BITS);
    }

    private static int[] toArray(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "LiteralIndex" + Arrays.toString(literals);
    }
}
