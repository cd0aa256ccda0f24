package io.newsclean.input.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Attributes that hold space-separated tokens ({@code rel}, {@code itemprop}, a meta tag's
 * {@code property}): {@code itemprop="datePublished dateCreated"} is both properties.
 */
final class Tokens {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tokens() {
    }

    /** Whether the attribute lists the token, in any letter case. */
    static boolean has(Element el, String attribute, String token) {
        return has(AttributeTable.of(el), attribute, token);
    }

    /** As {@link #has(Element, String, String)}, on attributes already read (null when there are none). */
    static boolean has(Attributes attrs, String attribute, String token) {
        return attrs != null && contains(attrs.get(attribute), token);
    }

    static boolean contains(String value, String token) {
        int n = token.length();
        int i = 0;
        while (i <= value.length() - n) {
            int at = indexOfIgnoreCase(value, token, i);
            if (at < 0) {
                return false;
            }
            boolean startsToken = at == 0 || Character.isWhitespace(value.charAt(at - 1));
            boolean endsToken = at + n == value.length() || Character.isWhitespace(value.charAt(at + n));
            if (startsToken && endsToken) {
                return true;
            }
            i = at + 1;
        }
        return false;
    }

    /** The attribute's tokens, split on white space. */
    static String[] of(String value) {
        String s = value.strip();
        if (s.isEmpty()) {
            return new String[0];
        }
        // most attributes hold one token: no pattern to run
        for (int i = 0; i < s.length(); i++) {
            if (isSplitSpace(s.charAt(i))) {
                return SPACES.split(s);
            }
        }
        return new String[]{s};
    }

    /** What {@link #SPACES} splits on: the regex {@code \s}, ASCII white space. */
    private static boolean isSplitSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static int indexOfIgnoreCase(String value, String token, int from) {
        for (int i = from; i <= value.length() - token.length(); i++) {
            if (value.regionMatches(true, i, token, 0, token.length())) {
                return i;
            }
        }
        return -1;
    }
}
