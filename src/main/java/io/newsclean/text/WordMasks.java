package io.newsclean.text;

/**
 * Words, each with a bit mask, looked up by a range of characters without building a string.
 * Open addressing with a mixed hash, kept at most half full, each slot's hash and mask side by
 * side in one array: a word that is not there, which is most words of running text, is turned
 * away by reading one or two neighbouring slots, and a stored word is read only when its hash
 * matches. Filled once, then only read.
 *
 * <p>In front of the table stands a bit per hash value of a few kilobytes, set for every word
 * held: a large table (the stopwords of two dozen languages) is too big to stay in the nearest
 * cache, and most words of running text are not in it, so a look-up that reads one bit from a
 * cache-resident array turns most of them away before touching the table at all.
 */
public final class WordMasks {
    /** Per slot, its word's hash and then its mask; a mask of 0 marks an empty slot. */
    private int[] slots;
    private char[][] keys;
    private int count;
    /** One bit per value of a hash's top bits, set for every word held: four bits per slot. */
    private long[] present;
    private int presentShift;

    /** @param expectedWords how many words will be added; more only costs a resize */
    public WordMasks(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedWords * 2) - 1) << 1;
        slots = new int[2 * capacity];
        keys = new char[capacity][];
        sizeFilter(capacity);
    }

    private void sizeFilter(int capacity) {
        int bits = 4 * capacity;
        present = new long[bits / Long.SIZE];
        presentShift = Integer.SIZE - Integer.numberOfTrailingZeros(bits);
    }

    /** The filter bit of a hash: its top bits, which the slot (its low bits) leaves unused. */
    private boolean mayHold(int hash) {
        int bit = hash >>> presentShift;
        return (present[bit >>> 6] & 1L << bit) != 0;
    }

    private void markHeld(int hash) {
        int bit = hash >>> presentShift;
        present[bit >>> 6] |= 1L << bit;
    }

    /** Adds the bits to the word's mask, adding the word when it is new. */
    public void add(String word, int bits) {
        put(word.toCharArray(), bits, false);
    }

    /**
     * Adds the bits to the word's mask, adding the word when it is new.
     *
     * @param bits not 0: a word is held for the bits it has
     */
    public void add(char[] word, int bits) {
        put(word, bits, true);
    }

    /** @param copy whether the word must be copied when it is held: the caller may change its array */
    private void put(char[] word, int bits, boolean copy) {
        if (bits == 0) {
            throw new IllegalArgumentException("no bits for " + new String(word));
        }
        int hash = hash(word, word.length);
        int slot = slotOf(word, word.length, hash);
        if (slots[2 * slot + 1] == 0) {
            keys[slot] = copy ? word.clone() : word;
            slots[2 * slot] = hash;
            markHeld(hash);
            if (++count * 2 > keys.length) {
                slots[2 * slot + 1] = bits;
                grow();
                return;
            }
        }
        slots[2 * slot + 1] |= bits;
    }

    /**
     * Adds the bits to the mask of the word {@code text[start, end)}, adding the word when it is
     * new: a table read from one long text takes its words without a string for each.
     */
    public void add(String text, int start, int end, int bits) {
        char[] word = new char[end - start];
        text.getChars(start, end, word, 0);
        put(word, bits, false);
    }

    /** How many words are held. */
    public int size() {
        return count;
    }

    /** The mask of the word held in {@code buffer[0, length)}, or 0 when it is not here. */
    public int get(char[] buffer, int length) {
        int hash = hash(buffer, length);
        return mayHold(hash) ? slots[2 * slotOf(buffer, length, hash) + 1] : 0;
    }

    /** The mask of the word {@code text[start, end)}, or 0 when it is not here. */
    public int get(CharSequence text, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int hash = mix(h);
        if (!mayHold(hash)) {
            return 0;
        }
        int last = keys.length - 1;
        int slot = hash & last;
        for (int mask = slots[2 * slot + 1]; mask != 0; mask = slots[2 * slot + 1]) {
            if (slots[2 * slot] == hash && equal(keys[slot], text, start, end)) {
                return mask;
            }
            slot = (slot + 1) & last;
        }
        return 0;
    }

    /** The word's slot, or the empty slot where it would go. */
    private int slotOf(char[] word, int length, int hash) {
        int last = keys.length - 1;
        int slot = hash & last;
        while (slots[2 * slot + 1] != 0) {
            if (slots[2 * slot] == hash && equal(keys[slot], word, length)) {
                return slot;
            }
            slot = (slot + 1) & last;
        }
        return slot;
    }

    private void grow() {
        int[] oldSlots = slots;
        char[][] oldKeys = keys;
        slots = new int[oldSlots.length * 2];
        keys = new char[oldKeys.length * 2][];
        sizeFilter(keys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldSlots[2 * i + 1] != 0) {
                markHeld(oldSlots[2 * i]);
                int slot = slotOf(oldKeys[i], oldKeys[i].length, oldSlots[2 * i]);
                keys[slot] = oldKeys[i];
                slots[2 * slot] = oldSlots[2 * i];
                slots[2 * slot + 1] = oldSlots[2 * i + 1];
            }
        }
    }

    private static boolean equal(char[] key, char[] word, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(char[] key, CharSequence text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != text.charAt(start + i)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] word, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = 31 * h + word[i];
        }
        return mix(h);
    }

    /** The low bits pick the slot: the high ones are mixed in (the finaliser of MurmurHash3). */
    private static int mix(int hash) {
        int h = hash;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
