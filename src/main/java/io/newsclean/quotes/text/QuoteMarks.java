package io.newsclean.quotes.text;

/**
 * Which characters open and close quotations. Double-style marks (and guillemets, corner
 * brackets and the typewriter {@code ''}) may nest; single marks are handled apart because the
 * same characters serve as apostrophes.
 */
public final class QuoteMarks {
    /** Stands for a typewriter double quote written as two apostrophes ({@code ''}). */
    public static final char TWO_APOSTROPHES = '\u0001';

    private QuoteMarks() {
    }

    /** Marks that only ever open a quotation (unless they close a German {@code „}). */
    public static boolean isDoubleOpener(char c) {
        return c == '“' || c == '„' || c == '«' || c == '‹' || c == '「' || c == '『';
    }

    /** Marks that open and close alike. */
    public static boolean isSymmetric(char c) {
        return c == '"' || c == TWO_APOSTROPHES;
    }

    /** True when {@code closer} ends a quotation opened by {@code opener}. */
    public static boolean closes(char opener, char closer) {
        return switch (opener) {
            case '“' -> closer == '”' || closer == '"';
            case '„' -> closer == '“' || closer == '”';
            case '«' -> closer == '»';
            case '»' -> closer == '«';
            case '‹' -> closer == '›';
            case '「' -> closer == '」';
            case '『' -> closer == '』';
            case '"' -> closer == '"' || closer == '”';
            case TWO_APOSTROPHES -> closer == TWO_APOSTROPHES;
            default -> false;
        };
    }

    /** Marks that can only close a double-style quotation. */
    public static boolean isDoubleCloser(char c) {
        return c == '”' || c == '»' || c == '›' || c == '」' || c == '』';
    }

    /** True when a paragraph opening with {@code next} continues a quote opened by {@code opener}. */
    public static boolean continues(char opener, char next) {
        if (opener == next) {
            return true;
        }
        return (opener == '“' || opener == '"') && (next == '“' || next == '"');
    }

    public static boolean isSingleOpener(char c) {
        return c == '‘' || c == '\'' || c == '‚';
    }

    public static boolean isSingleCloser(char c) {
        return c == '’' || c == '\'' || c == '‘';
    }

    /** Any character that may be a quotation mark. */
    public static boolean isAnyMark(char c) {
        return isDoubleOpener(c) || isDoubleCloser(c) || c == '"' || isSingleOpener(c) || isSingleCloser(c);
    }
}
