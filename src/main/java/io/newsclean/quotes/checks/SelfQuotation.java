package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.Locale;
import java.util.Set;

/**
 * On a page that quotes no one else, a quotation the author gives to themselves ("That's why I always
 * tell my clients: “an open face is a happy face!”", "in our review, where we called it “a compelling
 * option”") is the author repeating their own advice or review, not a report of speech. Where the page
 * reports other people, a first-person attribution is kept: a reporter's "“Okay,” I said" stands among
 * the quotes of the people interviewed. So is, anywhere, a whole quotation with a cue in the past tense:
 * a memoir's "“I was seventeen when I came here,” I said" narrates words spoken aloud in a scene, where
 * habitual advice ("I tell my clients") and the author's own labels (a fragment) are the author's voice.
 */
public final class SelfQuotation implements SpeechCheck {
    /** Past forms of speech verbs that do not end in "-ed". */
    private static final Set<String> PAST_FORMS = QuoteWords.QUOTES.set("self-quotation.irregular-past");

    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() != QuoteType.INDIRECT && page.quotesNoOne() && AuthorsOwnWords.isAuthorsOwn(q)
                && (q.type() == QuoteType.PARTIAL || q.cue() != null && !isPastTense(q.cue()));
    }

    /** "said", "asked", "told": a scene the author narrates, not advice they repeat ("I always tell"). */
    static boolean isPastTense(String cue) {
        String lower = cue.toLowerCase(Locale.ROOT);
        return lower.endsWith("ed") || PAST_FORMS.contains(lower);
    }
}
