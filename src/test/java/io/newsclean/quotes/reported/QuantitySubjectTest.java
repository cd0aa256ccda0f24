package io.newsclean.quotes.reported;

import io.newsclean.model.Quote;
import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.attribution.LeadingSubject;
import io.newsclean.quotes.attribution.SpeakerPhrases;
import io.newsclean.quotes.attribution.SubjectBeforeCue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Subjects that open with a count or a share: a group of speakers, named by its whole noun phrase. */
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

    @Test
    void aQuotedFragmentFramedByAShareGoesToTheShare() {
        Quote q = Quotes.find(Quotes.extract("Turnout was high. About four in 10 said they were \u201cangry\u201d with Washington."),
                "angry");
        assertEquals("About four in 10", q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corporate lobbyists describe such work as \u201ca different cup of tea\u201d in town.|Corporate lobbyists",
            "Sanders supporters are crying \u201cfraud\u201d over the count.|Sanders supporters",
            "Eleven progressive and Muslim organizations asked her to reject a general who urged them to \u201csegregate\u201d radicals.|Eleven progressive and Muslim organizations"})
    void aCapitalisedQualifierOrACountOpensTheGroup(String text, String expected) {
        Quote q = Quotes.extract(text).get(0);
        assertEquals(expected, q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Clinton says voters are \u201ctired\u201d of the fight.|Clinton",
            "Clinton describes such work as \u201ca different cup of tea\u201d in town.|Clinton"})
    void aNameFollowedByItsVerbStaysTheSpeaker(String text, String expected) {
        Quote q = Quotes.extract(text).get(0);
        assertEquals(expected, q.speaker());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Several senior Democrats with longtime ties to both Clintons cited another \u201ctrap\u201d debate.|Several senior Democrats with longtime ties to both Clintons",
            "Donald Trump spoke first. \u201cWe will be back next year,\u201d one Trump aide said.|one Trump aide"})
    void aGroupIsNeverThePersonNamedInsideIt(String text, String expected) {
        List<Quote> quotes = Quotes.extract(text);
        assertEquals(expected, quotes.get(quotes.size() - 1).speaker());
    }

    @Test
    void aTitleThatLooksLikeACountStillLeadsToTheName() {
        List<Quote> quotes = Quotes.extract("Majority Leader Mitch McConnell met the judge. \u201cThe Senate will not act,\u201d "
                + "Majority Leader Mitch McConnell said.");
        assertEquals("Mitch McConnell", quotes.get(0).speaker());
    }

    @Test
    void aPlacePhraseBeforeTheCommaIsNoSubject() {
        Quote q = Quotes.extract("Outside the sports arena, about 200 protesters congregated in three clusters, holding signs and "
                + "chanting \u201cDump Trump.\u201d").get(0);
        assertEquals("about 200 protesters", q.speaker());
    }

    @Test
    void twoOfficesJoinedByAndLeadToTheName() {
        Quote q = Quotes.extract("Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey on TV, "
                + "calling it a \u201cno-brainer\u201d to prosecute.").get(0);
        assertEquals("Rudy Giuliani", q.speaker());
    }

    @Test
    void aNameBeforeItsVerbStillOpensTheSentence() {
        Quote q = Quotes.extract("Giuliani trashed Comey on TV, calling it a \u201cno-brainer\u201d to prosecute.").get(0);
        assertEquals("Giuliani", q.speaker());
    }
}
