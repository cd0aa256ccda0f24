package io.newsclean.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings, each with a number, and a way to tell in one pass over a line
 * which of them it contains. Literals are filed under a hash of their first three characters, so
 * each position of the line is compared only with the few literals that can start there; the
 * few shorter literals are searched for one by one. Immutable.
 */
final class LiteralIndex {
    private static final int BITS = 12;
    private static final int BUCKETS = 1 << BITS;

    private final String[] literals;
    /** Literals of three characters or more, filed under a hash of their first three. */
    private final int[][] byTriple = new int[BUCKETS][];
    /** The few shorter ones, each simply searched for. */
    private final int[] shortOnes;

    private static final int[] NONE = new int[0];

    private LiteralIndex(List<String> literals) {
        this.literals = literals.toArray(new String[0]);
        // counted first and filled in a second pass: this runs at start-up, before the JIT has
        // compiled anything, where a list per bucket costs more than the rest of the loading
        int[] bucketOf = new int[this.literals.length];
        int[] perBucket = new int[BUCKETS];
        int shorter = 0;
        for (int id = 0; id < this.literals.length; id++) {
            String literal = this.literals[id];
            if (literal.length() < 3) {
                bucketOf[id] = -1;
                shorter++;
            } else {
                bucketOf[id] = triple(literal.charAt(0), literal.charAt(1), literal.charAt(2));
                perBucket[bucketOf[id]]++;
            }
        }
        Arrays.fill(byTriple, NONE);
        int[] filled = new int[BUCKETS];
        shortOnes = new int[shorter];
        int s = 0;
        for (int id = 0; id < this.literals.length; id++) {
            int bucket = bucketOf[id];
            if (bucket < 0) {
                shortOnes[s++] = id;
            } else {
                if (byTriple[bucket] == NONE) {
                    byTriple[bucket] = new int[perBucket[bucket]];
                }
                byTriple[bucket][filled[bucket]++] = id;
            }
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
            Integer id = ids.get(literal);
            if (id == null) {
                id = ids.size();
                ids.put(literal, id);
            }
            return id;
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
        for (int id : shortOnes) {
            if (text.contains(literals[id])) {
                found = add(found, count++, id);
            }
        }
        boolean[] seen = null;
        int last = text.length() - 2;
        for (int i = 0; i < last; i++) {
            int[] ids = byTriple[triple(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2))];
            if (ids.length == 0) {
                continue;
            }
            if (seen == null) {
                seen = new boolean[literals.length];
            }
            for (int id : ids) {
                if (!seen[id] && text.startsWith(literals[id], i)) {
                    seen[id] = true;
                    found = add(found, count++, id);
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int[] add(int[] array, int at, int value) {
        int[] target = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
        target[at] = value;
        return target;
    }

    private static int triple(char a, char b, char c) {
        return (((a * 65599 + b) * 65599 + c) * 0x9E3779B1) >>> (32 - BITS);
    }

    @Override
    public String toString() {
        return "LiteralIndex" + Arrays.toString(literals);
    }
}
