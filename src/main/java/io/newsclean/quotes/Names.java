package io.newsclean.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and helpers for telling names, titles and descriptions of people apart. */
final class Names {
    /** A run of capitalised words, initials and name particles: "Gen. James E. Cartwright", "O’Malley". */
    static final Pattern NAME_RUN = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*(?:\\.(?:\\p{Lu}\\.)*)?)"
                    + "(?:\\s+(?:(?:de|da|del|della|di|du|van|von|der|den|bin|ibn|al|la|le|dos|das)\\s+)?"
                    + "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*(?:\\.(?:\\p{Lu}\\.)*)?))*");

    /** A capitalised run found by {@link #runs}. */
    record Run(int start, int end, String text) {
    }

    /**
     * Every capitalised run in a text, trying the pattern only where a capitalised word starts:
     * far cheaper than letting the regex engine try every position.
     */
    static java.util.List<Run> runs(String text) {
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
    static int nameRunEnd(String text, int i) {
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

    /** Words that stand before a name without being part of it. */
    static final Set<String> TITLES = Names.set(
            "mr", "mrs", "ms", "miss", "dr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm", "prof",
            "rev", "president", "vice", "secretary", "minister", "deputy", "senator", "governor", "representative",
            "congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
            "chief", "judge", "justice", "mayor", "ambassador", "former", "sheriff", "officer", "director",
            "attorney", "general", "pastor", "reverend", "speaker", "leader", "premier", "chancellor", "king",
            "queen", "prince", "princess", "pope", "sir", "lord", "lady", "dame", "commissioner", "councilman",
            "councilwoman", "assemblyman", "assemblywoman", "delegate", "candidate", "nominee", "professor",
            "coach", "detective", "sergeant", "lieutenant", "captain", "colonel", "major", "admiral", "commander",
            "defense", "defence", "foreign", "interior", "prime", "state", "labor", "health", "treasury", "energy",
            "education", "homeland", "security", "press", "campaign", "manager", "party", "democratic",
            "republican", "democrat", "gop", "independent", "senate", "house", "majority", "minority", "whip",
            "russian", "american", "british", "french", "german", "chinese", "israeli", "iranian", "syrian",
            "ukrainian", "turkish", "u.s", "us", "uk", "un", "eu", "nato", "white", "sheikh", "ayatollah",
            "presidential", "executive", "ceo", "founder", "dean", "bishop", "cardinal", "rabbi", "imam", "saint",
            "st", "new", "gubernatorial", "first", "deputies", "staff", "mrs.", "sens",
            "reps", "gens", "govs");
    /** Capitalised words that start a sentence or a phrase but never a name. */
    static final Set<String> FUNCTION_WORDS = Names.set(
            "the", "a", "an", "but", "and", "or", "in", "on", "at", "of", "to", "for", "by", "with", "from",
            "according", "however", "when", "if", "as", "after", "before", "last", "this", "that", "these",
            "those", "since", "while", "although", "though", "because", "so", "yet", "then", "now", "still",
            "meanwhile", "earlier", "later", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "there", "here", "it", "its",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "why",
            "how", "where", "who", "which", "one", "two", "three", "both", "all", "some", "many", "most", "each",
            "every", "no", "not", "even", "also", "just", "only", "asked", "said", "says", "speaking", "like",
            "unlike", "despite", "during", "amid", "under", "over", "about", "into", "through", "among",
            "between", "against", "without", "within", "toward", "towards", "upon", "dear", "mr.", "oh", "yes",
            "well", "sure", "let", "do", "did", "does", "is", "was", "are", "were", "will", "would", "can", "could",
            "should", "have", "has", "had", "thank", "thanks", "please", "whether", "instead", "indeed", "perhaps",
            "maybe", "once", "again", "never", "ever", "first", "another", "other", "such", "more", "less",
            "much", "very", "too", "any", "likewise", "similarly", "along", "wait", "hours", "minutes", "days",
            "weeks", "months", "years", "moments");
    /** Words that make a capitalised run an organisation or a place rather than a person. */
    static final Set<String> ORG_WORDS = Names.set(
            "university", "college", "school", "institute", "academy", "ministry", "department", "council",
            "committee", "commission", "party", "house", "senate", "congress", "court", "agency", "bureau",
            "office", "association", "foundation", "center", "centre", "fund", "bank", "group", "company",
            "corporation", "inc", "corp", "llc", "times", "post", "news", "journal", "network", "channel",
            "magazine", "herald", "tribune", "daily", "weekly", "review", "union", "organization", "organisation",
            "federation", "alliance", "coalition", "campaign", "pac", "church", "army", "navy", "forces", "force",
            "police", "service", "administration", "government", "republic", "kingdom", "states", "street",
            "avenue", "county", "city", "island", "islands", "sea", "ocean", "river", "airport", "hotel", "club",
            "hospital", "museum", "project", "initiative", "program", "programme", "society", "institution",
            "authority", "board", "watch", "guard", "associated", "press", "state", "republicans",
            "democrats", "america", "americans", "united", "nations", "national", "federal", "international",
            "global", "world", "europe", "european", "east", "west", "north", "south", "middle", "valley",
            "park", "square", "hall", "tower", "building", "bridge", "road", "lake", "mountains", "airlines",
            "motors", "holdings", "partners", "capital", "media", "studios", "records", "press", "library",
            "report", "act", "bill", "law", "amendment", "constitution", "war", "day", "week", "month",
            "year", "summit", "conference", "convention", "debate", "caucus", "caucuses", "primary",
            "election", "poll", "survey", "festival", "awards", "award", "prize", "games", "cup", "league",
            "team", "stadium", "arena", "market", "exchange", "index", "fed", "reserve", "treasury",
            "pentagon", "kremlin", "capitol", "hill", "isis", "isil", "taliban", "qaeda", "hamas",
            "hezbollah", "obamacare", "medicare", "medicaid", "brexit", "radio", "politics", "angeles",
            "francisco", "york", "jersey", "dakota", "hampshire", "street", "online", "tv", "television",
            "studio", "institute", "center", "centre", "polling", "research", "insights", "analytics",
            "consulting", "llp", "plc", "gmbh", "ag", "sa", "nv", "gazette", "observer", "examiner",
            "chronicle", "telegraph", "ministry", "embassy", "consulate");
    /** Head nouns of descriptions that denote a person ("the analyst", "a spokeswoman for …"). */
    static final Set<String> PERSON_ROLES = Names.set(
            "analyst", "expert", "spokesman", "spokeswoman", "spokesperson", "senator", "governor", "candidate",
            "president", "official", "minister", "general", "congressman", "congresswoman", "lawmaker",
            "businessman", "businesswoman", "billionaire", "mogul", "chairman", "chairwoman", "secretary",
            "director", "economist", "professor", "researcher", "adviser", "advisor", "aide", "strategist",
            "pollster", "nominee", "frontrunner", "front-runner", "host", "author", "writer", "reporter",
            "columnist", "lawyer", "attorney", "judge", "mayor", "ambassador", "diplomat", "officer", "sheriff",
            "leader", "founder", "ceo", "executive", "manager", "democrat", "republican", "contender", "hopeful",
            "politician", "speaker", "commander", "envoy", "man", "woman", "father", "mother", "veteran",
            "activist", "student", "resident", "owner", "rival", "opponent", "challenger", "incumbent", "star",
            "actor", "actress", "singer", "pastor", "bishop", "pope", "coach", "player", "doctor", "scientist",
            "historian", "scholar", "representative", "chief", "boss", "mogul", "tycoon", "commentator",
            "journalist", "editor", "anchor", "presenter", "entrepreneur", "investor", "banker", "prosecutor",
            "detective", "chancellor", "premier", "king", "queen", "prince", "princess", "senator-elect",
            "president-elect", "billionaire", "businessperson", "moderator", "interviewer", "surrogate",
            "supporter", "voter", "organizer", "organiser", "consultant", "specialist", "teacher", "physician",
            "governor-elect", "congressmember", "delegate", "nominee", "lady", "gentleman", "guy", "wife",
            "husband", "son", "daughter", "brother", "sister", "friend", "colleague", "partner", "chair",
            "ex-president", "vice-president", "representative", "justice", "dean", "member", "speechwriter",
            "staffer", "operative", "lobbyist", "donor", "fundraiser", "correspondent", "producer", "comedian",
            "agent", "attorney-general", "campaigner", "chief-of-staff", "commissioner", "councilman",
            "councilwoman", "legislator", "lieutenant", "nominee", "pundit", "rabbi", "imam", "priest");
    static final Set<String> PRONOUNS = Names.set("he", "she", "they", "i", "we", "it", "you");

    private static final Map<String, Gender> FIRST_NAMES = loadFirstNames();
    /** Runs of white space, for splitting phrases into words without compiling a pattern per call. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    static String[] words(String phrase) {
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
    static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The first position from {@code i} on that is not white space as {@link #words} splits. */
    static int skipSpaces(String text, int i) {
        int j = i;
        while (j < text.length() && isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** What {@code \s} matches in a Java regex without the Unicode flag. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private Names() {
    }

    /** An immutable set of words; repeats in a hand-written list are harmless. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether a lower-case word is "a", "an" or "the". */
    static boolean isArticle(String lower) {
        return lower.equals("the") || lower.equals("a") || lower.equals("an");
    }

    /** Whether a lower-case word names a role a person holds, in the singular or the plural ("aide", "aides"). */
    static boolean isRole(String lower) {
        return PERSON_ROLES.contains(lower) || lower.endsWith("s") && PERSON_ROLES.contains(lower.substring(0, lower.length() - 1));
    }

    /** "Clinton’s" -> "Clinton", "Gen." -> "Gen". */
    static String bare(String token) {
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

    static boolean isTitle(String token) {
        return token.length() <= LONGEST_LIST_WORD + 3 && TITLES.contains(lower(bare(token)));
    }

    static boolean isFunctionWord(String token) {
        return token.length() <= LONGEST_LIST_WORD + 3 && FUNCTION_WORDS.contains(lower(bare(token)));
    }

    /** No title or function word is longer than this, so longer tokens need no look-up. */
    private static final int LONGEST_LIST_WORD = 14;

    static boolean isOrgWord(String token) {
        return ORG_WORDS.contains(lower(bare(token)));
    }

    /** True for a token like "J." that abbreviates a given name. */
    static boolean isInitial(String token) {
        return token.length() == 2 && Character.isUpperCase(token.charAt(0)) && token.charAt(1) == '.';
    }

    static Gender genderOfFirstName(String token) {
        return FIRST_NAMES.getOrDefault(lower(bare(token)), Gender.UNKNOWN);
    }

    static Gender genderOfTitle(String token) {
        String t = lower(bare(token));
        return switch (t) {
            case "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "councilman",
                    "assemblyman", "businessman" -> Gender.MALE;
            case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman", "spokeswoman",
                    "chairwoman", "councilwoman", "assemblywoman", "businesswoman" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    static Gender genderOfPronoun(String word) {
        return switch (lower(word)) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    /**
     * The name inside a capitalised run: leading function words and titles go, and so does
     * everything before the last title ("Russian Deputy Defense Minister Anatoly Antonov" ->
     * "Anatoly Antonov"). Returns the name's tokens, possibly empty.
     */
    static List<String> nameTokens(String run) {
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
                    && !MentionParser.isDottedInitials(tokens[i]); // "J.J. MacNab": initials, not a sentence's end
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
    static boolean isFullPersonName(String run) {
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

    private static final Set<String> SUFFIXES = Names.set("jr", "sr", "ii", "iii", "iv");

    private static Map<String, Gender> loadFirstNames() {
        Map<String, Gender> map = new HashMap<>();
        try (InputStream in = Names.class.getResourceAsStream("first-names.txt")) {
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
                for (String name : line.substring(colon + 1).trim().split("\\s+")) {
                    map.putIfAbsent(name, g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
