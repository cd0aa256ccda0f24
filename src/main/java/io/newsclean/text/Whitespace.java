package io.newsclean.text;

/** Normalises text the way the output promises: one space per run of white space, no invisible characters. */
public final class Whitespace {
    private Whitespace() {
    }

    /**
     * Collapses every run of Unicode white space (no-break spaces included) to one space, trims
     * the ends, and removes zero-width characters and soft hyphens.
     */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    public static boolean isSpace(char c) {
        if (c < 0x80) {
            // the same answer for ASCII without the Unicode tables: the space, tab to carriage
            // return, and the four separator controls
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Zero-width characters, the soft hyphen and the byte-order mark carry no visible text. */
    public static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
