package io.newsclean.quotes.text;

/**
 * Trims and skips within a paragraph: blanks and dashes at a span's edges, a short parenthesis after a
 * name, the last of some marks before a place.
 */
public final class Spans {
    private Spans() {
    }

    public static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",—–-".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return s < e ? new int[]{s, e} : null;
    }

    public static int skipBlank(String text, int i) {
        while (i < text.length() - 1 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    public static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || ",—–-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /**
     * Whether only spaces stand from {@code from} to {@code before}: nothing {@link String#trim()} would keep,
     * found without cutting the stretch out.
     */
    public static boolean onlySpaces(String text, int from, int before) {
        for (int i = from; i < before; i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    public static int lastIndexOfAny(String text, String chars, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where a text ends once a parenthesis just before {@code end} is left out ("Phil Bryant (R) said"). */
    public static int withoutParenthetical(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > from && text.charAt(e - 1) == ')') {
            int open = text.lastIndexOf('(', e - 1);
            if (open > from && e - open < 40) {
                return open;
            }
        }
        return end;
    }

    /** Skips a short parenthesis that follows a name ("McCaskill (D-Mo.), who …"). */
    public static int afterParenthetical(String text, int i) {
        int k = skipBlank(text, i);
        if (k < text.length() && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close > 0 && close - k < 40) {
                return close + 1;
            }
        }
        return i;
    }
}
