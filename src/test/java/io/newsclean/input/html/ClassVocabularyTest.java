package io.newsclean.input.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassVocabularyTest {

    @Test
    void mapsSpellingsToCanonicalWords() {
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("c-related-articles"), "related"));
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("relatedStories box"), "related"));
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("social-share__list"), "share"));
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("article-body"), "body"));
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("x wp-caption"), "caption"));
    }

    @Test
    void ignoresWordsItDoesNotKnowAndPartialWords() {
        assertEquals("", ClassVocabulary.canonicalWords("col-md-8 flex"));
        assertFalse(ClassVocabulary.has(ClassVocabulary.canonicalWords("header-ad"), "header"));
        assertFalse(ClassVocabulary.has(ClassVocabulary.canonicalWords("commentary-body"), "comments"));
    }

    @Test
    void responsiveHidingIsNotHidden() {
        assertFalse(ClassVocabulary.has(ClassVocabulary.canonicalWords("hidden-xs"), "hidden"));
        assertTrue(ClassVocabulary.has(ClassVocabulary.canonicalWords("sr-only"), "hidden"));
    }
}
