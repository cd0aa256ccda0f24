package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;

/** Small measurements of a block's text and surroundings that several rules share. */
final class BlockShape {
    private BlockShape() {
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
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
