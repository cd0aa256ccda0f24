package io.newsclean.quotes.find;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which quoted words count as quotes: mistyped marks, fragments framed by a cue, titles, split quotes. */
class QuoteFindingTest {

    @Test
    void anOpeningMarkTypedWhereTheClosingOneBelongsClosesTheQuote() {
        List<Quote> quotes = Quotes.extract(
                "Ted Cruz called the group “abhorrent“ in a tweet on Sunday, and his aides said nothing more.");
        Quote q = Quotes.find(quotes, "abhorrent");
        assertEquals("abhorrent", q.text());
        assertFalse(Quotes.anyContains(quotes.stream().filter(x -> x.type() != QuoteType.INDIRECT).toList(), "tweet"),
                quotes.toString());
    }

    @Test
    void anOpeningMarkAfterASpaceStillOpens() {
        List<Quote> quotes = Quotes.extract("“We will win,” Maria Lopez said. “And we will “keep” winning.”");
        assertTrue(Quotes.anyContains(quotes, "We will win"), quotes.toString());
    }

    @Test
    void anOpeningMarkAfterASentenceEndWhileAQuoteIsOpenEndsTheOpenOne() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Anna Berg said the mayor approached her “and said hello to everyone. “And then he left without a word,” Berg said.");
        assertEquals("and said hello to everyone.", Quotes.find(quotes, "and said hello").text());
        assertEquals("And then he left without a word", Quotes.find(quotes, "And then").text());
    }

    @Test
    void anOpeningMarkInsideASentenceOfAnOpenQuoteStillNests() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“He wrote a column titled “Never Again” last week,” Anna Berg said.");
        assertEquals("He wrote a column titled “Never Again” last week", Quotes.find(quotes, "He wrote").text());
    }

    @Test
    void singleMarksInsideAQuoteOverParagraphsAreNotQuotesOfTheirOwn() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“I went to the office and told the staff, ‘We are closing for good.’ Nobody said a word.",
                "“Then we all went home,” Anna Berg said.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("We are closing")), quotes.toString());
        assertTrue(Quotes.anyContains(quotes, "Nobody said a word"), quotes.toString());
    }

    @Test
    void aFragmentAfterAParticipleCueBelongsToTheNameBeforeIt() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Senator John McCain spoke in Phoenix on Monday.",
                "Republicans were irritated by the lack of detail, with Sen. John McCain calling it a “Chinese menu.”");
        Quote q = Quotes.find(quotes, "Chinese menu");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("John McCain", q.speaker());
        assertEquals("calling", q.cue());
    }

    @Test
    void aFragmentAfterWhoAndACueBelongsToTheNameBeforeWho() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Voters also heard from Bernie Sanders, who says the pact is “disastrous.”");
        Quote q = Quotes.find(quotes, "disastrous");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Bernie Sanders", q.speaker());
        assertEquals("says", q.cue());
    }

    @Test
    void aFragmentAfterAProgressiveCueBelongsToTheNameBeforeIt() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Donald Trump is telling a town hall in Salem that waterboarding is “peanuts” by comparison.");
        Quote q = Quotes.find(quotes, "peanuts");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Donald Trump", q.speaker());
    }

    @Test
    void aFragmentAfterACommaAndAParticipleBelongsToTheSentencesOpeningSubject() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Senator Elizabeth Warren spoke in Boston.",
                "She escalated her criticism on Tuesday, telling CNN that Trump is a “faker” and a fraud.");
        Quote q = Quotes.find(quotes, "faker");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Elizabeth Warren", q.speaker());
        assertEquals("She", q.speakerMention());
    }

    @Test
    void aStanceVerbFramesAQuotedWordAsItsSubjects() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez criticized the “reckless” spending plan on Monday.");
        Quote q = Quotes.find(quotes, "reckless");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Maria Lopez", q.speaker());
        assertEquals("criticized", q.cue());
    }

    @Test
    void quotedWordsInsideAnAccusationAreStillNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Officials in Kiev accused Moscow of “arming rebels” and backing “separatists” in the east.");
        assertFalse(Quotes.anyContains(quotes.stream().filter(q -> q.type() != QuoteType.INDIRECT).toList(), "rebels"),
                quotes.toString());
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("separatists")), quotes.toString());
    }

    @Test
    void aShortOutcryIsSpeechEvenWithoutACue() {
        List<Quote> quotes = Quotes.extract("Headline",
                "The crowd in the arena roared “USA! USA!” as the candidate walked on stage.");
        assertEquals("USA! USA!", Quotes.find(quotes, "USA").text());
    }

    @Test
    void aShortFragmentFramedByACueBelongsToThePersonOpeningTheSentence() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Anna Berg met the staff on Monday.",
                "She sent an email to the staff saying “done.”");
        Quote q = Quotes.find(quotes, "done");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Anna Berg", q.speaker());
    }

    @Test
    void aShortFragmentFramedByACueIsSpeechEvenWhenNoPersonOpensTheSentence() {
        List<Quote> quotes = Quotes.extract("Headline",
                "About four in ten voters said they were “angry” with the government.");
        Quote q = Quotes.find(quotes, "angry");
        assertEquals(QuoteType.PARTIAL, q.type());
    }

    @Test
    void aShortFragmentAfterAnAccusationStaysOutEvenWithoutAPerson() {
        List<Quote> quotes = Quotes.extract("Headline",
                "The ministry was accused by several of its partners of “meddling” in the vote.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().equals("meddling")), quotes.toString());
    }

    @Test
    void aShortQuotedWordWithNoCueAndNoSpeakerIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline", "The “reform” package passed the house on a narrow vote.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().equals("reform")), quotes.toString());
    }

    @Test
    void aTitleWithLowercasePrepositionsIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "The governor was a guest on “Midday with Charlie Sykes” last week.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Midday")), quotes.toString());
    }

    @Test
    void aTitleEndingTheSentenceRightAfterTheWordForTheWorkIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "His parents stayed, Paul Grant said in his 2012 book, “A Quiet Son.”",
                "Anna Berg is a host on the television show “Shark Tank.”");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("A Quiet Son") || q.text().startsWith("Shark Tank")),
                quotes.toString());
    }

    @Test
    void aCapitalisedNameGivenToSomeoneOrAWordEndingInTheTitleWordStaysSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant called the chancellor “The Leader of the Free World.”",
                "Maria Lopez mocked her rivals for not campaigning “the Iowa way.”");
        assertEquals(QuoteType.PARTIAL, Quotes.find(quotes, "The Leader").type());
        assertEquals(QuoteType.PARTIAL, Quotes.find(quotes, "the Iowa way").type());
    }

    @Test
    void aHeadlineFollowedByItsCreditLineIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "NOW OPEN—“Pop-up art show strives to confront the rents,” by the Daily’s Eddie Small: the show runs all month.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Pop-up")), quotes.toString());
    }

    @Test
    void wordsBySomeoneInsideASentenceAreNotACreditLine() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez said the “ugliness of utterances, largely unprompted,” by Paul Grant stood out.");
        assertEquals(QuoteType.PARTIAL, Quotes.find(quotes, "ugliness").type());
    }

    @Test
    void aChantedSloganOrASignsWordsAreSpeechThoughTheyLookLikeATitle() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Outside the hall, hundreds of supporters kept chanting “Dump Trump” for an hour.",
                "Paul Grant wore a campaign hat that read “Make Mexico Great Again Also” on Wednesday.");
        assertEquals("Dump Trump", Quotes.find(quotes, "Dump").text());
        assertEquals("Make Mexico Great Again Also", Quotes.find(quotes, "Make Mexico").text());
    }

    @Test
    void aBookSomeoneReadIsStillATitle() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant went home and read “The Art of the Deal” twice over the summer.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("The Art")), quotes.toString());
    }

    @Test
    void theWordsWhatSomeoneCallsAThingAreTheirs() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant attacked what he called the “Evil Empire” in his speech.",
                "Maria Lopez wants to close what some call the “Charleston loophole” this year.");
        assertEquals(QuoteType.PARTIAL, Quotes.find(quotes, "Evil Empire").type());
        assertEquals(QuoteType.PARTIAL, Quotes.find(quotes, "Charleston loophole").type());
    }

    @Test
    void aThingCalledByItsNameIsStillATitle() {
        List<Quote> quotes = Quotes.extract("Headline",
                "A radio host has set up a website called “Cape Breton If Donald Trump Wins” for Americans.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Cape Breton")), quotes.toString());
    }

    @Test
    void aShowNamedAfterAListenerCueOrAnOutletIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant told “Fox and Friends” that he would run again.",
                "Maria Lopez said so on CNN’s “New Day.”");
        assertTrue(quotes.stream().noneMatch(q -> q.text().startsWith("Fox and") || q.text().startsWith("New Day")),
                quotes.toString());
    }

    @Test
    void aShortCapitalisedQuoteWithItsOwnAttributionIsStillSpeech() {
        List<Quote> quotes = Quotes.extract("Headline", "“We Won,” Maria Lopez said after the count.");
        assertEquals("Maria Lopez", Quotes.find(quotes, "We Won").speaker());
    }

    @Test
    void aSentenceCaseQuoteWithAPrepositionIsStillSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“We are done with this plan,” Maria Lopez said on Monday.");
        Quote q = Quotes.find(quotes, "We are done");
        assertEquals("Maria Lopez", q.speaker());
    }

    @Test
    void aSecondQuoteIntroducedByItsOwnColonIsNotJoinedToTheFirst() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“The plan is dead,” Paul Grant said, adding: “We will start again next year.”");
        Quote first = Quotes.find(quotes, "The plan is dead");
        Quote second = Quotes.find(quotes, "We will start again");
        assertEquals("The plan is dead", first.text());
        assertEquals("We will start again next year.", second.text());
        assertEquals("Paul Grant", first.speaker());
        assertEquals("Paul Grant", second.speaker());
    }

    @Test
    void aQuoteSplitByItsAttributionWithACommaIsStillOneQuote() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“The plan is dead,” Paul Grant said, “and nobody will revive it.”");
        Quote q = Quotes.find(quotes, "The plan is dead");
        assertEquals("The plan is dead and nobody will revive it.", q.text());
        assertNull(quotes.stream().filter(x -> x.text().startsWith("and nobody")).findFirst().orElse(null));
    }
}
