package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.Set;

/**
 * Date and time lines inside the body ("Updated 5:27 am CST, Wednesday, November 20, 2019"):
 * short blocks made of date words and numbers, or inside an element the page calls a date.
 */
public final class TimestampRule implements Rule {
    private static final Verdict TIMESTAMP = Verdict.drop("timestamp");
    private static final int MAX_WORDS = 14;
    /** Words that leave a line a timestamp; anything else counts as real content. */
    private static final Set<String> DATE_WORDS = Set.of(
            "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
            "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
            "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
            "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "at", "on",
            "updated", "published", "posted", "last", "modified", "created", "first", "date", "time", "ago",
            "minutes", "minute", "hours", "hour", "days", "day", "mins", "hrs", "utc", "gmt", "et", "est", "edt",
            "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "aest", "of", "th", "st", "nd",
            "rd", "and", "to", "today", "yesterday", "aktualisiert", "veröffentlicht", "publié", "le", "à", "mis",
            "jour", "publicado", "el", "em", "de", "atualizado", "um", "uhr", "h");

    @Override
    public String name() {
        return "timestamp";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        int words = BlockShape.words(block, context, MAX_WORDS);
        if (words > MAX_WORDS) {
            return Verdict.PASS;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.DATE) && words <= MAX_WORDS) {
            return TIMESTAMP;
        }
        return isDateLine(LowerCaseTexts.of(block, context)) ? TIMESTAMP : Verdict.PASS;
    }

    /** @param lower the line in lower case, as the date words are */
    private static boolean isDateLine(String lower) {
        int numbers = 0;
        int others = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean wordChar = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String word = lower.substring(start, i);
                if (Character.isDigit(word.charAt(0))) {
                    numbers++;
                } else if (!DATE_WORDS.contains(word)) {
                    others++;
                }
                start = -1;
            }
        }
        return numbers > 0 && others == 0;
    }
}
