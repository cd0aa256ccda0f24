package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.lexicon.Names;

import java.util.Set;

/**
 * The author's own words are not reported speech: reported speech whose attribution is "I", "we", "my …"
 * or "our …" is the author's view ("I think this will sell out", "we want to test it"). First person
 * inside a quotation is the speaker's and is never asked about here.
 */
public final class AuthorsOwnWords implements SpeechCheck {
    /** First-person words that make an attribution the author's own (pronouns, a closed class). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");

    @Override
    public boolean drops(Quote q, PageVoice page) {
        return q.type() == QuoteType.INDIRECT && isAuthorsOwn(q);
    }

    /** Whether the words naming the speaker open with a first-person word ("I", "We’re", "my toddler"). */
    public static boolean isAuthorsOwn(Quote q) {
        String mention = q.speakerMention();
        if (mention == null) {
            return false;
        }
        int start = 0;
        while (start < mention.length() && !Character.isLetter(mention.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < mention.length() && Character.isLetter(mention.charAt(end))) {
            end++;
        }
        return FIRST_PERSON.contains(Names.lower(mention.substring(start, end)));
    }
}
