package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;

/**
 * What one line of text looks like, measured once: the cues that tell running prose from
 * menus, captions, credits and teasers in any language.
 *
 * @param chars         length in characters
 * @param words         word count; characters of unspaced scripts count as half a word each
 * @param stopwords     words that are stopwords of the page's language
 * @param casedWords    words that start with a letter of a script with letter case
 * @param capitalized   of those, the ones that start with a capital
 * @param numbers       words made of digits only
 * @param sentenceEnds  sentence-ending marks (. ! ? … and their CJK forms) that end a sentence
 * @param endsSentence  whether the line ends like a sentence (closing quotes and brackets aside)
 */
public record LineFeatures(int chars, int words, int stopwords, int casedWords, int capitalized, int numbers,
                           int sentenceEnds, boolean endsSentence) {

    /** Measures a line; {@code stopwordSet} may be null when the page's language is unknown. */
    public static LineFeatures of(String text, CharArraySet stopwordSet) {
        int[] c = new int[5]; // spaced words, unspaced letters, stopwords, cased, capitalized
        int[] numbers = {0};
        char[] buffer = new char[48];
        Words.scan(text, (t, s, e, script) -> {
            int first = Character.codePointAt(t, s);
            if (script.unspaced()) {
                c[1]++;
                return;
            }
            c[0]++;
            if (!Character.isLetter(first)) {
                if (isNumber(t, s, e)) {
                    numbers[0]++;
                }
                return;
            }
            if (Character.isUpperCase(first) || Character.isLowerCase(first) || Character.isTitleCase(first)) {
                c[3]++;
                if (!Character.isLowerCase(first)) {
                    c[4]++;
                }
            }
            if (stopwordSet != null && e - s <= buffer.length) {
                for (int i = s; i < e; i++) {
                    buffer[i - s] = Character.toLowerCase(t.charAt(i));
                }
                if (stopwordSet.contains(buffer, 0, e - s)) {
                    c[2]++;
                }
            }
        });
        int words = c[0] + (c[1] + 1) / 2;
        return new LineFeatures(text.length(), words, c[2], c[3], c[4], numbers[0], countSentenceEnds(text),
                endsLikeSentence(text));
    }

    /** Share of words that are stopwords, 0 when there are no words. */
    public double stopwordDensity() {
        return words == 0 ? 0 : (double) stopwords / words;
    }

    /** Share of cased words that start with a capital, as in a menu item or a headline in title case. */
    public double capitalizedShare() {
        return casedWords == 0 ? 0 : (double) capitalized / casedWords;
    }

    private static boolean isNumber(CharSequence t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int countSentenceEnds(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isSentenceMark(ch)) {
                boolean atEnd = i + 1 >= text.length();
                char next = atEnd ? ' ' : text.charAt(i + 1);
                if (atEnd || next == ' ' || isClosing(next) || ch >= 0x3000) {
                    // "3.5" and "e.g" do not end sentences; a mark before a space or a quote does
                    if (ch != '.' || i == 0 || !Character.isDigit(text.charAt(i - 1)) || atEnd || next == ' ') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (isClosing(text.charAt(i)) || text.charAt(i) == ' ')) {
            i--;
        }
        return i >= 0 && isSentenceMark(text.charAt(i));
    }

    private static boolean isSentenceMark(char ch) {
        return ch == '.' || ch == '!' || ch == '?' || ch == '…' || ch == '。' || ch == '！' || ch == '？'
                || ch == '؟' || ch == '।';
    }

    private static boolean isClosing(char ch) {
        return ch == '"' || ch == '\'' || ch == '”' || ch == '’' || ch == '»' || ch == '«' || ch == ')' || ch == ']'
                || ch == '」' || ch == '』' || ch == '）' || ch == '“';
    }
}
