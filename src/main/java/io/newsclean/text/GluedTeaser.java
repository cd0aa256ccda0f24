package io.newsclean.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a teaser card flattened into one line: a headline in title case run straight into
 * its blurb with no space ("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run
 * was foiled..."). The join (a lower-case word, or a question mark, directly followed by a
 * capitalised word) after a stretch of title-case words gives it away; brand names written in
 * camel case ("UnitedHealth") inside ordinary sentences do not stand after a title-case stretch.
 */
public final class GluedTeaser {
    private static final Pattern JOIN = Pattern.compile("(?:\\p{Ll}{2}|[?!])(?=\\p{Lu}\\p{Ll})");
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MIN_BLURB_WORDS = 5;
    /** Title case leaves only short words ("a", "of", "the") in lower case. */
    private static final int MAX_LONG_LOWER_CASE_WORDS = 0;
    private static final int LONG_WORD = 4;

    private GluedTeaser() {
    }

    public static boolean isGluedTeaser(String text) {
        Matcher join = JOIN.matcher(text);
        while (join.find()) {
            String headline = text.substring(0, join.end());
            int words = Words.count(headline);
            if (words > MAX_HEADLINE_WORDS) {
                return false;
            }
            if (words >= MIN_HEADLINE_WORDS && isTitleCase(headline)
                    && Words.count(text.substring(join.end())) >= MIN_BLURB_WORDS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTitleCase(String headline) {
        int[] lower = {0};
        boolean[] sentence = {false};
        Words.scan(headline, (t, s, e, script) -> {
            if (Character.isLowerCase(Character.codePointAt(t, s)) && e - s >= LONG_WORD && e < t.length()) {
                lower[0]++;
            }
        });
        // the headline's last word is the one glued to the blurb: "RunDenny" is read as "Run"
        sentence[0] = LineFeatures.countSentenceEnds(headline.substring(0, headline.length() - 1)) > 0;
        return lower[0] <= MAX_LONG_LOWER_CASE_WORDS && !sentence[0];
    }
}
