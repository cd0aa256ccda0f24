package io.newsclean.quotes;

/** Converts UTF-16 offsets to the code-point offsets that the output uses. */
final class CodePoints {
    private CodePoints() {
    }

    static int offset(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
