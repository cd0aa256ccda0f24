package io.newsclean.batch;

import java.util.Locale;

/**
 * The output names already given out in one folder of a walk, so that {@code b.txt} met after
 * {@code b.html} keeps its whole name instead of overwriting {@code b.json}.
 *
 * <p>A folder may hold millions of pages, so names are kept as 64-bit hashes in an open-addressed
 * table: 16 bytes a file at most. A hash collision only costs one output a longer name. Names are
 * compared without case, since a case-insensitive file system would merge {@code B.json} and
 * {@code b.json}.
 */
final class TakenStems {
    private static final long EMPTY = 0;

    private long[] slots = new long[16];
    private int size;

    /** Takes the name; false when it was already taken. */
    boolean take(String stem) {
        if (size * 2 >= slots.length) {
            grow();
        }
        return insert(slots, hash(stem.toLowerCase(Locale.ROOT)));
    }

    private boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        for (int i = (int) (key ^ (key >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == EMPTY) {
                table[i] = key;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[i] == key) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != EMPTY) {
                insert(slots, key);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a final mix; never 0, which marks an empty slot. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }
}
