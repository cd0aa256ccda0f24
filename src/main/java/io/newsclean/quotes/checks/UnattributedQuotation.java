package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Cues;

/**
 * On a page that quotes no one, a quotation that is its paragraph's only text and has neither a cue nor a
 * speaker ("“Alarming mortality rate”", a definition set in quotation marks) is the page's heading, pull
 * quote, epigraph or example: nobody is said to have said it. Where the page reports people, such a
 * paragraph is a quote-only paragraph whose speaker the text gives elsewhere, and it is kept; so is a
 * quotation with words of the author's around it ("“…” — and the day came sooner than expected"), which
 * may be a reader's or a character's words. A cue right after the quotation with its subject left out
 * ("«…», dijo.") attributes it even so.
 */
public final class UnattributedQuotation implements SpeechCheck {
    /** How far after the closing mark a cue with no subject may stand: a comma, a space, the verb. */
    private static final int CUE_AFTER = 8;

    @Override
    public boolean drops(Quote q, PageVoice page) {
        if (q.type() != QuoteType.DIRECT || q.cue() != null || q.speaker() != null || !page.quotesNoOne()) {
            return false;
        }
        QuoteSpan span = QuoteSpan.of(q, page);
        return span != null && standsAlone(span) && !cueRightAfter(span, page.cues());
    }

    /** Whether nothing but marks, punctuation and space stands around the quotation in its paragraph. */
    private static boolean standsAlone(QuoteSpan span) {
        String text = span.text();
        for (int i = 0; i < text.length(); i++) {
            if ((i < span.open() || i >= span.close()) && Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean cueRightAfter(QuoteSpan span, Cues cues) {
        String text = span.text();
        int close = span.close();
        Cues.Match m = cues.find(text, close, Math.min(text.length(), close + CUE_AFTER + 24));
        if (m == null) {
            return false;
        }
        for (int i = close; i < m.start(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return m.start() - close <= CUE_AFTER;
    }
}
