package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;

/** Small measurements of a block's text and surroundings that several rules share. */
final class BlockShape {
    private static final int MAX_CHARS_PER_WORD = 20;
    private BlockShape() {
    }

    /** Counts words, but stops once past {@code limit}: rules only ask "is it short?", and prose is long. */
    static int words(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3040 && (isKana(c) || Character.isIdeographic(c))) {
                // Chinese and Japanese write without spaces: each character counts as a word.
                words++;
                inWord = false;
                if (words > limit) {
                    return words;
                }
                continue;
            }
            boolean letter = c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
                if (words > limit) {
                    return words;
                }
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean isKana(char c) {
        return c <= 0x30FF || (c >= 0xFF66 && c <= 0xFF9D);
    }

    /**
     * Whether the text has at most {@code max} words. Words average well under 20 characters, so a
     * longer text is answered without counting.
     */
    static boolean atMostWords(String text, int max) {
        if (text.length() > MAX_CHARS_PER_WORD * (max + 1)) {
            return false;
        }
        return words(text, max) <= max;
    }

    /** {@link #words(String, int)} of the block's text, counted once per page and block. */
    static int words(Block block, JudgeContext context, int limit) {
        return BlockWords.of(context).words(block, limit);
    }

    /** {@link #atMostWords(String, int)} of the block's text, counted once per page and block. */
    static boolean atMostWords(Block block, JudgeContext context, int max) {
        if (block.text().length() > MAX_CHARS_PER_WORD * (max + 1)) {
            return false;
        }
        return words(block, context, max) <= max;
    }

    /** Ends the way a sentence does, closing quotation marks and brackets allowed. */
    static boolean endsLikeSentence(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»' || c == ' ') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '。' || c == '！' || c == '？';
        }
        return false;
    }

    static boolean inContainer(Block block, String word) {
        return !block.container().isEmpty() && ClassVocabulary.has(block.container(), word);
    }
}
