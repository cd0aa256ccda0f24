package io.newsclean.quotes.reported;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reported beliefs, wishes and stances beyond "said", and single-name speakers behind pronouns. */
class ReportedAttitudeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez believes the council will raise taxes next spring.|believes|the council will raise taxes next spring",
            "Maria Lopez thinks the council will raise taxes next spring.|thinks|the council will raise taxes next spring",
            "Maria Lopez wants the council to raise taxes next spring.|wants|the council to raise taxes next spring",
            "Maria Lopez hopes the council will raise taxes next spring.|hopes|the council will raise taxes next spring",
            "Maria Lopez denied that the council will raise taxes next spring.|denied|that the council will raise taxes next spring",
            "Maria Lopez called for a special prosecutor to investigate the mayor.|called for|a special prosecutor to investigate the mayor"})
    void attitudeVerbsReportAClause(String paragraph, String cue, String text) {
        Quote q = Quotes.find(Quotes.extract("Headline", paragraph), text);
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals(cue, q.cue());
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(text, q.text());
    }

    @Test
    void stanceVerbObjectEndsAtAnAdjunct() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez endorsed the former state treasurer during a rally in Denver.");
        Quote q = Quotes.find(quotes, "the former state treasurer");
        assertEquals("the former state treasurer", q.text());
        assertEquals("endorsed", q.cue());
    }

    @Test
    void knowingAndSeekingAreNotReports() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez knew the council would raise taxes next spring.",
                "Maria Lopez sought a second term on the city council.");
        assertTrue(quotes.isEmpty(), quotes.toString());
    }

    @Test
    void calledForIsNotASpeechCueForAQuotation() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez called for “an end to the waste” at city hall.");
        assertFalse(quotes.stream().anyMatch(q -> "called for".equals(q.cue()) && q.type() == QuoteType.DIRECT),
                quotes.toString());
    }

    @Test
    void pronounReachesALoneSurnameThatSpoke() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Senator Paul Grant spoke first at the forum.",
                "Carson declined to pick a winner. “I will predict the winner tomorrow,” he said.");
        assertEquals("Carson", Quotes.find(quotes, "I will predict").speaker());
    }

    @Test
    void laterNameInTheSentenceThatSpeaksIsTheSubject() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant and Richard Viguerie met on Monday.",
                "Grant is the ablest candidate, Viguerie argues.",
                "“Grant is our best debater,” he says.");
        assertEquals("Richard Viguerie", Quotes.find(quotes, "Grant is our best").speaker());
    }

    @Test
    void aLoneCapitalisedWordThatDoesNotSpeakIsNoPerson() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Paul Grant visited Denver on Monday. Denver welcomed him.",
                "“We have come a long way,” he said.");
        assertEquals("Paul Grant", Quotes.find(quotes, "We have come").speaker());
    }

    @Test
    void reportedClauseStopsAtTheWritersNextClause() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez said the council is honest and careful, and most voters said the same of the mayor.");
        assertEquals("the council is honest and careful", Quotes.find(quotes, "the council is").text());
    }

    @Test
    void reportedClauseGoesOnThroughAndThat() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez said she met the mayor on Monday, and that the two discussed the budget.");
        assertTrue(Quotes.find(quotes, "she met the mayor").text().endsWith("discussed the budget"));
    }

    @Test
    void aShowTitleAfterAnOutletIsNotSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "Maria Lopez said the council would act, speaking on NBC’s “Meet the Press.”",
                "Paul Grant made the remarks in an interview on “Sunday Morning Futures.”");
        assertFalse(Quotes.anyContains(quotes, "Meet the Press"), quotes.toString());
        assertFalse(Quotes.anyContains(quotes, "Sunday Morning"), quotes.toString());
    }

    @Test
    void aCapitalisedSloganThatIsSaidStaysSpeech() {
        List<Quote> quotes = Quotes.extract("Headline",
                "“Make America Great Again,” the crowd chanted.");
        assertTrue(Quotes.anyContains(quotes, "Make America Great Again"), quotes.toString());
    }

    @Test
    void aPartyTagBetweenNameAndCueKeepsTheAttribution() {
        Quote q = Quotes.find(Quotes.extract("Headline",
                "“Taxes will rise,” Sen. Maria Lopez (D-Ore.) said Saturday night."), "Taxes will rise");
        assertEquals("Maria Lopez", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void aLongParentheticalStillBreaksTheAttribution() {
        Quote q = Quotes.find(Quotes.extract("Headline",
                "Paul Grant spoke first.",
                "“Taxes will rise,” (this was before the vote on the city budget last year) Maria Lopez said."),
                "Taxes will rise");
        assertFalse("said".equals(q.cue()) && "Maria Lopez".equals(q.speaker()), q.toString());
    }
}
