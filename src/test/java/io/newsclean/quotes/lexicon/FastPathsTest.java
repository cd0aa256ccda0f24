package io.newsclean.quotes.lexicon;

import io.newsclean.testing.RandomText;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The hand-written fast paths must agree exactly with the straightforward code they replace. */
class FastPathsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void wordsSplitsLikeTheRegexAfterStrip() {
        String[] fixed = {"", " ", "Joe", "  Joe  Biden ", "Joe\tR.\u000BBiden\n", "Sen.\u2009Warren", "a \u00A0 b", "\u2003x y\u2003"};
        for (String s : fixed) {
            assertArrayEquals(SPACES.split(s.strip()), Names.words(s), s);
        }
        String alphabet = "aB \t\n\u000B\f\r\u00A0\u2009.’";
        Random random = new Random(7);
        for (int k = 0; k < 5000; k++) {
            String s = RandomText.ofChars(random, 12, alphabet);
            assertArrayEquals(SPACES.split(s.strip()), Names.words(s), s);
        }
    }

    @Test
    void nameRunEndMatchesTheNameRunPattern() {
        String[] pieces = {"Joe", "O’Malley", "Jean-Luc", "E.", "van", "de", "della", "del", "al", "la", "Ülkü", "e\u0301",
                "\uD835\uDC00b", "X", " ", "  ", "\t", "\u00A0", "\u2009", ".", "'", "’", "-", "a", "said", "Smith's", "É"};
        Random random = new Random(11);
        for (int k = 0; k < 20000; k++) {
            String s = RandomText.of(random, 9, pieces);
            for (int i = 0; i < s.length(); i++) {
                java.util.regex.Matcher m = Names.NAME_RUN.matcher(s).region(i, s.length());
                int expected = m.lookingAt() ? m.end() : -1;
                org.junit.jupiter.api.Assertions.assertEquals(expected, Names.nameRunEnd(s, i), s + " @" + i);
            }
        }
    }

    @Test
    void cueScanFindsEveryCueAPlainWordByWordScanFinds() {
        Cues cues = Cues.forLanguage("en");
        String text = "Smith said on Monday that the plan, according to aides, \"won't work,\" and 12said x-said told-her; "
                + "she added: Déjà vu, he warned.Told you, SAID nobody — officials told reporters";
        java.util.List<String> found = new java.util.ArrayList<>();
        for (Cues.Match m = cues.find(text, 0, text.length()); m != null; m = cues.find(text, m.end(), text.length())) {
            found.add(m.cue() + "@" + m.start());
        }
        // "plan" is in the lexicon as an intention verb ("X plans to …"): the scan finds the word, the
        // reported-speech finder decides that "the plan" is no cue
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("said@" + text.indexOf("said"),
                "plan@" + text.indexOf("plan"), "according to@" + text.indexOf("according"), "added@" + text.indexOf("added"),
                "warned@" + text.indexOf("warned"), "told@" + text.indexOf("told reporters")), found);
    }

    @Test
    void foldedTableAnswersAsTheWordSetsDoOnEachTokensKey() {
        // list words in any case, with a possessive, an apostrophe or periods after them, and words in no list
        String[] stems = {"sen", "Sen", "SEN", "the", "The", "mr", "Mr", "Mrs", "spokeswoman", "Chairman", "party", "Party",
                "committee", "aide", "Jr", "john", "John", "MARY", "Leslie", "Clinton", "İstanbul", "Ülkü", "é", "x", "",
                "Celebrating", "ING", "O’Brien", "Clinton—the"};
        String[] tails = {"", ".", "..", "’s", "'s", "’", "'", "s’", "’s.", "s"};
        Random random = new Random(5);
        for (int k = 0; k < 5000; k++) {
            String token = stems[random.nextInt(stems.length)] + tails[random.nextInt(tails.length)];
            String key = Names.lower(Names.bare(token));
            Assertions.assertEquals(token.length() <= 17 && Names.TITLES.contains(key), Names.isTitle(token), token);
            Assertions.assertEquals(token.length() <= 17 && Names.FUNCTION_WORDS.contains(key), Names.isFunctionWord(token), token);
            Assertions.assertEquals(Names.ORG_WORDS.contains(key), Names.isOrgWord(token), token);
            String text = "« " + token + " »";
            Assertions.assertEquals(Names.isFunctionWord(token), Names.isFunctionWord(text, 2, 2 + token.length()), token);
            Assertions.assertEquals(Names.bare(token).length(), WordKinds.bareEnd(token, 0, token.length()), token);
        }
        Assertions.assertEquals(Gender.FEMALE, Names.genderOfTitle("Mrs."));
        Assertions.assertEquals(Gender.MALE, Names.genderOfTitle("SPOKESMAN’s"));
        Assertions.assertEquals(Gender.UNKNOWN, Names.genderOfTitle("Sen."));
    }

    @Test
    void nameTokensKeepsTheNameAfterTitlesRolesAndPossessives() {
        Assertions.assertEquals(java.util.List.of("Anatoly", "Antonov"), Names.nameTokens("Russian Deputy Defense Minister Anatoly Antonov"));
        Assertions.assertEquals(java.util.List.of("Patrick", "Toomey"), Names.nameTokens("Pennsylvania's Patrick Toomey"));
        Assertions.assertEquals(java.util.List.of("J.J.", "MacNab"), Names.nameTokens("J.J. MacNab’s"));
        Assertions.assertEquals(java.util.List.of("Robert", "Downey"), Names.nameTokens("Robert Downey Jr."));
        Assertions.assertEquals(java.util.List.of("Clinton"), Names.nameTokens("Celebrating Clinton"));
        Assertions.assertEquals(java.util.List.of(), Names.nameTokens("The Senator"));
        Assertions.assertEquals(java.util.List.of(""), Names.nameTokens("  "));
    }

    @Test
    void lowerFoldsAsTheJdkDoesWithCurlyPunctuationInTheWord() {
        String alphabet = "aZO’“—\u2060\u206F\u2070İΣÉ\u1FFF. ";
        Random random = new Random(3);
        for (int k = 0; k < 5000; k++) {
            String s = RandomText.ofChars(random, 8, alphabet);
            Assertions.assertEquals(s.toLowerCase(java.util.Locale.ROOT), Names.lower(s), s);
        }
    }

    @Test
    void foldedKeyIsTheLowerBareWordCutOutOfTheText() {
        String[] stems = {"the", "The", "SAID", "said", "Sen", "Clinton", "İstanbul", "Ülkü", "O’Brien", "x", "", "é", "a.b"};
        String[] tails = {"", ".", "..", "’s", "'s", "’", "'", "s’", "’s."};
        Random random = new Random(13);
        for (int k = 0; k < 5000; k++) {
            String token = stems[random.nextInt(stems.length)] + tails[random.nextInt(tails.length)];
            String text = "« " + token + " »";
            Assertions.assertEquals(Names.lower(Names.bare(token)), Names.foldedKey(text, 2, 2 + token.length()), token);
        }
    }

    @Test
    void oneWordNamesAndTitleGendersAgreeWithTheWordByWordReading() {
        String[] pieces = {"Mrs.", "Sen.", "Spokesman", "The", "He", "Trump", "Clinton’s", "Jr.", "  ", " ", "", "Gen.", "MARY", "Ülkü"};
        Random random = new Random(19);
        for (int k = 0; k < 5000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(4); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String run = b.toString();
            Gender expected = Gender.UNKNOWN;
            for (String token : Names.words(run)) {
                if (Names.genderOfTitle(token) != Gender.UNKNOWN) {
                    expected = Names.genderOfTitle(token);
                }
            }
            Assertions.assertEquals(expected, Names.lastTitleGender(run), run);
            Assertions.assertEquals(Names.words(run).length, Names.wordCount(run), run);
        }
        Assertions.assertEquals(java.util.List.of(), Names.nameTokens("The"));
        Assertions.assertEquals(java.util.List.of("Clinton"), Names.nameTokens(" Clinton’s "));
        Assertions.assertEquals(java.util.List.of("Mary"), Names.nameTokens("Mary."));
    }
}
