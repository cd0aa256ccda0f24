package io.newsclean.text;

/**
 * Words, each with a bit mask, looked up by a range of characters without building a string.
 * Open addressing with a mixed hash, kept at most a quarter full, and each slot's hash stored
 * beside it: a word that is not there, which is most words of running text, is turned away after
 * one or two probes without reading a stored word. Filled once, then only read.
 */
public final class WordMasks {
    private char[][] keys;
    private int[] hashes;
    private int[] masks;
    private int count;

    /** @param expectedWords how many words will be added; more only costs a resize */
    public WordMasks(int expectedWords) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedWords * 4) - 1) << 1;
        keys = new char[capacity][];
        hashes = new int[capacity];
        masks = new int[capacity];
    }

    /** Adds the bits to the word's mask, adding the word when it is new. */
    public void add(String word, int bits) {
        add(word.toCharArray(), bits);
    }

    /** Adds the bits to the word's mask, adding the word when it is new. */
    public void add(char[] word, int bits) {
        int hash = hash(word, word.length);
        int slot = slotOf(word, word.length, hash);
        if (keys[slot] == null) {
            keys[slot] = word.clone();
            hashes[slot] = hash;
            if (++count * 4 > keys.length) {
                grow();
            }
            slot = slotOf(word, word.length, hash);
        }
        masks[slot] |= bits;
    }

    /** The mask of the word held in {@code buffer[0, length)}, or 0 when it is not here. */
    public int get(char[] buffer, int length) {
        int hash = hash(buffer, length);
        return masks[slotOf(buffer, length, hash)];
    }

    /** The mask of the word {@code text[start, end)}, or 0 when it is not here. */
    public int get(CharSequence text, int start, int end) {
        int h = end - start;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int hash = mix(h);
        int last = keys.length - 1;
        int slot = hash & last;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && equal(key, text, start, end)) {
                return masks[slot];
            }
            slot = (slot + 1) & last;
        }
        return 0;
    }

    private int slotOf(char[] word, int length, int hash) {
        int last = keys.length - 1;
        int slot = hash & last;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == hash && equal(key, word, length)) {
                return slot;
            }
            slot = (slot + 1) & last;
        }
        return slot;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldMasks = masks;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[keys.length];
        masks = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slotOf(oldKeys[i], oldKeys[i].length, oldHashes[i]);
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                masks[slot] = oldMasks[i];
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
