package io.newsclean.quotes.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The reporting verbs and phrases of one language, loaded once from
 * {@code io/newsclean/quotes/cues-LANG.txt} (English, German, French, Spanish). Immutable.
 */
public final class Cues {
    /** The languages with a cue list, by ISO 639-1 code; English first, the one every page falls back to. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
    private static final Cues ENGLISH = load("en");
    /** The other languages' lists, each read when a page in that language first needs it. */
    private static final ConcurrentMap<String, Cues> LOADED = new ConcurrentHashMap<>();

    private final Set<String> speech;
    private final Set<String> listener;
    /** Speech, listener, phrase and source cues: the words that report words on any page. */
    private final Set<String> saying;
    private final Set<String> fragment;
    private final Set<String> indirect;
    private final Set<String> attitude;
    private final Set<String> charge;
    private final Set<String> intent;
    private final Set<String> question;
    private final Set<String> thatOnly;
    private final Set<String> seeming;
    private final Set<String> object;
    private final Set<String> regard;
    private final Set<String> noun;
    /** Words that name the source of a sentence before it ("according to", "selon", "según"), longest first. */
    private final List<String> sources;
    /** Cues that may stand before their subject after the reported clause: "…, said Smith.". */
    private final Set<String> inverting;
    /** Cues that report a clause but never show that anyone spoke: "Carson declined", "Carson wants". */
    private final Set<String> clauseOnly;
    /** Belief, stance, intention and accusation cues that report without quoting: never a quotation's cue. */
    private final Set<String> reportOnly;
    /** Cues whose report is no one's words (an intention, impression, question, judgement, object or backing). */
    private final Set<String> framesNoWords;
    /** What each cue can do, as bits: one look-up instead of one per group on the hot path. */
    private final Map<String, Integer> kindsByCue;
    public static final int SPEECH = 1;
    public static final int INDIRECT = 1 << 1;
    public static final int INTENT = 1 << 2;
    public static final int QUESTION = 1 << 3;
    public static final int REGARD = 1 << 4;
    public static final int SEEMING = 1 << 5;
    public static final int THAT_ONLY = 1 << 6;
    public static final int OBJECT = 1 << 7;
    public static final int LISTENER = 1 << 8;
    public static final int NOUN = 1 << 9;
    /** Single-word cues. */
    private final Set<String> words;
    /** Every single-word cue and every phrase's first word, looked up from a token's own characters. */
    private final CueKeys keys;
    private final int longestWord;
    /** For each ASCII first character, one bit per length (below 64) of a cue or phrase head starting with it. */
    private final long[] keyLengthsByFirst = new long[128];

    /** Words that end the words naming a speaker after an inverted cue ("sagte Albers nach der Abstimmung"). */
    private final Set<String> mentionStops;

    /** Words that open a reported clause after its cue ("dass", "que"); English's "that" is read apart. */
    private final Set<String> complementizers;
    /** Whether the language sets a reported clause off from its cue with a comma ("sagte, die Stadt habe …"). */
    private final boolean commaOpensReport;

    private Cues(Map<String, List<String>> groups, QuoteWords speakers) {
        this.mentionStops = speakers == null ? Set.of() : speakers.set("mention-stop");
        this.complementizers = speakers == null ? Set.of() : speakers.set("complementizer");
        this.commaOpensReport = speakers != null && speakers.set("comma-opens-report").contains("yes");
        speech = Set.copyOf(groups.getOrDefault("speech", List.of()));
        listener = Set.copyOf(groups.getOrDefault("listener", List.of()));
        saying = Set.copyOf(union(groups, "speech", "listener", "phrase", "source"));
        fragment = Set.copyOf(groups.getOrDefault("fragment", List.of()));
        indirect = Set.copyOf(groups.getOrDefault("indirect", List.of()));
        attitude = Set.copyOf(union(groups, "attitude", "backing"));
        charge = Set.copyOf(groups.getOrDefault("charge", List.of()));
        intent = Set.copyOf(groups.getOrDefault("intent", List.of()));
        question = Set.copyOf(groups.getOrDefault("question", List.of()));
        thatOnly = Set.copyOf(groups.getOrDefault("that-only", List.of()));
        seeming = Set.copyOf(groups.getOrDefault("seeming", List.of()));
        object = Set.copyOf(groups.getOrDefault("object", List.of()));
        regard = Set.copyOf(groups.getOrDefault("regard", List.of()));
        noun = Set.copyOf(groups.getOrDefault("noun", List.of()));
        inverting = Set.copyOf(groups.getOrDefault("inverting", List.of()));
        sources = groups.getOrDefault("source", List.of()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Set<String> clauses = union(groups, "intent", "question", "that-only", "seeming", "object", "regard", "noun");
        Set<String> quoting = union(groups, "speech", "indirect", "fragment", "listener");
        Set<String> reporting = union(groups, "attitude", "backing", "charge");
        reporting.addAll(clauses);
        reporting.removeAll(quoting);
        reportOnly = Set.copyOf(reporting);
        clauses.removeAll(union(groups, "speech", "listener", "fragment", "phrase", "indirect", "attitude", "backing",
                "charge"));
        clauseOnly = Set.copyOf(clauses);
        // a noun's "that" clause is reported, but a quoted fragment after "the claim" is left to the verbs that frame it
        framesNoWords = Set.copyOf(union(groups, "intent", "seeming", "question", "regard", "object", "backing", "noun"));
        Set<String> single = new HashSet<>();
        Map<String, List<String>> phrases = new HashMap<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            if (group.getKey().equals("source")) {
                continue; // read at a sentence's opening only, by sourceAt
            }
            for (String form : group.getValue()) {
                if (form.contains(" ")) {
                    phrases.computeIfAbsent(form.substring(0, form.indexOf(' ')), k -> new ArrayList<>()).add(form);
                } else {
                    single.add(form);
                }
            }
        }
        phrases.replaceAll((k, l) -> l.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList());
        words = Set.copyOf(single);
        longestWord = Math.max(single.stream().mapToInt(String::length).max().orElse(0),
                phrases.keySet().stream().mapToInt(String::length).max().orElse(0));
        keys = new CueKeys(single, phrases);
        Map<String, Integer> kinds = new HashMap<>();
        for (List<String> forms : groups.values()) {
            for (String form : forms) {
                kinds.put(form, kindsOf(form));
            }
        }
        kinds.put("says", kindsOf("says"));
        kinds.put("asked", kindsOf("asked"));
        kindsByCue = Map.copyOf(kinds);
        java.util.stream.Stream.concat(single.stream(), phrases.keySet().stream()).forEach(key -> {
            if (key.charAt(0) < 128 && key.length() < 64) {
                keyLengthsByFirst[key.charAt(0)] |= 1L << key.length();
            }
        });
    }

    /** Every form of the named groups, in a new mutable set. */
    private static Set<String> union(Map<String, List<String>> groups, String... names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            out.addAll(groups.getOrDefault(name, List.of()));
        }
        return out;
    }

    /**
     * The lexicon's entry for {@code text[from, to)} as a cue or a phrase's first word, or null: a filter on
     * the first letter and the length first, since most words of a text are no cue and need no look-up.
     */
    private CueKeys.Key keyAt(String text, int from, int to) {
        char first = text.charAt(from);
        if (first < 128 && to - from < 64 && (keyLengthsByFirst[first] >>> (to - from) & 1) == 0) {
            return null; // no cue or phrase head of this length starts with this letter
        }
        return keys.get(text, from, to);
    }

    /**
     * Whether a lexicon reads this language's cues: one of {@link #LANGUAGES}, or no language given (read as
     * English). A page in another language shows no cue to these lists, which says nothing about the page.
     */
    public static boolean covers(String language) {
        return language == null || language.length() < 2
                || LANGUAGES.contains(language.substring(0, 2).toLowerCase(java.util.Locale.ROOT));
    }

    /** The cues for a language ("de", "fr-CA"); English when the language is unknown or has no list. */
    public static Cues forLanguage(String language) {
        if (language == null || language.length() < 2) {
            return ENGLISH;
        }
        String code = language.substring(0, 2).toLowerCase(java.util.Locale.ROOT);
        if (code.equals("en") || !LANGUAGES.contains(code)) {
            return ENGLISH;
        }
        Cues cues = LOADED.get(code);
        return cues != null ? cues : LOADED.computeIfAbsent(code, Cues::load);
    }

    /** One cue found in a text. */
    public record Match(int start, int end, String cue) {
    }

    /**
     * The first cue that lies wholly in {@code [from, to)}, as a whole word or phrase, or null.
     * A linear scan over words with set look-ups, far cheaper than one large regex alternation.
     */
    public Match find(String text, int from, int to) {
        int i = from;
        while (i < to) {
            if (!isLetter(text.charAt(i)) || !opensWord(text, i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && isLetter(text.charAt(j))) {
                j++;
            }
            Match m = cueAtWord(text, i, j, to);
            if (m != null) {
                return m;
            }
            i = j;
        }
        return null;
    }

    /**
     * Whether the cue scan reads a word opening at {@code i}: none when a letter, digit, apostrophe or hyphen
     * stands right before ("x-said", "12said").
     */
    public static boolean opensWord(String text, int i) {
        return i == 0 || !isWordChar(text.charAt(i - 1));
    }

    /**
     * The cue that opens with the letters {@code text[i, j)}, a word the scan reads ({@link #opensWord}),
     * lying wholly before {@code to}; or null.
     */
    public Match cueAtWord(String text, int i, int j, int to) {
        if (j - i == 4 && text.startsWith("Says", i) && (j == text.length() || !isWordChar(text.charAt(j)))) {
            return new Match(i, j, "says"); // a headline in title case: "Trump Says He Will Win"
        }
        if (j - i == 5 && text.startsWith("Asked", i) && (j == text.length() || !isWordChar(text.charAt(j)))) {
            return new Match(i, j, "asked"); // "Asked whether …, Clinton said …" opens its sentence
        }
        if (j - i == 4 && text.startsWith("Said", i) && (j == text.length() || !isWordChar(text.charAt(j)))) {
            return new Match(i, j, "said"); // "Said Comey, “…”": the inverted cue opens its sentence
        }
        CueKeys.Key key = j - i > longestWord || !Character.isLowerCase(text.charAt(i)) ? null : keyAt(text, i, j);
        if (key == null) {
            return null; // cues are short lowercase words: most words need no look-up at all
        }
        for (String phrase : key.phrases()) {
            int end = i + phrase.length();
            if (end <= to && text.startsWith(phrase, i) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return new Match(i, end, phrase);
            }
        }
        if (key.isWord() && (j == text.length() || !isWordChar(text.charAt(j)))) {
            return new Match(i, j, key.word());
        }
        return null;
    }

    /** Whether a cue word or phrase starts right at {@code pos} ("Carson said", "Cruz told"). */
    public boolean cueAt(String text, int pos) {
        int j = pos;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        CueKeys.Key key = j == pos || j - pos > longestWord ? null : keyAt(text, pos, j);
        if (key == null) {
            return false;
        }
        if (clauseOnly.contains(key.word())) {
            return false; // "Carson declined": an intention, not a sign that someone spoke
        }
        if (key.isWord() && (j == text.length() || !isWordChar(text.charAt(j)))) {
            return true;
        }
        for (String phrase : key.phrases()) {
            int end = pos + phrase.length();
            if (text.startsWith(phrase, pos) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return isLetter(c) || c >= '0' && c <= '9' || c == '\'' || c == '-';
        }
        return Character.isLetterOrDigit(c) || c == '’';
    }

    /** {@link Character#isLetter(char)}, answered without the table look-up for ASCII: every text character passes here. */
    private static boolean isLetter(char c) {
        if (c < 128) {
            int folded = c | 0x20;
            return folded >= 'a' && folded <= 'z';
        }
        return Character.isLetter(c);
    }

    private int kindsOf(String cue) {
        return (isSpeech(cue) ? SPEECH : 0) | (isIndirect(cue) ? INDIRECT : 0) | (intent.contains(cue) ? INTENT : 0)
                | (question.contains(cue) ? QUESTION : 0) | (regard.contains(cue) ? REGARD : 0)
                | (seeming.contains(cue) ? SEEMING : 0) | (thatOnly.contains(cue) ? THAT_ONLY : 0)
                | (object.contains(cue) ? OBJECT : 0) | (isListener(cue) ? LISTENER : 0) | (noun.contains(cue) ? NOUN : 0);
    }

    /** The {@link #SPEECH}, {@link #INDIRECT}, … bits of a cue as found in a text; 0 for no cue. */
    public int kinds(String cue) {
        Integer k = kindsByCue.get(cue);
        return k == null ? 0 : k;
    }

    public boolean isSpeech(String cue) {
        return speech.contains(cue) || cue.contains(" ") && !cue.equals("according to") && !attitude.contains(cue);
    }

    /**
     * A verb or phrase of saying, telling or writing ("said", "told", "wrote", "according to", "pointed out"):
     * what reports words on any page, not a belief, an intention, a finding or a topic ("pointed to").
     */
    public boolean isSaying(String cue) {
        return saying.contains(cue);
    }

    public boolean isListener(String cue) {
        return listener.contains(cue);
    }

    public boolean isFragment(String cue) {
        return fragment.contains(cue);
    }

    public boolean isIndirect(String cue) {
        return indirect.contains(cue) || attitude.contains(cue) || charge.contains(cue) || thatOnly.contains(cue)
                || object.contains(cue);
    }

    /** An accusation ("accused X of …"): its quoted words are the accuser's paraphrase, not speech. */
    public boolean isCharge(String cue) {
        return charge.contains(cue);
    }

    /**
     * A cue that reports an intention, an impression, a question, a judgement, an object or backing
     * ("wants to", "seemed to", "asked whether", "described X as", "cited X", "supporting X"): what
     * someone did or thought, not what they said.
     */
    public boolean framesNoWords(String cue) {
        return framesNoWords.contains(cue);
    }

    /**
     * The source phrase that opens at {@code at} in any case ("According to", "Según"), as the lexicon writes
     * it, or null.
     */
    public String sourceAt(String text, int at) {
        for (String source : sources) {
            int end = at + source.length();
            if (text.regionMatches(true, at, source, 0, source.length())
                    && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return source;
            }
        }
        return null;
    }

    /** Whether a cue may stand before its subject after the reported clause ("…, said Smith."). */
    public boolean inverts(String cue) {
        return inverting.contains(cue);
    }

    /** A belief, stance, intention or accusation verb that reports without quoting: never the cue of a quotation. */
    public boolean isReportOnly(String cue) {
        return reportOnly.contains(cue);
    }

    /**
     * Whether a lower-case word ends the words naming a speaker after an inverted cue in this language. English
     * needs no such list: its parser knows English's own words.
     */
    public boolean endsMention(String lower) {
        return mentionStops.contains(lower);
    }

    /** Whether a lower-case word opens a reported clause in this language ("dass", "que"). */
    public boolean isComplementizer(String lower) {
        return complementizers.contains(lower);
    }

    /** Whether this language sets a reported clause off from its cue with a comma. */
    public boolean commaOpensReport() {
        return commaOpensReport;
    }

    private static Cues load(String language) {
        return new Cues(QuoteWords.groups("cues-" + language + ".txt"), QuoteWords.speakers(language));
    }
}
