package io.newsclean.quotes.text;

import java.util.Arrays;

/**
 * The letter runs of one paragraph, found in one pass over its characters: the words the cue scan and
 * the name scan read. Each scan used to walk every character of the paragraph on its own; now both step
 * from word to word. A letter is an ASCII letter or a {@link Character#isLetter(char) letter} of any
 * script, one UTF-16 unit at a time, as {@code Cues.find} reads them. Immutable.
 */
public final class Tokens {
    private final int[] bounds;
    private final int count;

    private Tokens(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    /** Every maximal run of letters in {@code text}, in order. */
    public static Tokens of(String text) {
        int n = text.length();
        int[] bounds = new int[Math.max(8, n / 3)];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isLetter(text.charAt(j))) {
                j++;
            }
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = i;
            bounds[2 * count + 1] = j;
            count++;
            i = j + 1; // the character at j is no letter
        }
        return new Tokens(bounds, count);
    }

    /** How many letter runs the paragraph has. */
    public int size() {
        return count;
    }

    /** Where the {@code k}-th letter run starts. */
    public int start(int k) {
        return bounds[2 * k];
    }

    /** Where the {@code k}-th letter run ends (exclusive). */
    public int end(int k) {
        return bounds[2 * k + 1];
    }

    /** {@link Character#isLetter(char)}, answered without the table look-up for ASCII. */
    static boolean isLetter(char c) {
        if (c < 128) {
            int folded = c | 0x20;
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }
}
