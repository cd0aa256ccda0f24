package io.newsclean.input;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Utf8ValidityTest {
    @Test
    void wellFormedTextOfEveryLengthIsValid() {
        String text = "ASCII long enough for the eight-byte steps, é ж € 中 😀 and ASCII again";
        assertTrue(Utf8Validity.isValid(text.getBytes(StandardCharsets.UTF_8), 0));
        assertTrue(Utf8Validity.isValid(new byte[0], 0));
    }

    @Test
    void malformedSequencesAreInvalid() {
        int[][] malformed = {
                {0xC0, 0x80},             // overlong NUL
                {0xC1, 0xBF},             // overlong ASCII
                {0xE0, 0x80, 0x80},       // overlong three-byte form
                {0xED, 0xA0, 0x80},       // a UTF-16 surrogate
                {0xF0, 0x80, 0x80, 0x80}, // overlong four-byte form
                {0xF4, 0x90, 0x80, 0x80}, // past U+10FFFF
                {0xF5, 0x80, 0x80, 0x80}, // no such lead byte
                {0x80},                   // a continuation byte alone
                {0xE2, 0x82},             // cut off at the end
                {0xE2, 0x28, 0xA1},       // a continuation byte missing
                {0xE9},                   // windows-1252 é
        };
        for (int[] sequence : malformed) {
            byte[] bytes = new byte[sequence.length + 16];
            for (int i = 0; i < 16; i++) {
                bytes[i] = 'a';
            }
            for (int i = 0; i < sequence.length; i++) {
                bytes[16 + i] = (byte) sequence[i];
            }
            assertFalse(Utf8Validity.isValid(bytes, 0), java.util.Arrays.toString(sequence));
        }
    }

    @Test
    void checkingStartsAtTheOffset() {
        byte[] bytes = {(byte) 0x80, 'o', 'k'};
        assertFalse(Utf8Validity.isValid(bytes, 0));
        assertTrue(Utf8Validity.isValid(bytes, 1));
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomBytes() {
        Random random = new Random(20261129);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(24)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly ASCII with some high bytes, as real pages are
                bytes[i] = (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
            }
            assertEquals(strictlyDecodes(bytes), Utf8Validity.isValid(bytes, 0), java.util.Arrays.toString(bytes));
        }
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
