package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;

/**
 * News reports beliefs, intentions, findings and impressions as speech ("Chelsea hope to announce it today",
 * "the video shows …", "it seems …"), and the quote finder follows news there. A page that is not a news report
 * ({@link PageVoice#mayBeNews}) uses the same verbs in its own voice: "the app supports Atmos", "studies
 * show that …", "they wanted to reach …" narrate or argue, they report no one. There, reported speech needs
 * what makes it speech on any page: a verb of saying ("said", "told", "according to") and a speaker.
 */
public final class ReportOutsideNews implements SpeechCheck {
    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() == QuoteType.INDIRECT && !page.mayBeNews()
                && (q.speaker() == null || q.cue() == null || !page.isSaying(q.cue()));
    }
}
