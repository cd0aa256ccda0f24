package io.newsclean.quotes.text;

/**
 * Steps through the words of a stretch of text: runs of letters and digits, joined by inner
 * periods, apostrophes, "&amp;" or hyphens ("U.S.", "O’Brien", "AT&amp;T", "co-founder"), with one
 * trailing period ("Gen."). The attribution parsers walk words around every cue of every
 * paragraph, so this is a plain loop rather than a regular expression. Not thread-safe; cheap to
 * make, one per walk.
 */
public final class WordCursor {
    private final String text;
    private final int limit;
    private int start = -1;
    private int end;

    /** A cursor over the words lying wholly in {@code text[from, limit)}. */
    public WordCursor(String text, int from, int limit) {
        this.text = text;
        this.limit = limit;
        this.end = from;
    }

    /** Moves to the next word; false when there is none before the limit. */
    public boolean next() {
        int i = end;
        while (i < limit && !isLetterOrNumber(text, i, limit)) {
            i++;
        }
        if (i >= limit) {
            return false;
        }
        start = i;
        end = wordEnd(i);
        return true;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String word() {
        return text.substring(start, end);
    }

    /** The word's key for the word lists ({@link io.newsclean.quotes.lexicon.Names#foldedKey}), cut out once. */
    public String key() {
        return io.newsclean.quotes.lexicon.Names.foldedKey(text, start, end);
    }

    private int wordEnd(int from) {
        int j = lettersEnd(from);
        while (j + 1 < limit && isJoiner(text.charAt(j)) && isLetterOrNumber(text, j + 1, limit)) {
            j = lettersEnd(j + 1);
        }
        return j < limit && text.charAt(j) == '.' ? j + 1 : j;
    }

    private int lettersEnd(int from) {
        int j = from;
        while (j < limit && isLetterOrNumber(text, j, limit)) {
            j += Character.isHighSurrogate(text.charAt(j)) ? 2 : 1;
        }
        return Math.min(j, limit);
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '\'' || c == '’' || c == '&' || c == '-';
    }

    /** Whether a letter or a number (any Unicode category L or N) starts at {@code i}. */
    static boolean isLetterOrNumber(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = Character.isHighSurrogate(c) && i + 1 < limit ? Character.codePointAt(text, i) : c;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
