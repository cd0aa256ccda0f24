package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Cues;

import java.util.List;
import java.util.Set;

/**
 * What a page's quotes say about the page as a whole: whether it reports other people's words at all,
 * and where. News quotes someone in nearly every article; a how-to, a review, a reference page or a blog
 * often quotes no one and speaks in its own voice, so what looks like speech there ("what's called
 * “X”", "“…,” I told my clients") is the author's term or the author's own words.
 *
 * @param cuedQuotations quotations (not reported speech) attributed by a cue to a speaker
 * @param namedQuotations quotations (not reported speech) a speech cue gives to a named speaker other than
 *                        the author: what a news report has and a how-to, a review or a reference page lacks
 * @param reportedPeople quotes of any type that a speech cue ("said", "told", "according to") gives to a
 *                       named speaker other than the author: the evidence that the page reports speech
 * @param cuedIn         per paragraph, whether a quote there is attributed by a cue to a speaker
 * @param cuesKnown      whether the cue lexicon reads the page's language at all
 * @param paragraphs     the paragraphs the quotes were found in
 * @param framed         the quotes (by identity) whose fragment a verb frames as words though no cue names
 *                       the speaker ("saying “done”")
 * @param cues           the cue lexicon of the page's language
 */
public record PageVoice(int cuedQuotations, int namedQuotations, int reportedPeople, boolean[] cuedIn, boolean cuesKnown,
                        List<String> paragraphs, Set<Quote> framed, Cues cues) {
    /** The paragraphs (headline included) from which a page that quotes no one is taken not to be news. */
    static final int MIN_PARAGRAPHS_TO_TELL = 5;

    public static PageVoice of(List<String> paragraphs, List<Quote> found, Set<Quote> framed, Cues cues,
                               boolean cuesKnown) {
        int cuedQuotations = 0;
        int namedQuotations = 0;
        int reportedPeople = 0;
        int maxParagraph = 0;
        for (Quote q : found) {
            maxParagraph = Math.max(maxParagraph, q.paragraph());
        }
        boolean[] cuedIn = new boolean[maxParagraph + 1];
        for (Quote q : found) {
            if (q.cue() == null || q.speaker() == null) {
                continue;
            }
            cuedIn[q.paragraph()] = true;
            if (q.type() != QuoteType.INDIRECT) {
                cuedQuotations++;
            }
            if (isSpeechCue(q.cue(), cues) && Character.isUpperCase(q.speaker().codePointAt(0))
                    && !AuthorsOwnWords.isAuthorsOwn(q)) {
                reportedPeople++;
                if (q.type() != QuoteType.INDIRECT) {
                    namedQuotations++;
                }
            }
        }
        return new PageVoice(cuedQuotations, namedQuotations, reportedPeople, cuedIn, cuesKnown, paragraphs, framed, cues);
    }

    /**
     * Whether the page gives no one's words to a named person, in a language whose cues are read: it speaks
     * only in its own voice.
     */
    public boolean quotesNoOne() {
        return cuesKnown && reportedPeople == 0;
    }

    /**
     * Whether the page may be a news report: it quotes someone by name between quotation marks, or it is
     * too short to tell (a brief of a few paragraphs may report one statement and quote no one). A page of
     * {@value #MIN_PARAGRAPHS_TO_TELL} paragraphs or more that gives no quotation to a named speaker speaks in
     * its own voice: a how-to, a review, a reference page, a blog post. Where the cues of the page's
     * language are not read, nothing can be told and the page counts as news.
     */
    public boolean mayBeNews() {
        return !cuesKnown || namedQuotations > 0 || paragraphs.size() < MIN_PARAGRAPHS_TO_TELL;
    }

    /** Whether a verb frames this quote's fragment as words though no cue names its speaker. */
    public boolean isFramed(Quote q) {
        return framed.contains(q);
    }

    /** Whether a quote in this paragraph or the one before is attributed by a cue. */
    public boolean cuedNear(int paragraph) {
        return paragraph < cuedIn.length && cuedIn[paragraph] || paragraph > 0 && paragraph - 1 < cuedIn.length && cuedIn[paragraph - 1];
    }

    /** A verb or phrase of saying, telling or writing: not a belief, an intention, a finding or a topic. */
    boolean isSaying(String cue) {
        return cues.isSaying(cue.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isSpeechCue(String cue, Cues cues) {
        String lower = cue.toLowerCase(java.util.Locale.ROOT);
        return cues.isSpeech(lower) || cues.isListener(lower) || cues.inverts(lower);
    }
}
