package io.newsclean.quotes;

import io.newsclean.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the mention parser takes for the words that name a speaker, and the look-alikes it leaves. */
class MentionParserTest {

    private static boolean speakerLike(String text) {
        return MentionParser.isSpeakerLike(text, new int[]{0, text.length()});
    }

    @ParameterizedTest
    @ValueSource(strings = {"pointing to bottles of Coca-Cola and", "decried Trump’s repeated", "noting the size of the crowd",
            "appeared on several email chains", "called again for President Obama", "fostered by Trump and others"})
    void aVerbWithItsObjectIsNoSpeaker(String fragment) {
        assertFalse(speakerLike(fragment));
    }

    @ParameterizedTest
    @ValueSource(strings = {"retired general Michael Flynn", "elected officials in Ohio", "unnamed officials in Kabul",
            "the morning host", "leading Democrats"})
    void aParticipleBeforeItsNounIsPartOfTheMention(String mention) {
        assertTrue(speakerLike(mention));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The next day", "A month", "Each election cycle", "Two weeks later"})
    void aStretchOfTimeIsNoSpeaker(String phrase) {
        assertFalse(speakerLike(phrase));
    }

    @Test
    void aTimeWordInsideANameStaysAName() {
        assertTrue(speakerLike("The New York Times"));
        assertTrue(speakerLike("the Times"));
    }

    @Test
    void aParticipialAsideIsSkippedForTheNameBeforeIt() {
        Quote q = Quotes.find(Quotes.extract(
                "But Sen. Richard Durbin (D-Ill.), noting the size of Sanders's following, said, \u201cHe has a heck of an email list.\u201d"),
                "He has");
        assertEquals("Richard Durbin", q.speaker());
        assertEquals("Sen. Richard Durbin", q.speakerMention());
        assertEquals(io.newsclean.model.QuoteType.DIRECT, q.type());
    }
}
