package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Names;

/**
 * One word of a paragraph, read in place: its text and its folded key are cut out of the paragraph only
 * when first asked for, since the parsers test most words against a word list by key alone.
 */
public final class Word {
    private final String source;
    private final int start;
    private final int end;
    private String text;
    private String lower;

    /** The word {@code source[start, end)}. */
    public Word(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        if (text == null) {
            text = source.substring(start, end);
        }
        return text;
    }

    /** The word in lower case, without a possessive or trailing periods ({@link Names#foldedKey}). */
    public String lower() {
        if (lower == null) {
            lower = Names.foldedKey(source, start, end);
        }
        return lower;
    }
}
