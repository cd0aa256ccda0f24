package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;

/**
 * A quoted span that is one token with the marks of an address or an identifier in it
 * ("http://tools.ietf.org/html/rfc6750", "status_window", "user@example.com", "a=b") is a URL, a path, a
 * name in code or a setting, never anyone's words. Words with spaces between them, and abbreviations
 * ("U.S."), are prose.
 */
public final class NonProseQuote implements SpeechCheck {
    /** Characters prose words do not carry inside them but addresses and identifiers do. */
    private static final String NON_PROSE = "/_@=#\\<>{}|";

    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() != QuoteType.INDIRECT && isNonProse(q.text());
    }

    static boolean isNonProse(String text) {
        String t = text.strip();
        boolean marked = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            marked |= NON_PROSE.indexOf(c) >= 0;
        }
        return marked;
    }
}
