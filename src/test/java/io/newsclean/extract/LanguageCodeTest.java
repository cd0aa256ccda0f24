package io.newsclean.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageCodeTest {

    @Test
    void reducesTagsToTheirPrimaryCode() {
        assertEquals("en", LanguageCode.of("en-US"));
        assertEquals("pt", LanguageCode.of("pt_BR"));
        assertEquals("de", LanguageCode.of(" DE "));
    }

    @Test
    void rejectsWhatIsNotATwoLetterCode() {
        assertNull(LanguageCode.of("english"));
        assertNull(LanguageCode.of("x"));
        assertNull(LanguageCode.of(""));
        assertNull(LanguageCode.of(null));
    }
}
