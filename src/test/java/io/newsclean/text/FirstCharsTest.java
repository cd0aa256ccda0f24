package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FirstCharsTest {

    @Test
    void literalsGroupsAndOptionalParts() {
        assertEquals(Set.of('l'), FirstChars.of("log ?in"));
        assertEquals(Set.of('l', 's'), FirstChars.of("(?:log ?in|sign ?in)(?: or register)?"));
        assertEquals(Set.of('p', 'l', 's'), FirstChars.of("(?:please )?(?:log ?in|sign ?in)"));
        assertEquals(Set.of('i', 'a'), FirstChars.of("(?:i )?(?:accept|agree)"));
    }

    @Test
    void anythingElseCouldStartAnywhere() {
        assertNull(FirstChars.of(".{0,40}newsletter"));
        assertNull(FirstChars.of("\\d+ comments"));
        assertNull(FirstChars.of("[a-z]+ said"));
        assertNull(FirstChars.of("(?:\\d+ )?comments?"));
        assertNull(FirstChars.of("(?:a)?"));
    }
}
