package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SiteSuffixTest {

    @Test
    void findsANameThatRecursAsSuffix() {
        List<String> lines = List.of(
                "Some headline here",
                "A view of the harbour at dawn - Daily Planet",
                "The paragraph of the article, with a dash - in the middle of a sentence.",
                "Crowds gather in the main square - Daily Planet");
        assertEquals("Daily Planet", SiteSuffix.find(lines));
    }

    @Test
    void aSingleSuffixIsNotEnough() {
        assertNull(SiteSuffix.find(List.of("A view of the harbour - Daily Planet", "Another line")));
    }

    @Test
    void aRecurringLowerCasePhraseIsNoName() {
        assertNull(SiteSuffix.find(List.of("7th round: 19 August – to be announced",
                "11th round: 4 November – to be announced")));
    }

    @Test
    void stripsTheSuffix() {
        assertEquals("A view of the harbour", SiteSuffix.stripped("A view of the harbour - Daily Planet", "Daily Planet"));
        assertNull(SiteSuffix.stripped("Daily Planet", "Daily Planet"));
        assertNull(SiteSuffix.stripped("A view of the harbour", "Daily Planet"));
    }
}
