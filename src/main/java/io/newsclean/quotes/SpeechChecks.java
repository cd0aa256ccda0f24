package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.quotes.checks.AuthorsOwnWords;
import io.newsclean.quotes.checks.DataLiteral;
import io.newsclean.quotes.checks.NonProseQuote;
import io.newsclean.quotes.checks.NamedTerm;
import io.newsclean.quotes.checks.PageVoice;
import io.newsclean.quotes.checks.ReportOutsideNews;
import io.newsclean.quotes.checks.SelfQuotation;
import io.newsclean.quotes.checks.SpeakerlessFragment;
import io.newsclean.quotes.checks.TitleOutsideNews;
import io.newsclean.quotes.checks.SpeechCheck;
import io.newsclean.quotes.checks.UncuedFragment;
import io.newsclean.quotes.checks.UnattributedQuotation;
import io.newsclean.quotes.lexicon.Cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last stage: what a found quote needs to count as someone's speech on any kind of page, not only in
 * news. A how-to, a review or a blog puts terms, titles and scare quotes between quotation marks and
 * speaks in its own voice ("I think", "we want to"); news reports others. The checks read the page's
 * quotes as a whole first ({@link PageVoice}); a quote any check drops is dropped.
 */
final class SpeechChecks {
    private static final List<SpeechCheck> CHECKS = List.of(
            // Reported speech attributed to "I" or "we" is the author's own view, on any page.
            new AuthorsOwnWords(),
            // Off news, beliefs, intentions and findings are the page's own voice: reported speech needs a verb of saying and a speaker.
            new ReportOutsideNews(),
            // A quotation the author gives to themselves, on a page that quotes no one else.
            new SelfQuotation(),
            // A quoted fragment no cue frames: a term or a scare quote unless the page reports speech near it.
            new UncuedFragment(),
            // Off news, a fragment with no speaker is the page's own term or label.
            new SpeakerlessFragment(),
            // Off news, an uncued fragment in title case names a work or a product, whoever is named beside it.
            new TitleOutsideNews(),
            // A short term right after a passive naming participle ("what's called “X”") names a thing.
            new NamedTerm(),
            // A whole quotation no cue and no speaker attribute, on a page that quotes no one: a pull quote.
            new UnattributedQuotation(),
            // A one-token span with the marks of a URL or an identifier in it is not words.
            new NonProseQuote(),
            // A key or a value of a data literal ("rel": "remotestorage") kept in a paragraph of prose.
            new DataLiteral());

    private SpeechChecks() {
    }

    /**
     * @param framed    the quotes whose fragment a verb frames as words though no cue names the speaker
     * @param cuesKnown whether the cue lexicon reads the page's language; where it does not, no cue is seen
     *                  and the page cannot be told to quote no one
     */
    static List<Quote> keepSpeech(List<String> paragraphs, List<Quote> found, Set<Quote> framed, Cues cues,
                                  boolean cuesKnown) {
        if (found.isEmpty()) {
            return found;
        }
        PageVoice page = PageVoice.of(paragraphs, found, framed, cues, cuesKnown);
        List<Quote> out = new ArrayList<>(found.size());
        for (Quote q : found) {
            if (kept(q, page)) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean kept(Quote q, PageVoice page) {
        for (SpeechCheck check : CHECKS) {
            if (check.drops(q, page)) {
                return false;
            }
        }
        return true;
    }
}
