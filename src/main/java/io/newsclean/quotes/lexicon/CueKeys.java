package io.newsclean.quotes.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a cue lexicon looks up, each with what it opens: a single-word cue, the phrases that start
 * with it ("said in a statement"), or both. Found from a token's own characters, case-sensitively, so that
 * the scan over every word of every paragraph cuts out no substring. Immutable once built.
 */
final class CueKeys {
    /**
     * One word of the lexicon: whether it is a cue by itself, and the phrases it opens, longest first (an
     * array: most words open none, and a scan over every word should not make an iterator for each).
     */
    record Key(String word, boolean isWord, String[] phrases) {
    }

    private final Key[] table;
    private final int[] hashes;
    private final int mask;

    /**
     * @param words   the single-word cues
     * @param phrases the phrases of several words by their first word, each list longest first
     */
    CueKeys(Set<String> words, Map<String, List<String>> phrases) {
        Set<String> all = new HashSet<>(words);
        all.addAll(phrases.keySet());
        int size = Integer.highestOneBit(Math.max(4, all.size() * 2) - 1) << 1;
        table = new Key[size];
        hashes = new int[size];
        mask = size - 1;
        for (String w : all) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = new Key(w, words.contains(w), phrases.getOrDefault(w, List.of()).toArray(new String[0]));
            hashes[i] = h;
        }
    }

    /** The entry whose word is exactly {@code text[from, to)}, or null. */
    Key get(String text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k); // String.hashCode, without making the substring
        }
        int len = to - from;
        for (int i = spread(h) & mask; table[i] != null; i = (i + 1) & mask) {
            String w = table[i].word();
            if (hashes[i] == h && w.length() == len && text.startsWith(w, from)) {
                return table[i];
            }
        }
        return null;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
