package io.newsclean.quotes.text;

import io.newsclean.testing.RandomText;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCursorTest {
    @Test
    void innerPeriodsApostrophesAmpersandsAndHyphensJoinAWord() {
        assertEquals(List.of("The", "U.S.", "envoy", "O’Brien", "of", "AT&T", "a", "co-founder", "said"),
                words("The U.S. envoy, O’Brien of AT&T, a co-founder, said"));
    }

    @Test
    void oneTrailingPeriodBelongsToTheWordAndOtherPunctuationDoesNot() {
        assertEquals(List.of("Gen.", "Cartwright", "said", "it", "s", "over."),
                words("“Gen. Cartwright,” said — it 's over... "));
        assertEquals(List.of("well", "known"), words("well- known"), "a hyphen with no letter after it ends the word");
    }

    @Test
    void lettersAndNumbersOfEveryScriptCount() {
        assertEquals(List.of("Заявил", "Путин", "2024", "年", "½", "𝐀𝐁"), words("«Заявил Путин» 2024 年 ½ 𝐀𝐁"));
    }

    @Test
    void theLimitCutsTheLastWord() {
        String text = "said Alexei Arbatov";
        WordCursor cursor = new WordCursor(text, 5, 9);
        List<String> seen = new ArrayList<>();
        while (cursor.next()) {
            seen.add(cursor.word());
        }
        assertEquals(List.of("Alex"), seen);
    }

    /** The words are exactly what this pattern finds, as the parsers once used it. */
    @Test
    void agreesWithTheRegularExpressionItReplaces() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’&-][\\p{L}\\p{N}]+)*\\.?");
        String alphabet = "aZ9 .'’&-,é“”ж½\u0301";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.ofChars(random, 16, alphabet);
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int limit = from + random.nextInt(s.length() - from + 1);
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(s).region(from, limit);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            WordCursor cursor = new WordCursor(s, from, limit);
            while (cursor.next()) {
                actual.add(cursor.start() + ":" + cursor.word());
            }
            assertEquals(expected, actual, "'" + s + "' [" + from + ", " + limit + ")");
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        WordCursor cursor = new WordCursor(text, 0, text.length());
        while (cursor.next()) {
            out.add(cursor.word());
        }
        return out;
    }
}
