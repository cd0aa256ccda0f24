package io.newsclean.quotes;

import io.newsclean.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

    @Test
    void initialsAfterAnInvertedCueDoNotEndTheName() {
        Quote q = Quotes.find(Quotes.extract(
                "\u201cNo one saw it coming,\u201d says J.J. MacNab, an expert on militias."), "No one");
        assertEquals("J.J. MacNab", q.speakerMention());
        assertEquals("J.J. MacNab", q.speaker());
    }

    @Test
    void anAbbreviationAtTheEndOfAParagraphIsStillCut() {
        assertTrue(MentionParser.isDottedInitials("U.S."));
        assertTrue(MentionParser.isDottedInitials("J.R.R."));
        assertFalse(MentionParser.isDottedInitials("Gen."));
        assertFalse(MentionParser.isDottedInitials("J."));
        assertFalse(MentionParser.isDottedInitials("Jr."));
    }

    @Test
    void aPossessiveDescriptionRunsOnToItsHeadNoun() {
        Quote q = Quotes.find(Quotes.extract(
                "Hillary Clinton\u2019s right-hand woman rallied supporters, saying: \u201cWe have to be ready to stop him.\u201d"),
                "We have");
        assertEquals("Hillary Clinton\u2019s right-hand woman", q.speakerMention());
    }

    @Test
    void aNameSetOffAfterALeadingDescriptionIsTheSpeaker() {
        Quote q = Quotes.find(Quotes.extract(
                "In October, Trump\u2019s Virginia state director, Mike Rubino, reached out to the firm, writing in an email: "
                        + "\u201cWe want to use this soon.\u201d"), "We want");
        assertEquals("Mike Rubino", q.speaker());
    }

    @Test
    void aLeadingDescriptionWithoutANameStaysTheMention() {
        Quote q = Quotes.find(Quotes.extract(
                "Trump\u2019s campaign manager rallied supporters, saying: \u201cWe have to win this state.\u201d"), "We have");
        assertEquals("Trump\u2019s campaign manager", q.speakerMention());
    }

    @Test
    void aFullNameWithALongAffiliationBeforeTheCueIsTheSpeaker() {
        Quote q = Quotes.find(Quotes.extract(
                "\u201cA staged weapon would be a stretch for them,\u201d Jeffrey Lewis of the James Martin Center for "
                        + "Nonproliferation Studies wrote in December."), "A staged");
        assertEquals("Jeffrey Lewis", q.speaker());
        assertEquals("wrote", q.cue());
    }

    @Test
    void aNameInsideAnotherSubjectIsNotTakenForTheSpeaker() {
        Quote q = Quotes.find(Quotes.extract(
                "\u201cA staged weapon would be a stretch for them,\u201d Jeffrey Lewis of the research group and two colleagues "
                        + "at the weapons laboratory in the western desert wrote."), "A staged");
        assertNotEquals("Jeffrey Lewis", q.speaker(), "the of-phrase ends in no organisation's name");
    }

    @Test
    void aTimePhraseBeforeTheCommaIsNoSubject() {
        String text = "Eight years ago, he supported Obama and said it twice.";
        int[] s = MentionParser.leadingSubject(text, 0, text.indexOf(" supported"));
        assertEquals("he", text.substring(s[0], s[1]));
    }

    @Test
    void aSubjectEndingInATimeWordIsKept() {
        String text = "The Democratic National Convention released a statement Wednesday evening, saying it twice.";
        int[] s = MentionParser.leadingSubject(text, 0, text.indexOf(" released"));
        assertEquals("The Democratic National Convention", text.substring(s[0], s[1]));
    }

    @Test
    void anAdverbBeforeAPronounIsNoPartOfTheMention() {
        String text = "Recently she announced";
        int[] s = MentionParser.tailPhrase(text, 0, text.indexOf(" announced"));
        assertEquals("she", text.substring(s[0], s[1]));
        String name = "Kelly Ayotte announced";
        int[] n = MentionParser.tailPhrase(name, 0, name.indexOf(" announced"));
        assertEquals("Kelly Ayotte", name.substring(n[0], n[1]), "a first name in -ly stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Some", "many", "another", "Others"})
    void aLoneQuantifierStandsForPeople(String word) {
        assertTrue(speakerLike(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"the", "this", "that", "every"})
    void aLoneDeterminerIsNoSpeaker(String word) {
        assertFalse(speakerLike(word));
    }

    @Test
    void aQuantifierBeforeTheCueIsTheSpeaker() {
        Quote q = Quotes.find(Quotes.extract("Supporters celebrated late into the night. Some chanted \u201cUSA! USA!\u201d"), "USA");
        assertEquals("Some", q.speakerMention());
    }

    @Test
    void aTitleCaseDatelineWithTheAgencyTagIsNoSubject() {
        String text = "Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe at her rival, saying it was wrong.";
        int[] s = MentionParser.mainClauseSubject(text, 0, text.indexOf(", saying"));
        assertEquals("Democrat Hillary Clinton", text.substring(s[0], s[1]));
    }

    @Test
    void aTitleCaseNameWithoutAnAgencyTagIsTheSubject() {
        String text = "Washington Irving (1783) wrote the tale, saying it was old.";
        assertEquals(0, MentionParser.afterDateline(text, 0, text.length()));
    }

    @Test
    void aPlaceAfterTheCommaClosesTheResidentsTown() {
        String text = "Stacy Baker of Columbia, South Carolina says";
        int[] s = MentionParser.subjectBefore(text, 0, text.indexOf(" says"));
        assertEquals("Stacy Baker", text.substring(s[0], s[1]));
    }

    @Test
    void aPersonAfterTheCommaIsTheSubject() {
        String text = "Without Ann Smith of Columbia, John Doe says";
        int[] s = MentionParser.subjectBefore(text, 0, text.indexOf(" says"));
        assertEquals("John Doe", text.substring(s[0], s[1]));
    }

    @Test
    void theFieldOfAnOfficeJoinsTheTitleToTheName() {
        String text = "Former US secretary of state Madeleine Albright fanned controversy over her remark that "
                + "\u201cthere\u2019s a special place in hell for women who don\u2019t help each other.\u201d";
        int[] s = MentionParser.mainClauseSubject(text, 0, text.indexOf(" fanned"));
        assertEquals("Former US secretary of state Madeleine Albright", text.substring(s[0], s[1]));
        assertEquals("Madeleine Albright", Quotes.extract(text).get(0).speaker());
    }

    @Test
    void anOfPhraseWithItsArticleDoesNotJoinTheNextName() {
        String text = "Trump adviser of the year Tom Lee said it.";
        int[] s = MentionParser.mainClauseSubject(text, 0, text.indexOf(" said"));
        assertEquals("Trump", text.substring(s[0], s[1]));
    }

    @Test
    void aNameInSTakesTheApostropheAloneAsAPossessive() {
        String text = "Sanders\u2019 campaign called the report a \u201crush to judgment,\u201d and moved on.";
        int[] s = MentionParser.mainClauseSubject(text, 0, text.indexOf(" called"));
        assertEquals("Sanders\u2019 campaign", text.substring(s[0], s[1]));
    }

    @Test
    void aNameInSWithoutTheApostropheIsTheSubjectAlone() {
        String text = "Sanders campaigned in Iowa and called it a \u201cwin.\u201d";
        int[] s = MentionParser.mainClauseSubject(text, 0, text.indexOf(" campaigned"));
        assertEquals("Sanders", text.substring(s[0], s[1]));
    }
}
