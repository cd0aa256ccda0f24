package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.testing.RandomText;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the token layer splits a paragraph into, and that the scans reading it find what a scan of every character finds. */
class TokensTest {
    private static final Cues ENGLISH = Cues.forLanguage("en");

    private static List<String> words(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            out.add(text.substring(t.start(k), t.end(k)));
        }
        return out;
    }

    @Test
    void tokensAreTheRunsOfLettersOfAnyScript() {
        // digits, apostrophes, hyphens and periods split: the cue and name scans test what stands around a run
        assertEquals(List.of("O", "Brien", "said", "co", "founder", "Zürich", "U", "S"),
                words("O’Brien said: co-founder 12 Zürich, U.S."));
        assertEquals(List.of(), words(" 2024 — … "));
        assertEquals(List.of("a"), words("a"));
    }

    @Test
    void runsAndCueHitsReadFromTheTokensAreThoseOfAScanOfEveryCharacter() {
        String[] pieces = {"Joe", "Biden", "said", "says", "Says", "Said", "Asked", "according to", "told", "O’Malley", "van",
                "Der", "x-said", "12said", " ", ", ", ". ", "’", "-", "'", "É", "Ülkü", "the", "The", "in a statement",
                "U.S.", "Ⓐ", "e\u0301", "\uD835\uDC00b", "Ⅻ", "déclaré"};
        Random random = new Random(17);
        for (int k = 0; k < 5000; k++) {
            String text = RandomText.of(random, 12, pieces);
            Paragraph p = new Paragraph(text, List.of(), ENGLISH);
            assertEquals(Names.runs(text), p.runs(), text);
            List<Cues.Match> scanned = new ArrayList<>();
            for (Cues.Match m = ENGLISH.find(text, 0, text.length()); m != null; m = ENGLISH.find(text, m.end(), text.length())) {
                scanned.add(m);
            }
            assertEquals(scanned, p.cueHits(), text);
        }
    }
}
