package io.newsclean.quotes.find;

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

/** Every quotation style, nesting, quotes over paragraphs and quotes split around their attribution. */
class QuotationMarksTest {

    @ParameterizedTest(name = "{0}…{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "“|”", "\"|\"", "„|“", "«|»", "‹|›", "‘|’", "'|'", "「|」", "»|«", "„|”", "''|''"})
    void everyStyleGivesTheQuotedWordsWithoutMarksOrJoiningComma(String open, String close) {
        String paragraph = open + "We will win this vote," + close + " Maria Lopez said on Monday.";
        List<Quote> quotes = Quotes.extract(paragraph);
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals("We will win this vote", q.text());
        assertEquals("Maria Lopez", q.speaker());
        assertEquals("said", q.cue());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(open.length(), q.start());
        assertEquals(open.length() + "We will win this vote".length(), q.end());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        List<Quote> quotes = Quotes.extract(
                "O'Malley's campaign said in the '90s that it didn't matter, and the students' union agreed.");
        assertFalse(quotes.stream().anyMatch(q -> q.type() != QuoteType.INDIRECT), quotes.toString());
    }

    @Test
    void aNestedQuoteIsPartOfTheOuterQuote() {
        List<Quote> quotes = Quotes.extract(
                "“He told me ‘never again’ and I believed him,” Anna Berg said.",
                "'They shouted \"stop the count\" all night,' Tom Reed said.");
        assertEquals("He told me ‘never again’ and I believed him", Quotes.find(quotes, "He told").text());
        assertEquals("They shouted \"stop the count\" all night", Quotes.find(quotes, "They shouted").text());
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("never again") || q.text().equals("stop the count")));
    }

    @Test
    void aQuoteOverParagraphsWithTheClosingMarkLeftOffIsOneQuote() {
        List<Quote> quotes = Quotes.extract(
                "Mayor Jane Holt spoke at length.",
                "“We have cut the deficit and hired more teachers than any city in the state.",
                "“Next year we will fix the roads,” she said.");
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals("We have cut the deficit and hired more teachers than any city in the state. "
                + "Next year we will fix the roads", q.text());
        assertEquals(1, q.paragraph());
        assertEquals(1, q.start());
        assertEquals("Jane Holt", q.speaker());
        assertEquals("she", q.speakerMention());
    }

    @Test
    void aSplitQuoteIsOneQuote() {
        List<Quote> quotes = Quotes.extract(
                "“The plan is dead,” said Senator Paul Grant, “and nobody will revive it.”");
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals("The plan is dead and nobody will revive it.", q.text());
        assertEquals("Paul Grant", q.speaker());
        assertEquals(1, q.start());
        assertEquals(72, q.end());
    }

    @Test
    void aQuoteContinuedAfterASentenceFinalAttributionJoinsIt() {
        List<Quote> quotes = Quotes.extract(
                "“The plan is dead,” Paul Grant said. “Nobody will revive it.”");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("The plan is dead Nobody will revive it.", quotes.get(0).text());
    }

    @Test
    void offsetsCountCodePoints() {
        List<Quote> quotes = Quotes.extract("😀 “Emoji come first here,” Ada Stone said.");
        Quote q = Quotes.find(quotes, "Emoji");
        assertEquals(3, q.start()); // the emoji is two UTF-16 chars but one code point
        assertEquals(3 + "Emoji come first here".length(), q.end());
    }

    @Test
    void titlesOfWorksAreNotSpeech() {
        List<Quote> quotes = Quotes.extract(
                "She starred in the film “The Long Goodbye Of Summer” before moving to television.",
                "He hosts “America Tonight With Jorge Ramos” on Fusion.");
        assertTrue(quotes.isEmpty(), quotes.toString());
    }

    @Test
    void shortScareQuotesWithNobodySayingThemAreNotSpeech() {
        List<Quote> quotes = Quotes.extract("The so-called “experts” were wrong about the “surge” again.");
        assertTrue(quotes.isEmpty(), quotes.toString());
    }
}
