package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Names;

/** One word of a paragraph, with its folded key worked out on first use: the parsers ask for it again and again. */
public final class Word {
    private final int start;
    private final int end;
    private final String text;
    private String lower;

    public Word(int start, int end, String text) {
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    /** The word in lower case, without a possessive or trailing periods. */
    public String lower() {
        if (lower == null) {
            lower = Names.lower(Names.bare(text));
        }
        return lower;
    }
}
