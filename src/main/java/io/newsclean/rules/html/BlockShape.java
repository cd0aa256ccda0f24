package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;

/** Small measurements of a block's text and surroundings that several rules share. */
final class BlockShape {
    private BlockShape() {
    }

    /** Counts words, but stops once past {@code limit}: rules only ask "is it short?", and prose is long. */
    static int words(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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

    static boolean atMostWords(String text, int max) {
        return words(text, max) <= max;
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
