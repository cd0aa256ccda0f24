package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the token layer of a paragraph holds: its sentences, capitalised runs and cue hits. */
class ParagraphTest {
    private static final Cues ENGLISH = Cues.forLanguage("en");

    @Test
    void cueHitsAreEveryCueInOrderAndQuoteCuesLeaveOutStanceVerbs() {
        Paragraph p = new Paragraph("Maria Lopez said the budget works, but Tom Reed wants a vote.", List.of(), ENGLISH);
        assertEquals(List.of("said", "wants"), p.cueHits().stream().map(Cues.Match::cue).toList());
        // "wants" reports a wish, never the words of a quotation
        assertEquals(List.of("said"), p.quoteCueHits().stream().map(Cues.Match::cue).toList());
    }

    @Test
    void runsAreTheCapitalisedNamesOfTheParagraph() {
        Paragraph p = new Paragraph("Maria Lopez met Tom Reed in El Paso on Monday night.", List.of(), ENGLISH);
        assertEquals(List.of("Maria Lopez", "Tom Reed", "El Paso", "Monday"), p.runs().stream().map(Names.Run::text).toList());
    }

    @Test
    void aSentenceNeverEndsInsideAQuotation() {
        String text = "“It is over. We lost,” Tom Reed said. Then he left.";
        int close = text.indexOf('”');
        QuotedSegment quote = new QuotedSegment(0, 0, 1, close, close + 1);
        Paragraph p = new Paragraph(text, List.of(quote), ENGLISH);
        // the period after "over" stands inside the marks: two sentences, not three
        assertEquals(2, p.sentences().size());
        assertEquals("Then he left.", text.substring(p.sentences().get(1)[0], p.sentences().get(1)[1]));
    }
}
