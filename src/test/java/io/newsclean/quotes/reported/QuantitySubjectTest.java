package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.LeadingSubject;
import io.newsclean.quotes.attribution.SpeakerPhrases;
import io.newsclean.quotes.attribution.SubjectBeforeCue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Subjects that open with a count or a share: a group of speakers, named by its whole noun phrase. What the quote
 * pass makes of them is in the speakers table (see QuoteTableTest).
 */
class QuantitySubjectTest {

    private static String subject(String text, String verb) {
        int[] s = LeadingSubject.mainClauseSubject(text, 0, text.indexOf(verb));
        return s == null ? null : text.substring(s[0], s[1]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "About four in ten voters said they were angry.| said|About four in ten voters",
            "Eleven progressive and Muslim organizations are asking her to act.| are|Eleven progressive and Muslim organizations",
            "More than half of the delegates booed the speech.| booed|More than half of the delegates",
            "Six out of 10 Republicans want a new leader.| want|Six out of 10 Republicans",
            "A majority of Democrats backed the plan.| backed|A majority of Democrats",
            "About four in 10 said the economy was weak.| said|About four in 10",
            "Most said it was a mess.| said|Most",
            "(Three senators objected to the vote.)| objected|Three senators",
            "200 protesters chanted outside.| chanted|200 protesters",
            "Many fear Trump will feed insecurity.| will|Many",
            "One operative inside Trump Tower tried to downplay it.| tried|One operative inside Trump Tower"})
    void aCountOpensTheGroupThatSpeaks(String text, String verb, String expected) {
        assertEquals(expected, subject(text, verb));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016 was a year of surprises.| was",
            "One would require a vote of the committee.| would",
            "Four years later he said it again.| he",
            "A '$25 billion mistake' cost the state dearly.| cost",
            "21 buses were waiting outside.| were"})
    void aFigureOrATimeIsNoSpeaker(String text, String verb) {
        assertNull(subject(text, verb));
    }

    @Test
    void aHedgedShareBeforeTheCueIsTheSpeaker() {
        String text = "At least half of voters in each state say the plans are \u201cabout right.\u201d";
        int[] s = SubjectBeforeCue.subjectBefore(text, 0, text.indexOf(" say") + 1);
        assertEquals("At least half of voters in each state", text.substring(s[0], s[1]));
    }

    @Test
    void aPrepositionalPhraseIsStillNoSpeaker() {
        String text = "about the plan";
        assertEquals(false, SpeakerPhrases.isSpeakerLike(text, new int[]{0, text.length()}));
    }
}
