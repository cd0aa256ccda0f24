package io.newsclean.quotes.text;

/**
 * Looks up the words of a paragraph around an offset: the word before a place, the first word of a stretch,
 * and how many words a span holds.
 */
public final class Words {
    private Words() {
    }

    /** The word that ends at or before {@code end} (skipping spaces), or null if punctuation comes first. */
    public static Word wordBefore(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        if (s == e) {
            return null;
        }
        WordCursor m = new WordCursor(text, s, e);
        if (!m.next()) {
            return null;
        }
        // keep the last word in the chunk
        int ws = m.start();
        int we = m.end();
        while (m.next()) {
            ws = m.start();
            we = m.end();
        }
        if (we != e) {
            return null;
        }
        return new Word(text, ws, we);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-' || c == '&';
    }

    public static Word firstWord(String text, int from, int to) {
        WordCursor m = new WordCursor(text, from, to);
        return m.next() ? new Word(text, m.start(), m.end()) : null;
    }

    /** Words in a span: runs of letters and digits, joined by inner periods, apostrophes, "&" or hyphens. */
    public static int countWords(String text, int[] span) {
        int n = 0;
        boolean in = false;
        for (int i = span[0]; i < span[1]; i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                if (!in) {
                    n++;
                    in = true;
                }
            } else if (c == ' ' || !(in && ".'’&-".indexOf(c) >= 0 && i + 1 < span[1] && isLetterOrDigit(text.charAt(i + 1)))) {
                in = false;
            }
        }
        return n;
    }

    /**
     * Runs of letters and digits in {@code text} from {@code from} to {@code to}, counting no further than
     * {@code atMost}: a rough word count that splits at every other character ("don't" is two).
     */
    public static int letterRuns(String text, int from, int to, int atMost) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < atMost; i++) {
            boolean letter = isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    /** {@link #letterRuns(String, int, int, int)} over the whole of {@code text}. */
    public static int letterRuns(String text) {
        return letterRuns(text, 0, text.length(), Integer.MAX_VALUE);
    }

    /** {@link Character#isLetterOrDigit(char)}, without the table look-up for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            int folded = c | 0x20;
            return folded >= 'a' && folded <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
