package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;

/**
 * A quoted fragment is someone's words only when the text says whose. News sets the speaker of a fragment
 * further off ("the party's platform, which the senator called …") often enough that a fragment with no
 * speaker is kept there; a page that is no news report ({@link PageVoice#mayBeNews}) puts terms, product
 * names and its own labels in quotation marks ("a “jobs machine”", "their “financial health”"), and a
 * fragment whose speaker nothing names is one of those.
 */
public final class SpeakerlessFragment implements SpeechCheck {
    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() == QuoteType.PARTIAL && q.speaker() == null && !page.mayBeNews();
    }
}
