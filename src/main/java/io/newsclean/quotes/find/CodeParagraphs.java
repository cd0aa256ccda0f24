package io.newsclean.quotes.find;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs that are program code or a terminal session kept as text: their quotation marks
 * delimit strings ({@code expect(cow.name).to.equal("Kate")}, {@code echo 'fix' >> file1}), never
 * anyone's words, so the quote finder does not search them. Prose about code ("we define a named
 * window called "status_window"") has too few code symbols to count.
 */
public final class CodeParagraphs {
    /** Code symbols per letter above which a paragraph reads as code rather than prose about code. */
    private static final double SYMBOLS_PER_LETTER = 0.06;
    /** Statement ends and blocks that prose almost never has: "; ", "{ ", "} ", "=>", "==", "$ cmd". */
    private static final int MIN_STATEMENT_MARKS = 2;
    private static final Pattern STATEMENT_MARK = Pattern.compile(";\\s|;$|\\{\\s|\\}\\s|\\}$|=>|==|(?:^|\\s)\\$ \\w");

    /** The code symbols counted, by ASCII code: every character of every paragraph is tested. */
    private static final boolean[] CODE_SYMBOL = new boolean[128];

    static {
        for (char c : "{};=<>[]$|&\\".toCharArray()) {
            CODE_SYMBOL[c] = true;
        }
    }

    private CodeParagraphs() {
    }

    /** The paragraphs with every code paragraph blanked, so that indices still name the same paragraphs. */
    public static List<String> withoutCode(List<String> paragraphs) {
        List<String> out = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (looksLikeCode(paragraphs.get(p))) {
                if (out == null) {
                    out = new ArrayList<>(paragraphs);
                }
                out.set(p, "");
            }
        }
        return out == null ? paragraphs : out;
    }

    static boolean looksLikeCode(String paragraph) {
        if (!hasSymbols(paragraph, MIN_STATEMENT_MARKS)) {
            return false; // nearly every paragraph: prose has hardly any code symbol, and its letters need no count
        }
        int letters = 0;
        int symbols = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++; // ASCII letters are told without the Unicode tables
            } else if (c < 128 && CODE_SYMBOL[c]) {
                symbols++;
            }
        }
        if (letters == 0 || symbols < MIN_STATEMENT_MARKS || symbols < SYMBOLS_PER_LETTER * letters) {
            return false;
        }
        Matcher m = STATEMENT_MARK.matcher(paragraph);
        int marks = 0;
        while (marks < MIN_STATEMENT_MARKS && m.find()) {
            marks++;
        }
        return marks >= MIN_STATEMENT_MARKS;
    }

    /** Whether a paragraph holds at least {@code min} code symbols. */
    private static boolean hasSymbols(String paragraph, int min) {
        int symbols = 0;
        for (int i = 0; i < paragraph.length() && symbols < min; i++) {
            char c = paragraph.charAt(i);
            if (c < 128 && CODE_SYMBOL[c]) {
                symbols++;
            }
        }
        return symbols >= min;
    }
}
