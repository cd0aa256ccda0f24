package io.newsclean.quotes.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which labelled paragraphs are a transcript's turns, and which are kickers or lines. */
class TranscriptTurnsTest {

    @Test
    void eachLabelledParagraphOfAConversationIsATurnWithoutItsLabel() {
        List<String> paragraphs = List.of("Partial transcript as follows:",
                "JAKE TAPPER: Donald Trump released a video on Friday. Take a listen.",
                "(BEGIN VIDEO CLIP.)",
                "TRUMP: Racial divisions have gotten worse, not better.",
                "TAPPER: Do you think he has campaigned as a racial healer?");
        List<TranscriptTurns.Turn> turns = TranscriptTurns.find(paragraphs);
        assertEquals(3, turns.size());
        assertEquals("Jake Tapper", turns.get(0).name());
        assertEquals("Donald Trump released", paragraphs.get(1).substring(turns.get(0).textStart()).substring(0, 21));
        assertEquals("Trump", turns.get(1).name());
        assertEquals("Jake Tapper", turns.get(2).name(), "a surname alone takes the full label");
    }

    @Test
    void kickersAndLinesAreNoTurns() {
        // the traps: one kind of label is a kicker, however often it comes; a label before two words is a line
        assertTrue(TranscriptTurns.find(List.of(
                "UPDATE: The website that listed the weapon has removed the listing.",
                "UPDATE: It has now been posted on another website.")).isEmpty());
        assertTrue(TranscriptTurns.find(List.of(
                "BYLINE: Amber Phillips.",
                "EMAIL: tips@example.com.",
                "The story goes on from here with what people said.")).isEmpty());
    }
}
