package io.newsclean.extract;

import io.newsclean.text.LanguageGuesser;

/**
 * The page's language: what the markup declares when the text agrees, else what the text is.
 * Templates declare a language once for a whole site ("en" on a German page), and many pages
 * declare none; the text's own stopwords are the better witness, and the declaration only
 * breaks the case where the text is too short or too mixed to tell.
 */
public final class LanguageChoice {
    /** Enough text to tell a language from its stopwords; more only costs time. */
    public static final int SAMPLE_CHARS = 6000;

    private LanguageChoice() {
    }

    /**
     * @param declared ISO 639-1 code from the markup, or null
     * @param text     the article's text (only its first {@link #SAMPLE_CHARS} are read, so a caller
     *                 need not gather more)
     */
    public static String of(String declared, CharSequence text) {
        CharSequence sample = text.length() > SAMPLE_CHARS ? text.subSequence(0, SAMPLE_CHARS) : text;
        String guessed = LanguageGuesser.guess(sample);
        return guessed != null ? guessed : declared;
    }
}
