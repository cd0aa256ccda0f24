package io.newsclean.quotes.text;

/** Converts UTF-16 offsets to the code-point offsets that the output uses. */
public final class CodePoints {
    private CodePoints() {
    }

    public static int offset(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
