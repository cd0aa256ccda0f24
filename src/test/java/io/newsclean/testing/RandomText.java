package io.newsclean.testing;

import java.util.Random;

/**
 * Random strings made of a few given pieces, for the tests that check a hand-written fast path
 * against the plain code it replaces: the pieces are the characters and words where the two could
 * disagree, so a few thousand draws reach the corner cases a list of examples would miss.
 */
public final class RandomText {
    private RandomText() {
    }

    /** Fewer than {@code maxPieces} pieces, each drawn from those given. */
    public static String of(Random random, int maxPieces, String... pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxPieces); i > 0; i--) {
            b.append(pieces[random.nextInt(pieces.length)]);
        }
        return b.toString();
    }

    /** Fewer than {@code maxLength} characters, each drawn from the alphabet. */
    public static String ofChars(Random random, int maxLength, String alphabet) {
        String[] pieces = new String[alphabet.length()];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = String.valueOf(alphabet.charAt(i));
        }
        return of(random, maxLength, pieces);
    }
}
