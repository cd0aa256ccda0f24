package io.newsclean.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of literal strings, each with a number, and a way to tell in one pass over a line
 * which of them it contains. Literals of four characters or more are filed under a hash of their
 * first four, three-character ones under a hash of their three, so each position of the line is
 * compared only with the few literals that can start there. Four characters, not three, because
 * many phrases in many languages share a start ("con…": continue, connexion, contenu, contact…)
 * and a common syllable of running text would otherwise be compared with all of them. The few
 * shorter literals are searched for one by one. Immutable.
 */
final class LiteralIndex {
    private static final int BITS = 12;
    private static final int BUCKETS = 1 << BITS;
    private static final int[] NONE = new int[0];

    private final String[] literals;
    /** Literals of four characters or more, filed under a hash of their first four. */
    private final int[][] byQuad;
    /** Literals of three characters, filed under a hash of them; null when there are none. */
    private final int[][] byTriple;
    /** The few shorter ones, each simply searched for. */
    private final int[] shortOnes;

    private LiteralIndex(List<String> literals) {
        this.literals = literals.toArray(new String[0]);
        int[] bucketOf = new int[this.literals.length];
        int[] quadCounts = new int[BUCKETS];
        int[] tripleCounts = new int[BUCKETS];
        int shorter = 0;
        int triples = 0;
        for (int id = 0; id < this.literals.length; id++) {
            String literal = this.literals[id];
            if (literal.length() < 3) {
                bucketOf[id] = -1;
                shorter++;
            } else if (literal.length() == 3) {
                bucketOf[id] = triple(literal, 0);
                tripleCounts[bucketOf[id]]++;
                triples++;
            } else {
                bucketOf[id] = quad(literal, 0);
                quadCounts[bucketOf[id]]++;
            }
        }
        // counted first and filled in a second pass: this runs at start-up, before the JIT has
        // compiled anything, where a list per bucket costs more than the rest of the loading
        byQuad = emptyTable();
        byTriple = triples == 0 ? null : emptyTable();
        int[] quadFilled = new int[BUCKETS];
        int[] tripleFilled = new int[BUCKETS];
        shortOnes = new int[shorter];
        int s = 0;
        for (int id = 0; id < this.literals.length; id++) {
            int bucket = bucketOf[id];
            int length = this.literals[id].length();
            if (bucket < 0) {
                shortOnes[s++] = id;
            } else if (length == 3) {
                file(byTriple, tripleCounts, tripleFilled, bucket, id);
            } else {
                file(byQuad, quadCounts, quadFilled, bucket, id);
            }
        }
    }

    private static int[][] emptyTable() {
        int[][] table = new int[BUCKETS][];
        Arrays.fill(table, NONE);
        return table;
    }

    private static void file(int[][] table, int[] counts, int[] filled, int bucket, int id) {
        if (table[bucket] == NONE) {
            table[bucket] = new int[counts[bucket]];
        }
        table[bucket][filled[bucket]++] = id;
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
        Hits hits = new Hits();
        for (int id : shortOnes) {
            if (text.contains(literals[id])) {
                hits.add(id);
            }
        }
        int n = text.length();
        if (n < 3) {
            return hits.ids();
        }
        // the window's three and four leading characters are hashed as triple() and quad() do, each
        // character read once as the window slides
        char c1 = text.charAt(0);
        char c2 = text.charAt(1);
        for (int i = 0; i + 3 <= n; i++) {
            char c0 = c1;
            c1 = c2;
            c2 = text.charAt(i + 2);
            int h3 = (c0 * 65599 + c1) * 65599 + c2;
            if (i + 4 <= n) {
                hits.addStartingAt(byQuad[bucket(h3 * 65599 + text.charAt(i + 3))], literals, text, i);
            }
            if (byTriple != null) {
                hits.addStartingAt(byTriple[bucket(h3)], literals, text, i);
            }
        }
        return hits.ids();
    }

    /**
     * The literals found so far in one text. A line holds a handful at most, so a repeat is found
     * by looking through them, not in a table the size of the whole set built for every line.
     */
    private static final class Hits {
        private int[] found = new int[8];
        private int count;

        void addStartingAt(int[] candidates, String[] literals, String text, int at) {
            for (int id : candidates) {
                if (text.startsWith(literals[id], at) && !has(id)) {
                    add(id);
                }
            }
        }

        private boolean has(int id) {
            for (int i = 0; i < count; i++) {
                if (found[i] == id) {
                    return true;
                }
            }
            return false;
        }

        void add(int id) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = id;
        }

        int[] ids() {
            return Arrays.copyOf(found, count);
        }
    }

    private static int triple(String text, int at) {
        return bucket((text.charAt(at) * 65599 + text.charAt(at + 1)) * 65599 + text.charAt(at + 2));
    }

    private static int quad(String text, int at) {
        return bucket(((text.charAt(at) * 65599 + text.charAt(at + 1)) * 65599 + text.charAt(at + 2)) * 65599
                + text.charAt(at + 3));
    }

    private static int bucket(int hash) {
        return (hash * 0x9E3779B1) >>> (32 - BITS);
    }

    @Override
    public String toString() {
        return "LiteralIndex" + Arrays.toString(literals);
    }
}
