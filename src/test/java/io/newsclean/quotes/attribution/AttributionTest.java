package io.newsclean.quotes.attribution;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.lexicon.Cues;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cues, their tenses and inversions, and how the words at an attribution become a speaker. */
class AttributionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” Maria Lopez said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez says.|says|Maria Lopez",
            "“Taxes will rise,” Maria Lopez told reporters.|told|Maria Lopez",
            "“Taxes will rise,” Maria Lopez added.|added|Maria Lopez",
            "“Taxes will rise,” Maria Lopez noted.|noted|Maria Lopez",
            "“Taxes will rise,” Maria Lopez wrote in a letter.|wrote|Maria Lopez",
            "“Taxes will rise?” Maria Lopez asked.|asked|Maria Lopez",
            "“Taxes will rise,” Maria Lopez explained.|explained|Maria Lopez",
            "“Taxes will rise,” Maria Lopez has said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez was quoted as saying.|was quoted as saying|Maria Lopez",
            "“Taxes will rise,” said Maria Lopez, a budget analyst at the bank.|said|Maria Lopez",
            "“Taxes will rise,” according to Maria Lopez.|according to|Maria Lopez",
            "Maria Lopez said: “Taxes will rise.”|said|Maria Lopez",
            "Maria Lopez told the council, “Taxes will rise.”|told|Maria Lopez",
            "“Taxes will rise,” Maria Lopez, the city's budget chief, said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez barked.|barked|Maria Lopez"})
    void cuesTensesAndInversions(String paragraph, String cue, String speaker) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(speaker, q.speaker());
        assertEquals(QuoteType.DIRECT, q.type());
    }














    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” she points out.|points out|she",
            "“Taxes will rise,” Maria Lopez conceded.|conceded|Maria Lopez",
            "“Taxes will rise!” beamed Maria Lopez of Austin, Texas, who chairs the panel.|beamed|Maria Lopez",
            "“Taxes will rise!” the crowd cried out.|cried out|the crowd",
            "“Taxes will rise,” said Maria Lopez of the University of Texas School of Law at Austin.|said|Maria Lopez"})
    void aStatingVerbAnOutcryOrALongAffiliationStillAttributes(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aStatingVerbAfterAQuotedSentenceOrACapitalAfterAnOutcryAttributesNothing() {
        // a period ends the quoted sentence: what follows is a new one, whatever its verb
        Quote ended = Quotes.find(Quotes.extract("Maria Lopez spoke first. “Taxes will rise.” The council conceded."), "Taxes will rise");
        assertNull(ended.cue());
        // a capital after "!" opens a new sentence too
        Quote outcry = Quotes.find(Quotes.extract("“Taxes will rise!” Maria Lopez frowned at the figures."), "Taxes will rise");
        assertNull(outcry.cue());
    }

    @Test
    void aSentenceOpeningAccordingToIntroducesTheQuoteAfterIt() {
        Quote q = Quotes.find(Quotes.extract("According to Maria Lopez, “Taxes will rise next year.”"), "Taxes will rise");
        assertEquals("according to", q.cue());
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(QuoteType.DIRECT, q.type());
        // a cue of its own between the source and the quote introduces it instead
        Quote other = Quotes.find(Quotes.extract("According to Maria Lopez, the mayor said: “Taxes will rise next year.”"),
                "Taxes will rise");
        assertEquals("said", other.cue());
        assertEquals("the mayor", other.speakerMention());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” Will wrote.|wrote|Will",
            "“Taxes will rise,” federal prosecutors wrote in the filing.|wrote|federal prosecutors",
            "“Taxes will rise,” Maria Lopez, who chaired the city's budget panel for a decade and a half, told reporters.|told|Maria Lopez",
            "“Will taxes rise?” Lopez questioned.|questioned|Lopez"})
    void aSubjectTheCueParsersLeaveStillAttributes(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), paragraph.startsWith("“Will") ? "Will taxes" : "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aPrepositionOrAPronounBeforeTheCueIsNoSubject() {
        Quote q = Quotes.find(Quotes.extract("Maria Lopez said she “cannot walk down the street” without reporters asking her."),
                "cannot walk");
        assertNotEquals("without reporters", q.speakerMention());
        // a verb of judgement that goes on to an object after the quote is no attribution
        Quote judged = Quotes.find(Quotes.extract("“Will taxes rise?” Lopez questioned the mayor about it."), "Will taxes");
        assertNull(judged.cue());
    }




    @Test
    void aBookSomeoneReadsIsNoQuote() {
        List<Quote> quotes = Quotes.extract("Every summer she reads \u201cWar and Peace\u201d again.");
        assertFalse(Quotes.anyContains(quotes, "War and Peace"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "When Lopez raised the tax, Tom Reed fired back forcefully: “Taxes will rise.”|Tom Reed",
            "Lopez said the plan was sound, to which Tom Reed retorted: “Taxes will rise.”|Tom Reed",
            "At the meeting in Hudson, the Reed supporter retorted: “Taxes will rise.”|the Reed supporter"})
    void aVerbTheCueListDoesNotKnowIntroducesAQuoteAfterAColon(String paragraph, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(mention, q.speakerMention());
    }


    @Test
    void aListThatFollowsAColonIsNoOnesSpeech() {
        Quote q = Quotes.find(Quotes.extract("The report listed: “Taxes will rise.”"), "Taxes will rise");
        assertNotEquals("listed", q.cue());
    }


    @Test
    void aShareOfThoseAskedAnswersAsTheSpeaker() {
        List<Quote> quotes = Quotes.extract(
                "Voters were asked how likely a win was, to which 21 percent said \u201cnot too likely at all\u201d and 14 percent said "
                        + "\u201cnot at all likely now\u201d.");
        assertEquals("21 percent", Quotes.find(quotes, "not too").speakerMention());
        assertEquals("14 percent", Quotes.find(quotes, "not at all").speakerMention());
    }

    @Test
    void aBareNumberIsNoSpeaker() {
        String text = "21 buses";
        assertFalse(SpeakerPhrases.isSpeakerLike(text, new int[]{0, text.length()}));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "More from Jones: “Taxes will rise in every state next year.”|Jones",
            "From the report: “Taxes will rise in every state next year.”|the report",
            "Media shares blame for the forecast - HuffPollster: “Taxes will rise in every state next year.”|HuffPollster",
            "According to HuffPo: “Taxes will rise in every state next year.”|HuffPo"})
    void aSourceSetOffBeforeAColonIsTheSpeaker(String paragraph, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aLongLineBeforeAColonNamesNoSource() {
        Quote q = Quotes.find(Quotes.extract(
                "Signs of a shift were there all along - and the polls in the final days of the race showed it: "
                        + "“Taxes will rise in every state next year.”"), "Taxes will rise");
        assertNotEquals("and the polls in the final days of the race showed it", q.speakerMention());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise, you know?” Tom Reed went on, as if he had not heard.|went on|Tom Reed",
            "After Lopez criticized him, Tom Reed shot back, “Taxes will rise anyway.”|shot back|Tom Reed",
            "As the Rainmakers sang back in the 1980s, “Taxes will rise and rise.”|sang|the Rainmakers"})
    void phrasalVerbsOfSpeechAttribute(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }





    @Test
    void theWordsAfterAParticipleAreWhatWasSaidNotTheSpeaker() {
        List<Quote> quotes = Quotes.extract("Donald Trump has delivered an impassioned defense of \u201cNew York values,\u201d saying the city "
                + "embodied the \u201cbravery, heart and soul of America.\u201d");
        assertEquals("Donald Trump", Quotes.find(quotes, "New York values").speaker());
    }

}
