package io.newsclean.output;

import java.util.regex.Pattern;

/**
 * Escapes article text for Markdown (CommonMark and GitHub's tables), so that it reads as the
 * words it is: an asterisk stays an asterisk, "1. " at the start of a paragraph does not start a
 * list, a bracket does not start a link.
 */
final class MarkdownText {
    /** Starts of a line that would make it a heading, a list item, a quote, a fence or a rule. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:#{1,6}(?=\\s|$)|[-+](?=\\s|$)|-[-\\s]*$|=+$|~~~|\\d{1,9}(?=[.)](?:\\s|$)))");

    private MarkdownText() {
    }

    /** Inline text: every character with a meaning in Markdown's inline syntax is escaped. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A whole line of text: inline escapes, plus a backslash before anything at its start that
     * would make the line a block of another kind.
     */
    static String line(String text) {
        String escaped = inline(text);
        var start = BLOCK_START.matcher(escaped);
        if (!start.find()) {
            return escaped;
        }
        int at = start.end();
        // A numbered start is escaped at its dot or parenthesis ("1\. "), anything else at its first character.
        return Character.isDigit(escaped.charAt(0))
                ? escaped.substring(0, at) + '\\' + escaped.substring(at)
                : '\\' + escaped;
    }

    /** Text in a table cell: a line, with its pipes escaped so they do not split the cell. */
    static String cell(String text) {
        return line(text).replace("|", "\\|");
    }
}
