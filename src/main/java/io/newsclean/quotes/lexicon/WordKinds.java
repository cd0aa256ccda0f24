package io.newsclean.quotes.lexicon;

import java.util.Map;

/**
 * Several word lists merged into one immutable table: each word's lists as bits, found from a token's own
 * characters. A token's key is {@code Names.lower(Names.bare(token))}; for ASCII tokens, nearly all of them,
 * the table folds and hashes the characters in place, so a look-up makes no string. The quote pass asks
 * about every capitalised word of every name several times over ("a title? a function word? a given
 * name?"): one probe answers them all. Thread-safe once built.
 */
public final class WordKinds {
    private final String[] keys;
    private final int[] hashes;
    private final int[] kinds;
    private final int mask;

    /** @param kindsByKey each folded word and its bits; no key is empty */
    WordKinds(Map<String, Integer> kindsByKey) {
        int size = Integer.highestOneBit(Math.max(4, kindsByKey.size() * 2) - 1) << 1;
        keys = new String[size];
        hashes = new int[size];
        kinds = new int[size];
        mask = size - 1;
        for (Map.Entry<String, Integer> e : kindsByKey.entrySet()) {
            int h = e.getKey().hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            kinds[i] = e.getValue();
        }
    }

    /** One word list as a table, for {@link #contains}. */
    public static WordKinds members(java.util.Set<String> words) {
        Map<String, Integer> kinds = new java.util.HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kinds.put(w, 1);
            }
        }
        return new WordKinds(kinds);
    }

    /** Whether the key of the token {@code text[from, to)} is in the list; the empty key never is. */
    public boolean contains(String text, int from, int to) {
        return of(text, from, to) != 0;
    }

    /** The bits of the token's key; 0 when it is in no list. */
    int of(String token) {
        return of(token, 0, token.length());
    }

    /** The bits of the key of the token {@code text[from, to)}; 0 when it is in no list. */
    int of(String text, int from, int to) {
        int end = bareEnd(text, from, to);
        int h = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 && !Names.isCaselessPunctuation(c)) {
                return ofKey(Names.lower(text.substring(from, end))); // full Unicode folding, as Names.lower does
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && sameFolded(keys[i], text, from, end)) {
                return kinds[i];
            }
        }
        return 0;
    }

    /** The bits of a key already folded. */
    int ofKey(String key) {
        int h = key.hashCode();
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return kinds[i];
            }
        }
        return 0;
    }

    /** Where {@link Names#bare} would end the token: without a possessive, a final apostrophe or trailing periods. */
    static int bareEnd(String text, int from, int to) {
        int e = to;
        char last = e > from ? text.charAt(e - 1) : ' ';
        if (e - from >= 2 && last == 's' && isApostrophe(text.charAt(e - 2))) {
            e -= 2;
        } else if (isApostrophe(last)) {
            e--;
        }
        while (e > from && text.charAt(e - 1) == '.') {
            e--;
        }
        return e;
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '\'';
    }

    private static boolean sameFolded(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != key.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
