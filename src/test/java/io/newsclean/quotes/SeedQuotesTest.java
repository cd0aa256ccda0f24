package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The seed page's final paragraphs and its three expected quotes, field by field. */
class SeedQuotesTest {
    private static List<String> paragraphs;
    private static List<Quote> quotes;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("seed-paragraphs.txt")) {
            assertNotNull(in, "seed-paragraphs.txt");
            paragraphs = new ArrayList<>();
            for (String p : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        assertEquals(18, paragraphs.size());
        quotes = new QuoteExtractor().extract(paragraphs, "en");
    }

    @Test
    void citingIntroducesAPartialQuoteOfTheSubject() {
        Quote q = Quotes.find(quotes, "anti-Russian NATO");
        assertEquals("anti-Russian NATO military exercises and the suspended military ties between Moscow and the alliance.", q.text());
        assertEquals("Russia", q.speaker());
        assertEquals("Russia", q.speakerMention());
        assertEquals("citing", q.cue());
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals(9, q.paragraph());
        assertEquals(484, q.start());
        assertEquals(585, q.end());
    }

    @Test
    void theAnalystIsTheExpertNamedTwoParagraphsEarlier() {
        Quote q = Quotes.find(quotes, "Conflicts are growing");
        assertEquals("Conflicts are growing more complicated, and greater mutual transparency is crucial. Only those having "
                + "some secret plans want to avoid transparency. The point is that the modernization should consider the "
                + "interests of all parties to the agreement", q.text());
        assertEquals("Alexei Arbatov", q.speaker());
        assertEquals("the analyst", q.speakerMention());
        assertEquals("was quoted as saying", q.cue());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(11, q.paragraph());
        assertEquals(1, q.start());
        assertEquals(246, q.end());
    }

    @Test
    void generalCartwrightToldTheOutletWhichIsNotTheSpeaker() {
        Quote q = Quotes.find(quotes, "The longer we are there");
        assertEquals("The longer we are there [in Syria] the stronger our cooperation will be. This dialogue may not be "
                + "enough to resolve the Syrian crisis, but it could help in the talks on Syria", q.text());
        assertEquals("James Cartwright", q.speaker());
        assertEquals("Gen. Cartwright", q.speakerMention());
        assertEquals("told", q.cue());
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(17, q.paragraph());
        assertEquals(1, q.start());
        assertEquals(175, q.end());
    }

    @Test
    void scareQuotesInsideAnAccusationAreNotSpeech() {
        assertFalse(Quotes.anyContains(quotes, "annexing Crimea"));
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("separatists")));
    }

    @Test
    void anOutletIsNeverASpeaker() {
        assertFalse(quotes.stream().anyMatch(q -> "Gazeta.Ru".equals(q.speaker())));
    }

    @Test
    void offsetsPointAtTheTextOfSingleStretchQuotes() {
        for (Quote q : quotes) {
            String p = paragraphs.get(q.paragraph());
            int from = p.offsetByCodePoints(0, q.start());
            int to = p.offsetByCodePoints(0, q.end());
            assertEquals(q.text(), p.substring(from, to), q.toString());
        }
    }
}
