package io.newsclean.quotes.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and helpers for telling names, titles and descriptions of people apart. */
public final class Names {
    /** A run of capitalised words, initials and name particles: "Gen. James E. Cartwright", "O’Malley". */
    public static final Pattern NAME_RUN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*(?:\\.(?:\\p{Lu}\\.)*)?)"
                    + "(?:\\s+(?:(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|la|le|dos|das)\\s+)?"
                    + "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*(?:\\.(?:\\p{Lu}\\.)*)?))*");

    /** A capitalised run found by {@link #runs}. */
    public record Run(int start, int end, String text) {
    }

    /**
     * Every capitalised run in a text, trying the pattern only where a capitalised word starts:
     * far cheaper than letting the regex engine try every position.
     */
    public static java.util.List<Run> runs(String text) {
        java.util.List<Run> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z' && c < 128) {
                i++; // the bulk of running text: no ASCII character but A-Z opens a name
                continue;
            }
            if (Character.isUpperCase(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = nameRunEnd(text, i);
                if (end >= 0) {
                    out.add(new Run(i, end, text.substring(i, end)));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static final String[] PARTICLES =
            {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "dos", "das"};

    /**
     * Where {@link #NAME_RUN} matched at {@code i} ends, or -1: the same match worked out by hand,
     * since the regex engine costs several times more on every capitalised word of every paragraph.
     * Each part of the pattern is greedy and nothing after it can fail, so no backtracking is needed.
     */
    public static int nameRunEnd(String text, int i) {
        int end = nameEnd(text, i);
        if (end < 0) {
            return -1;
        }
        int n = text.length();
        while (end < n && isRegexSpace(text.charAt(end))) {
            int k = end;
            while (k < n && isRegexSpace(text.charAt(k))) {
                k++;
            }
            int next = -1;
            int afterParticle = particleEnd(text, k);
            if (afterParticle >= 0) {
                next = nameEnd(text, afterParticle);
            }
            if (next < 0) {
                next = nameEnd(text, k);
            }
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** One capitalised word: {@code \p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?:\.(?:\p{Lu}\.)*)?}. */
    private static int nameEnd(String text, int i) {
        int n = text.length();
        if (i >= n || Character.getType(text.codePointAt(i)) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int k = lettersAndMarksEnd(text, i + Character.charCount(text.codePointAt(i)));
        while (k + 1 < n && "'’-".indexOf(text.charAt(k)) >= 0 && Character.isLetter(text.codePointAt(k + 1))) {
            k = lettersAndMarksEnd(text, k + 1 + Character.charCount(text.codePointAt(k + 1)));
        }
        if (k < n && text.charAt(k) == '.') {
            k++;
            // an abbreviation goes on letter by letter: "U.S.", "J.R.R."
            while (k + 1 < n && Character.getType(text.charAt(k)) == Character.UPPERCASE_LETTER && text.charAt(k + 1) == '.') {
                k += 2;
            }
        }
        return k;
    }

    private static int lettersAndMarksEnd(String text, int k) {
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                k++; // ASCII letters, most of any name, need no Unicode tables
                continue;
            }
            int cp = text.codePointAt(k);
            if (!Character.isLetter(cp) && !isMark(cp)) {
                break;
            }
            k += Character.charCount(cp);
        }
        return k;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** After a name particle and its spaces ("van "), or -1. */
    private static int particleEnd(String text, int k) {
        if (k >= text.length() || !Character.isLowerCase(text.charAt(k))) {
            return -1; // every particle is lower-case
        }
        for (String p : PARTICLES) {
            int e = k + p.length();
            if (e < text.length() && text.startsWith(p, k) && isRegexSpace(text.charAt(e))) {
                while (e < text.length() && isRegexSpace(text.charAt(e))) {
                    e++;
                }
                return e;
            }
        }
        return -1;
    }

    /**
     * Words that stand before a name without being part of it, in every language with a cue list: a title
     * in one language is no word of another's running text.
     */
    public static final Set<String> TITLES = union(QuoteWords.NAMES.set("names.titles"), QuoteWords.everySpeakersGroup("title"));
    /** Capitalised words that start a sentence or a phrase but never a name, in every language with a cue list. */
    static final Set<String> FUNCTION_WORDS = union(QuoteWords.NAMES.set("names.function-words"),
            QuoteWords.everySpeakersGroup("function-word"));
    /** Words that make a capitalised run an organisation or a place rather than a person. */
    public static final Set<String> ORG_WORDS = QuoteWords.NAMES.set("names.org-words");
    /** Head nouns of descriptions that denote a person ("the analyst", "a spokeswoman for …"). */
    public static final Set<String> PERSON_ROLES = QuoteWords.NAMES.set("names.person-roles");
    private static final Set<String> OTHER_MALE_PRONOUNS = QuoteWords.everySpeakersGroup("pronoun-male");
    private static final Set<String> OTHER_FEMALE_PRONOUNS = QuoteWords.everySpeakersGroup("pronoun-female");
    /** Personal pronouns, English and those of the other languages with a cue list ("er", "elle", "él"). */
    public static final Set<String> PRONOUNS = union(QuoteWords.NAMES.set("names.pronouns"),
            union(OTHER_MALE_PRONOUNS, OTHER_FEMALE_PRONOUNS));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static final Map<String, Gender> FIRST_NAMES = loadFirstNames();
    /** Runs of white space, for splitting phrases into words without compiling a pattern per call. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    public static String[] words(String phrase) {
        // the same split as SPACES.split(phrase.strip()), without the regex machinery: it runs on every name
        String s = phrase.strip();
        int count = 1;
        for (int i = 1; i < s.length(); i++) {
            if (isRegexSpace(s.charAt(i)) && !isRegexSpace(s.charAt(i - 1))) {
                count++;
            }
        }
        String[] out = new String[count];
        int n = 0;
        for (int i = 0, end; i < s.length(); i = skipSpaces(s, end)) {
            end = wordEnd(s, i);
            out[n++] = s.substring(i, end);
        }
        if (n == 0) {
            out[0] = s;
        }
        return out;
    }

    /** Where the word starting at {@code i} ends: the next white space as {@link #words} splits, or the end. */
    public static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The first position from {@code i} on that is not white space as {@link #words} splits. */
    public static int skipSpaces(String text, int i) {
        int j = i;
        while (j < text.length() && isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** What {@code \s} matches in a Java regex without the Unicode flag. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private Names() {
    }


    /**
     * {@code s.toLowerCase(Locale.ROOT)}: the pass folds every word it looks up, nearly all of them ASCII and
     * most already lower case, which this answers without the JDK's per-character case tables.
     */
    public static String lower(String s) {
        int n = s.length();
        int firstUpper = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return s.toLowerCase(Locale.ROOT);
            }
            if (firstUpper < 0 && c >= 'A' && c <= 'Z') {
                firstUpper = i;
            }
        }
        if (firstUpper < 0) {
            return s;
        }
        char[] out = s.toCharArray();
        for (int i = firstUpper; i < n; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /** Whether a lower-case word is "a", "an" or "the". */
    public static boolean isArticle(String lower) {
        return lower.equals("the") || lower.equals("a") || lower.equals("an");
    }

    /** Whether a lower-case word names a role a person holds, in the singular or the plural ("aide", "aides"). */
    public static boolean isRole(String lower) {
        return PERSON_ROLES.contains(lower) || lower.endsWith("s") && PERSON_ROLES.contains(lower.substring(0, lower.length() - 1));
    }

    /** "Clinton’s" -> "Clinton", "Gen." -> "Gen". */
    public static String bare(String token) {
        String t = token;
        if (t.endsWith("’s") || t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("’") || t.endsWith("'")) {
            t = t.substring(0, t.length() - 1);
        }
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    public static boolean isTitle(String token) {
        return token.length() <= LONGEST_LIST_WORD + 3 && TITLES.contains(lower(bare(token)));
    }

    public static boolean isFunctionWord(String token) {
        return token.length() <= LONGEST_LIST_WORD + 3 && FUNCTION_WORDS.contains(lower(bare(token)));
    }

    /** No title or function word is longer than this, so longer tokens need no look-up. */
    private static final int LONGEST_LIST_WORD = 14;

    public static boolean isOrgWord(String token) {
        return ORG_WORDS.contains(lower(bare(token)));
    }

    /** True for a token like "J." that abbreviates a given name. */
    public static boolean isInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.';
    }

    public static Gender genderOfFirstName(String token) {
        return FIRST_NAMES.getOrDefault(lower(bare(token)), Gender.UNKNOWN);
    }

    public static Gender genderOfTitle(String token) {
        String t = lower(bare(token));
        return switch (t) {
            case "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "councilman",
                    "assemblyman", "businessman" -> Gender.MALE;
            case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman", "spokeswoman",
                    "chairwoman", "councilwoman", "assemblywoman", "businesswoman" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    public static Gender genderOfPronoun(String word) {
        String lower = lower(word);
        return switch (lower) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> OTHER_MALE_PRONOUNS.contains(lower) ? Gender.MALE
                    : OTHER_FEMALE_PRONOUNS.contains(lower) ? Gender.FEMALE : Gender.UNKNOWN;
        };
    }

    /**
     * The name inside a capitalised run: leading function words and titles go, and so does
     * everything before the last title ("Russian Deputy Defense Minister Anatoly Antonov" ->
     * "Anatoly Antonov"). Returns the name's tokens, possibly empty.
     */
    public static List<String> nameTokens(String run) {
        String[] tokens = words(run);
        int to = tokens.length;
        while (to > 1 && SUFFIXES.contains(lower(bare(tokens[to - 1])))) {
            to--;
        }
        if (to == 0) {
            return List.of();
        }
        // each token's word-list key, worked out once: isTitle and isFunctionWord would each make it again
        String[] keys = new String[to];
        for (int i = 0; i < to; i++) {
            keys[i] = tokens[i].length() <= LONGEST_LIST_WORD + 3 ? lower(bare(tokens[i])) : null;
        }
        if (keys[to - 1] != null && (TITLES.contains(keys[to - 1]) || FUNCTION_WORDS.contains(keys[to - 1]))) {
            return List.of();
        }
        int from = 0;
        for (int i = 0; i < to; i++) {
            // a role noun before the name is a title too ("Moderator Chuck Todd", "Political Editor Matthew Boyle"),
            // and so is a participle opening the run ("Celebrating Clinton")
            boolean title = keys[i] != null && (TITLES.contains(keys[i]) || i < to - 1 && PERSON_ROLES.contains(keys[i])
                    || i == 0 && to > 1 && keys[i].endsWith("ing") && !FIRST_NAMES.containsKey(keys[i]));
            boolean sentenceEnd = i < to - 1 && tokens[i].endsWith(".") && tokens[i].length() > 2 && !title
                    && !isDottedInitials(tokens[i]); // "J.J. MacNab": initials, not a sentence's end
            // "Pennsylvania's Patrick Toomey", "Fox News’ Bret Baier": a possessive before the name qualifies it
            boolean possessive = i < to - 1 && (tokens[i].endsWith("’s") || tokens[i].endsWith("'s") || tokens[i].endsWith("s’"));
            if (title || keys[i] != null && FUNCTION_WORDS.contains(keys[i]) || sentenceEnd || possessive) {
                from = i + 1;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(i == to - 1 ? bare(tokens[i]) : tokens[i]);
        }
        return out;
    }

    /** Whether a capitalised run names a person in full: two name tokens or more, none an organisation's word. */
    public static boolean isFullPersonName(String run) {
        List<String> tokens = nameTokens(run);
        if (tokens.size() < 2) {
            return false;
        }
        for (String token : tokens) {
            if (isOrgWord(token)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SUFFIXES = QuoteWords.NAMES.set("names.suffixes");

    /** "J.J.", "U.S.", "J.R.R.": single capitals each with its period, an abbreviation that ends no sentence by itself. */
    public static boolean isDottedInitials(String token) {
        int n = token.length();
        if (n < 4 || n % 2 != 0) {
            return false;
        }
        for (int k = 0; k < n; k += 2) {
            if (!Character.isUpperCase(token.charAt(k)) || token.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Gender> loadFirstNames() {
        Map<String, Gender> map = new HashMap<>();
        try (InputStream in = Names.class.getResourceAsStream("/io/newsclean/quotes/first-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource first-names.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                Gender g = line.startsWith("female") ? Gender.FEMALE : Gender.MALE;
                for (String name : words(line.substring(colon + 1))) {
                    map.putIfAbsent(name, g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // not copied into an immutable map: a single call would pay for hashing 7,000 names twice
        return Collections.unmodifiableMap(map);
    }
}
