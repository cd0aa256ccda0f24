package io.newsclean.quotes.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
            Run run = runAt(text, i);
            if (run != null) {
                out.add(run);
                i = run.end();
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * The capitalised run that opens at {@code i}, or null: an upper-case letter with no letter or digit right
     * before it, and {@link #NAME_RUN}'s match from there.
     */
    public static Run runAt(String text, int i) {
        if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return null;
        }
        int end = nameRunEnd(text, i);
        return end < 0 ? null : new Run(i, end, text.substring(i, end));
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
        if (i >= n) {
            return -1;
        }
        char first = text.charAt(i);
        int k;
        if (first < 128) {
            if (first < 'A' || first > 'Z') {
                return -1;
            }
            k = lettersAndMarksEnd(text, i + 1);
        } else {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
                return -1;
            }
            k = lettersAndMarksEnd(text, i + Character.charCount(cp));
        }
        while (k + 1 < n && "'’-".indexOf(text.charAt(k)) >= 0 && isLetterAt(text, k + 1)) {
            char c = text.charAt(k + 1);
            k = lettersAndMarksEnd(text, k + 1 + (c < 128 ? 1 : Character.charCount(text.codePointAt(k + 1))));
        }
        if (k < n && text.charAt(k) == '.') {
            k++;
            // an abbreviation goes on letter by letter: "U.S.", "J.R.R."
            while (k + 1 < n && isUpperCaseLetter(text.charAt(k)) && text.charAt(k + 1) == '.') {
                k += 2;
            }
        }
        return k;
    }

    /** {@code Character.isLetter(text.codePointAt(i))}, without the tables for ASCII. */
    private static boolean isLetterAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(text.codePointAt(i));
    }

    private static boolean isUpperCaseLetter(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static int lettersAndMarksEnd(String text, int k) {
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                k++; // ASCII letters, most of any name, need no Unicode tables
                continue;
            }
            if (c < 128) {
                break; // no other ASCII character is a letter or a mark
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

    private static final Set<String> SUFFIXES = QuoteWords.NAMES.set("names.suffixes");

    private static final int TITLE = 1;
    private static final int FUNCTION_WORD = 1 << 1;
    private static final int ORG_WORD = 1 << 2;
    private static final int PERSON_ROLE = 1 << 3;
    private static final int SUFFIX = 1 << 4;
    private static final int MALE_FIRST_NAME = 1 << 5;
    private static final int FEMALE_FIRST_NAME = 1 << 6;
    private static final int MALE_TITLE = 1 << 7;
    private static final int FEMALE_TITLE = 1 << 8;
    /** The name lists above in one table, so that a token is folded and looked up once for all of them. */
    private static final WordKinds KINDS = nameWordKinds();

    private static WordKinds nameWordKinds() {
        // sized for the 7,000 given names, so that it never grows while they are put in
        Map<String, Integer> kinds = new HashMap<>(16384);
        add(kinds, TITLES, TITLE);
        add(kinds, FUNCTION_WORDS, FUNCTION_WORD);
        add(kinds, ORG_WORDS, ORG_WORD);
        add(kinds, PERSON_ROLES, PERSON_ROLE);
        add(kinds, SUFFIXES, SUFFIX);
        addFirstNames(kinds);
        add(kinds, List.of("mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "councilman",
                "assemblyman", "businessman"), MALE_TITLE);
        add(kinds, List.of("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman", "spokeswoman",
                "chairwoman", "councilwoman", "assemblywoman", "businesswoman"), FEMALE_TITLE);
        kinds.remove("");
        return new WordKinds(kinds);
    }

    private static void add(Map<String, Integer> kinds, java.util.Collection<String> words, int bit) {
        for (String w : words) {
            kinds.merge(w, bit, (a, b) -> a | b);
        }
    }
    /** Runs of white space, for splitting phrases into words without compiling a pattern per call. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    public static String[] words(String phrase) {
        // the same split as SPACES.split(phrase.strip()), without the regex machinery: it runs on every name
        String s = phrase.strip();
        String[] out = new String[countWords(s)];
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

    /** How many words {@link #words} splits a phrase into, without splitting it. */
    public static int wordCount(String phrase) {
        return countWords(phrase.strip());
    }

    /** The words of a stripped phrase as {@link #words} splits it; the empty phrase is one empty word. */
    private static int countWords(String stripped) {
        int count = 1;
        for (int i = 1; i < stripped.length(); i++) {
            if (isRegexSpace(stripped.charAt(i)) && !isRegexSpace(stripped.charAt(i - 1))) {
                count++;
            }
        }
        return count;
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
            if (c >= 128 && !isCaselessPunctuation(c)) {
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

    /**
     * The key a word list knows a token by, {@code lower(bare(text.substring(from, to)))}, cut out of the text
     * once: the parsers fold a word they read in place for every list they test it against.
     */
    public static String foldedKey(String text, int from, int to) {
        int end = WordKinds.bareEnd(text, from, to);
        int firstUpper = -1;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 && !isCaselessPunctuation(c)) {
                return text.substring(from, end).toLowerCase(Locale.ROOT);
            }
            if (firstUpper < 0 && c >= 'A' && c <= 'Z') {
                firstUpper = i;
            }
        }
        if (firstUpper < 0) {
            return text.substring(from, end);
        }
        char[] out = new char[end - from];
        text.getChars(from, end, out, 0);
        for (int i = firstUpper - from; i < out.length; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /**
     * Whether a character is in Unicode's General Punctuation block (’, “, ”, —, –, …), which has no letter and so
     * nothing that folds: a word with a curly apostrophe ("O’Malley", "Clinton’s") is folded as ASCII.
     */
    public static boolean isCaselessPunctuation(char c) {
        return c >= '\u2000' && c <= '\u206F';
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
        return token.length() <= LONGEST_LIST_WORD + 3 && (KINDS.of(token) & TITLE) != 0;
    }

    public static boolean isFunctionWord(String token) {
        return token.length() <= LONGEST_LIST_WORD + 3 && (KINDS.of(token) & FUNCTION_WORD) != 0;
    }

    /** {@link #isFunctionWord} for the token {@code text[from, to)}, without cutting it out. */
    public static boolean isFunctionWord(String text, int from, int to) {
        return to - from <= LONGEST_LIST_WORD + 3 && (KINDS.of(text, from, to) & FUNCTION_WORD) != 0;
    }

    /** No title or function word is longer than this, so longer tokens need no look-up. */
    private static final int LONGEST_LIST_WORD = 14;

    public static boolean isOrgWord(String token) {
        return (KINDS.of(token) & ORG_WORD) != 0;
    }

    /** True for a token like "J." that abbreviates a given name. */
    public static boolean isInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.';
    }

    public static Gender genderOfFirstName(String token) {
        return firstNameGender(KINDS.of(token));
    }

    private static Gender firstNameGender(int kinds) {
        return (kinds & MALE_FIRST_NAME) != 0 ? Gender.MALE : (kinds & FEMALE_FIRST_NAME) != 0 ? Gender.FEMALE : Gender.UNKNOWN;
    }

    public static Gender genderOfTitle(String token) {
        return titleGender(KINDS.of(token));
    }

    private static Gender titleGender(int kinds) {
        return (kinds & MALE_TITLE) != 0 ? Gender.MALE : (kinds & FEMALE_TITLE) != 0 ? Gender.FEMALE : Gender.UNKNOWN;
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
        // the tokens as words() splits them, kept as bounds: most are only looked up, and few are returned
        String s = run.strip();
        if (countWords(s) == 1) {
            return oneTokenName(s); // most runs are one word: "He", "But", "Trump"
        }
        int[] bounds = tokenBounds(s);
        int count = bounds.length / 2;
        int to = count;
        while (to > 1 && (KINDS.of(s, bounds[2 * to - 2], bounds[2 * to - 1]) & SUFFIX) != 0) {
            to--;
        }
        // each token's word-list bits, worked out once; -1 for a token too long to be in a list
        int[] kinds = new int[to];
        for (int i = 0; i < to; i++) {
            kinds[i] = bounds[2 * i + 1] - bounds[2 * i] <= LONGEST_LIST_WORD + 3 ? KINDS.of(s, bounds[2 * i], bounds[2 * i + 1]) : -1;
        }
        if (kinds[to - 1] > 0 && (kinds[to - 1] & (TITLE | FUNCTION_WORD)) != 0) {
            return List.of();
        }
        int from = 0;
        for (int i = 0; i < to; i++) {
            int b = bounds[2 * i];
            int e = bounds[2 * i + 1];
            // a role noun before the name is a title too ("Moderator Chuck Todd", "Political Editor Matthew Boyle"),
            // and so is a participle opening the run ("Celebrating Clinton")
            boolean title = kinds[i] >= 0 && ((kinds[i] & TITLE) != 0 || i < to - 1 && (kinds[i] & PERSON_ROLE) != 0
                    || i == 0 && to > 1 && foldedEndsWithIng(s, b, e) && (kinds[i] & (MALE_FIRST_NAME | FEMALE_FIRST_NAME)) == 0);
            boolean sentenceEnd = i < to - 1 && s.charAt(e - 1) == '.' && e - b > 2 && !title
                    && !isDottedInitials(s, b, e); // "J.J. MacNab": initials, not a sentence's end
            // "Pennsylvania's Patrick Toomey", "Fox News’ Bret Baier": a possessive before the name qualifies it
            boolean possessive = i < to - 1 && (s.startsWith("’s", e - 2) || s.startsWith("'s", e - 2) || s.startsWith("s’", e - 2)) && e - b >= 2;
            if (title || kinds[i] >= 0 && (kinds[i] & FUNCTION_WORD) != 0 || sentenceEnd || possessive) {
                from = i + 1;
            }
        }
        List<String> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            String token = s.substring(bounds[2 * i], bounds[2 * i + 1]);
            out.add(i == to - 1 ? bare(token) : token);
        }
        return out;
    }

    /** {@link #nameTokens} of a run of one word: none when it is a title or a function word, else the word bare. */
    private static List<String> oneTokenName(String token) {
        int kinds = token.length() <= LONGEST_LIST_WORD + 3 ? KINDS.of(token) : -1;
        if (kinds > 0 && (kinds & (TITLE | FUNCTION_WORD)) != 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(1);
        out.add(bare(token));
        return out;
    }

    /** The gender the last title among a run's words tells ("Mrs.", "Sen. … spokesman"), else UNKNOWN. */
    public static Gender lastTitleGender(String run) {
        String s = run.strip();
        int[] bounds = tokenBounds(s);
        Gender g = Gender.UNKNOWN;
        for (int i = 0; i < bounds.length; i += 2) {
            Gender byTitle = titleGender(KINDS.of(s, bounds[i], bounds[i + 1]));
            if (byTitle != Gender.UNKNOWN) {
                g = byTitle;
            }
        }
        return g;
    }

    /**
     * The bounds {start, end, start, end, …} of the words {@link #words} splits a stripped phrase into: the runs
     * between white space, or the one empty word of an empty phrase.
     */
    private static int[] tokenBounds(String s) {
        int[] bounds = new int[2 * countWords(s)];
        int n = 0;
        for (int i = 0, end; i < s.length(); i = skipSpaces(s, end)) {
            end = wordEnd(s, i);
            bounds[2 * n] = i;
            bounds[2 * n + 1] = end;
            n++;
        }
        return bounds;
    }

    /** Whether the token's key ({@code lower(bare(token))}) ends in "ing". */
    private static boolean foldedEndsWithIng(String s, int from, int to) {
        int e = WordKinds.bareEnd(s, from, to);
        if (e - from < 3) {
            return false;
        }
        for (int i = from; i < e; i++) {
            if (s.charAt(i) >= 128) {
                return lower(s.substring(from, e)).endsWith("ing");
            }
        }
        return (s.charAt(e - 3) | 0x20) == 'i' && (s.charAt(e - 2) | 0x20) == 'n' && (s.charAt(e - 1) | 0x20) == 'g';
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

    /** "J.J.", "U.S.", "J.R.R.": single capitals each with its period, an abbreviation that ends no sentence by itself. */
    public static boolean isDottedInitials(String token) {
        return isDottedInitials(token, 0, token.length());
    }

    private static boolean isDottedInitials(String text, int from, int to) {
        int n = to - from;
        if (n < 4 || n % 2 != 0) {
            return false;
        }
        for (int k = from; k < to; k += 2) {
            if (!Character.isUpperCase(text.charAt(k)) || text.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts each given name of {@code first-names.txt} into the table with its gender's bit; a name listed for
     * both genders keeps the first. Read straight into the table, in one pass over the file: a single call
     * would pay for putting 7,000 names into a map of their own first.
     */
    private static void addFirstNames(Map<String, Integer> kinds) {
        int[] at = new int[2];
        byte[] bytes = WordListBundle.list("first-names.txt", at);
        if (bytes == null) {
            throw new IllegalStateException("missing resource first-names.txt");
        }
        String text = new String(bytes, at[0], at[1] - at[0], StandardCharsets.UTF_8);
        for (int start = 0, end; start < text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int colon = text.indexOf(':', start);
            if (text.startsWith("#", start) || colon < 0 || colon > end) {
                continue;
            }
            int bit = text.startsWith("female", start) ? FEMALE_FIRST_NAME : MALE_FIRST_NAME;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            // the names stand one space apart (the file's header says so): cut at each space by
            // indexOf, which spares 50 kB of characters a test each
            for (int from = colon + 1, to; from < lineEnd; from = to + 1) {
                to = text.indexOf(' ', from);
                if (to < 0 || to > lineEnd) {
                    to = lineEnd;
                }
                if (to == from) {
                    continue;
                }
                String name = text.substring(from, to);
                Integer had = kinds.get(name);
                int bits = had == null ? 0 : had;
                if ((bits & (MALE_FIRST_NAME | FEMALE_FIRST_NAME)) == 0) {
                    kinds.put(name, bits | bit);
                }
            }
        }
    }
}
