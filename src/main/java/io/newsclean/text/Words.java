package io.newsclean.text;

/**
 * Splits text into words without allocating: a word is a run of letters and digits, with
 * apostrophes and hyphens allowed inside it ("don't", "Russia-NATO"). Letters of unspaced
 * scripts (Chinese, Japanese, Thai) are reported one at a time.
 */
public final class Words {
    private Words() {
    }

    /** Receives each word as a range of the scanned text. */
    @FunctionalInterface
    public interface Sink {
        void word(CharSequence text, int start, int end, Script script);
    }

    public static void scan(CharSequence text, Sink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            int start = i;
            Script script;
            boolean letterSeen;
            if (first < 0x80) {
                // most text is ASCII: the same answers as below, without the Unicode tables
                if (!isAsciiLetterOrDigit(first)) {
                    i++;
                    continue;
                }
                script = Script.LATIN;
                letterSeen = first > '9';
                i++;
            } else {
                int cp = Character.codePointAt(text, i);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                letterSeen = Character.isLetter(cp);
                script = letterSeen ? Script.of(cp) : Script.LATIN;
                i += Character.charCount(cp);
                if (script.unspaced()) {
                    sink.word(text, start, i, script);
                    continue;
                }
            }
            while (i < n) {
                char ascii = text.charAt(i);
                if (ascii < 0x80) {
                    if (isAsciiLetterOrDigit(ascii)) {
                        // an ASCII letter is Latin, which is spaced
                        if (!letterSeen && ascii > '9') {
                            script = Script.LATIN;
                            letterSeen = true;
                        }
                        i++;
                        continue;
                    }
                    if ((ascii == '\'' || ascii == '-') && i + 1 < n && isLetterOrDigitAt(text, i + 1)) {
                        i++;
                        continue;
                    }
                    break;
                }
                int c = Character.codePointAt(text, i);
                if (Character.isLetterOrDigit(c)) {
                    if (Character.isLetter(c) && Script.of(c).unspaced()) {
                        break;
                    }
                    if (!letterSeen && Character.isLetter(c)) {
                        script = Script.of(c);
                        letterSeen = true;
                    }
                    i += Character.charCount(c);
                } else if (isJoiner(c) && i + 1 < n && isLetterOrDigitAt(text, i + 1)) {
                    i++;
                } else {
                    break;
                }
            }
            sink.word(text, start, i, script);
        }
    }

    private static boolean isLetterOrDigitAt(CharSequence text, int i) {
        char c = text.charAt(i);
        return c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(Character.codePointAt(text, i));
    }

    /** Number of words in the text, counting each character of unspaced scripts as half a word. */
    public static int count(CharSequence text) {
        int[] counts = new int[2];
        scan(text, (t, s, e, script) -> counts[script.unspaced() ? 1 : 0]++);
        return counts[0] + (counts[1] + 1) / 2;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
    }
}
