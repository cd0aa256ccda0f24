package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.text.Words;

/**
 * "Westmacott also said that Obama shows “great charm”", "Mr. Ross said Mr. Obama had told Jewish leaders that
 * he would not allow ''no daylight''": a quoted fragment inside the clause that a speech verb reports belongs to
 * that verb's subject, who is the one speaking, not to the subject of a verb inside what they said. The inner
 * clause must follow the speech verb straight on (a "that", a listener or a time between, no punctuation): a
 * comma or a new clause ends what the speech verb reports ("Clinton said so, and Trump called it a “hoax”").
 */
final class OuterReporter {
    /** How many words may stand between the speech verb and the inner clause's subject ("told Jewish leaders that"). */
    private static final int GAP_WORDS = 5;

    private OuterReporter() {
    }

    /**
     * Whether the inner subject starting at {@code innerSubject} stands in the clause reported by the outer
     * cue ending at {@code outerEnd}.
     */
    static boolean reports(String text, Cues cues, String outerCue, int outerEnd, int innerSubject, String innerCue) {
        int outerKinds = cues.kinds(outerCue);
        if ((outerKinds & (Cues.SPEECH | Cues.LISTENER)) == 0 || cues.isFragment(outerCue) || outerCue.endsWith("ing")
                || cues.isReportOnly(outerCue) || cues.framesNoWords(outerCue)) {
            return false;
        }
        if (cues.isFragment(innerCue) || cues.isCharge(innerCue)) {
            return false; // "Trump said Clinton called him a “liar”": the inner subject gave the label
        }
        if (innerSubject < outerEnd) {
            return false;
        }
        String gap = text.substring(outerEnd, innerSubject);
        for (int k = 0; k < gap.length(); k++) {
            if (!Character.isLetterOrDigit(gap.charAt(k)) && !Character.isWhitespace(gap.charAt(k)) && gap.charAt(k) != '.'
                    && gap.charAt(k) != '\'' && gap.charAt(k) != '’') {
                return false;
            }
        }
        return Words.countWords(text, new int[]{outerEnd, innerSubject}) <= GAP_WORDS;
    }
}
