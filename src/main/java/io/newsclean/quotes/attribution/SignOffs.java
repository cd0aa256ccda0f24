package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.Words;

/**
 * Attributions that carry no verb. A quote signed after a dash ("“…” ― Dean Baker, economist",
 * "“…” —Jessica F.", "“…” — blockbeta on Reddit"), as quote lists, reviews and pull quotes sign
 * them: the dash, the name and at most a short role or place close the paragraph. And a role put
 * before the name it belongs to ("says Co-Founder, Stephanie Özcan"), where the name, not the
 * role, is the speaker.
 */
public final class SignOffs {
    /** The most words a signature may have after its dash: a name and a short role or place. */
    private static final int SIGNATURE_WORDS = 12;

    private SignOffs() {
    }

    /**
     * The signature right after a quote's closing mark at {@code close}, or null: a dash, then a
     * capitalised name, or a single user name followed by "on" or a comma or nothing, and no other
     * quotation up to the paragraph's end.
     */
    public static Attribution after(String text, int close) {
        int i = skipSpaces(text, close);
        int dashes = 0;
        while (i < text.length() && isDash(text.charAt(i))) {
            i++;
            dashes++;
        }
        if (dashes == 0 || dashes > 2) {
            return null;
        }
        i = skipSpaces(text, i);
        if (i >= text.length() || Words.letterRuns(text, i, text.length(), Integer.MAX_VALUE) > SIGNATURE_WORDS
                || hasQuoteMark(text, i)) {
            return null;
        }
        int end = Character.isUpperCase(text.charAt(i)) ? withoutPeriod(text, i, Names.nameRunEnd(text, i)) : handleEnd(text, i);
        if (end <= i || !closesSignature(text, end)) {
            return null;
        }
        return new Attribution(i, end, text.substring(skipSpaces(text, close), skipSpaces(text, close) + dashes), end);
    }

    /**
     * "says Co-Founder, Stephanie Özcan": when the words naming the speaker are at most three
     * capitalised words that name no person in full, and a comma and a full name follow them up to
     * the sentence's end or a comma, the attribution names that person; else it is returned as is.
     */
    public static Attribution withNameAfterRole(String text, Attribution a) {
        if (a == null || a.mentionStart() < 0) {
            return a;
        }
        String mention = a.mention(text);
        if (mention.isEmpty() || !Character.isUpperCase(mention.charAt(0)) || Names.isFullPersonName(mention)
                || Names.words(mention).length > 3) {
            return a;
        }
        int i = skipSpaces(text, a.mentionEnd());
        if (i >= text.length() || text.charAt(i) != ',') {
            return a;
        }
        i = skipSpaces(text, i + 1);
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return a;
        }
        int end = withoutPeriod(text, i, Names.nameRunEnd(text, i));
        if (end < 0 || !Names.isFullPersonName(text.substring(i, end))) {
            return a;
        }
        int after = skipSpaces(text, end);
        boolean closes = after >= text.length() || ".,;".indexOf(text.charAt(after)) >= 0;
        return closes ? new Attribution(i, end, a.cue(), Math.max(a.end(), end)) : a;
    }

    /** A user name: letters, digits, dots, underscores and hyphens, as forums and social sites allow. */
    private static int handleEnd(String text, int i) {
        int k = i;
        while (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || "._-".indexOf(text.charAt(k)) >= 0)) {
            k++;
        }
        while (k > i && ".-".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k;
    }

    /** What may follow the name: nothing, a closing period, a comma and a role, or "on" and a place. */
    private static boolean closesSignature(String text, int end) {
        int k = skipSpaces(text, end);
        if (k >= text.length()) {
            return true;
        }
        char c = text.charAt(k);
        return c == ',' || c == '.' && skipSpaces(text, k + 1) >= text.length()
                || text.startsWith("on ", k) || text.startsWith("in ", k) || text.startsWith("(", k);
    }

    /** A name run takes a period as an initial's; the sentence's own ("Stephanie Özcan.") is not the name's. */
    private static int withoutPeriod(String text, int start, int end) {
        if (end > start + 2 && text.charAt(end - 1) == '.' && Character.isLowerCase(text.charAt(end - 2))) {
            return end - 1;
        }
        return end;
    }

    private static boolean hasQuoteMark(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (QuoteMarks.isAnyMark(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The dashes a signature may open with: the quotation dash ("―"), em and en dashes, a hyphen. */
    public static boolean isDash(char c) {
        return c == '―' || c == '—' || c == '–' || c == '-';
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
