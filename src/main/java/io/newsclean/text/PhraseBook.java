package io.newsclean.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Phrase knowledge: recognises prompts, notices and page furniture (login and registration
 * prompts, cookie notices, share rows, "read more" links, credits, template strings...) in many
 * languages, from the resource files under {@code io/newsclean/phrases/}. Judges a line by its
 * text alone, so both front ends can use it.
 *
 * <p>Loading reads the files and works out each pattern's literal gate; the patterns themselves
 * are compiled on first use (a gated pattern when a line first passes its gate, the ungated ones
 * of a kind when the kind is first asked for), so a run pays only for the wording its pages
 * touch: compiling all of it takes a good part of a short run's start-up. Thread-safe: each
 * pattern is compiled at most a few times when threads race, and published through a volatile.
 */
public final class PhraseBook {
    private static final String FOLDER = "/io/newsclean/phrases/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The language every page may mix in (share rows, "Read more"), and the one read first. */
    private static final String ENGLISH = "en";

    /** All shipped languages, loaded when first asked for, not when a rule that may ask is built. */
    private static final class Standard {
        static final PhraseBook BOOK = load(languages());
    }

    /** Books of English plus one other language, by that language; each loaded on first use. */
    private static final Map<String, PhraseBook> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * The patterns that carry a literal gate (see {@link RequiredLiterals}), each run on its own
     * and only when the line contains one of its literals; most patterns have one, and a line
     * holds the literals of very few, so most lines run no pattern at all. Sorted by kind: the
     * patterns of a kind are numbered from {@code kindStart[kind]} to {@code kindStart[kind + 1]}.
     * {@code byLiteral[id]} numbers the patterns gated by literal {@code id}.
     */
    private final Gated[] gated;
    private final int[] kindStart;
    private final int[][] byLiteral;
    private final LiteralIndex literals;

    /** Per kind (by ordinal): its patterns without a gate, compiled on first use. */
    private final Ungated[] ungated;
    /**
     * Per kind: literals (case-folded) one of which the case-folded line must hold for any
     * of the kind's case-sensitive patterns to match; a kind missing here has no such gate.
     */
    private final Map<PhraseKind, String[]> casedGates;

    private PhraseBook(Gated[] gated, int[] kindStart, int[][] byLiteral, LiteralIndex literals,
                       Ungated[] ungated, Map<PhraseKind, String[]> casedGates) {
        this.gated = gated;
        this.kindStart = kindStart;
        this.byLiteral = byLiteral;
        this.literals = literals;
        this.ungated = ungated;
        this.casedGates = casedGates;
    }

    /**
     * One lower-case pattern with its gate: it can match only a line that contains one of the
     * literals numbered {@code literalIds}, and (for the whole line) only one that opens with one
     * of {@code firstChars}, when those are known. The pattern and its first characters are
     * worked out when a line first passes the gate.
     */
    private static final class Gated {
        final PhraseKind kind;
        final String regex;
        /** The pattern's line, named in the message when it will not compile. */
        final PhraseGates.Entry source;
        final boolean whole;
        final int[] literalIds;
        private volatile Ready ready;

        Gated(PhraseKind kind, String regex, PhraseGates.Entry source, boolean whole, int[] literalIds) {
            this.kind = kind;
            this.regex = regex;
            this.source = source;
            this.whole = whole;
            this.literalIds = literalIds;
        }

        PhraseKind kind() {
            return kind;
        }

        boolean matches(String lower) {
            Ready r = ready();
            if (!whole) {
                return r.pattern().matcher(lower).find();
            }
            return (r.firstChars() == null || r.firstChars().contains(lower.charAt(0)))
                    && r.pattern().matcher(lower).matches();
        }

        boolean isReady() {
            return ready != null;
        }

        Ready ready() {
            Ready r = ready;
            if (r == null) {
                String plain = nonCapturing(regex);
                r = new Ready(compile(plain, 0, source.source()), whole ? FirstChars.of(plain) : null);
                ready = r;
            }
            return r;
        }
    }

    /** A gated pattern compiled, with the characters a whole-line match can open with (null: any). */
    private record Ready(Pattern pattern, Set<Character> firstChars) {
    }

    /**
     * The patterns of one kind that carry no gate, for the whole line and for phrases found
     * anywhere in it, each group joined into one alternation. Most patterns are written in lower
     * case and run against the lower-cased line with no case folding, which is several times
     * faster; the few that need letter case ("(?-i:") run case-insensitively against the line as
     * it is. The regular expressions are kept as text and compiled together on first use.
     */
    private static final class Ungated {
        final PhraseKind kind;
        final List<String> wholeLower = new ArrayList<>();
        final List<String> anywhereLower = new ArrayList<>();
        final List<String> wholeCased = new ArrayList<>();
        final List<String> anywhereCased = new ArrayList<>();
        private volatile Compiled compiled;

        Ungated(PhraseKind kind) {
            this.kind = kind;
        }

        boolean isCompiled() {
            return compiled != null;
        }

        Compiled compiled() {
            Compiled c = compiled;
            if (c == null) {
                String where = "section [".concat(kind.section()).concat("]");
                c = new Compiled(dispatch(wholeLower, where), join(anywhereLower, 0, where),
                        join(wholeCased, FLAGS, where), join(anywhereCased, FLAGS, where));
                compiled = c;
            }
            return c;
        }
    }

    /** One kind's ungated patterns, compiled; null where the kind has none of a sort. */
    private record Compiled(Dispatch wholeLower, Pattern anywhereLower, Pattern wholeCased, Pattern anywhereCased) {
        int count() {
            int dispatched = wholeLower == null ? 0 : wholeLower.byFirst().size() + (wholeLower.anyFirst() == null ? 0 : 1);
            return dispatched + (anywhereLower == null ? 0 : 1) + (wholeCased == null ? 0 : 1) + (anywhereCased == null ? 0 : 1);
        }
    }

    /**
     * A line or block prepared for {@link #hasWording}: stripped of decoration and lower-cased
     * once, and the gated patterns its literals let through worked out on first use, however many
     * kinds it is then tested for. Not thread-safe; belongs to the book that prepared it.
     */
    public final class Prepared {
        final String core;
        final String lower;
        /** Numbers of the gated patterns whose gate the line passes, ascending. */
        private int[] candidates;

        private String folded;

        private Prepared(String text) {
            this.core = trimDecoration(text);
            this.lower = core.toLowerCase(Locale.ROOT);
        }

        /**
         * The line folded char by char as a case-insensitive Unicode match compares letters (upper
         * case, then lower), so any letter such a match takes for an ASCII letter becomes that letter.
         */
        String folded() {
            if (folded == null) {
                folded = fold(core);
            }
            return folded;
        }

        boolean holdsAny(String[] foldedLiterals) {
            String text = folded();
            for (String literal : foldedLiterals) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return false;
        }

        private PhraseBook book() {
            return PhraseBook.this;
        }

        int[] candidates() {
            if (candidates == null) {
                int[] found = literals.present(lower);
                if (found.length == 0) {
                    candidates = found;
                } else {
                    int count = 0;
                    for (int id : found) {
                        count += byLiteral[id].length;
                    }
                    int[] all = new int[count];
                    int k = 0;
                    for (int id : found) {
                        System.arraycopy(byLiteral[id], 0, all, k, byLiteral[id].length);
                        k += byLiteral[id].length;
                    }
                    Arrays.sort(all);
                    int distinct = 0;
                    for (int i = 0; i < count; i++) {
                        if (distinct == 0 || all[i] != all[distinct - 1]) {
                            all[distinct++] = all[i];
                        }
                    }
                    candidates = Arrays.copyOf(all, distinct);
                }
            }
            return candidates;
        }
    }

    /**
     * The phrase book of every shipped language, for text whose language is not known for sure
     * (a text dump's language is only guessed, and sites mix languages).
     */
    public static PhraseBook standard() {
        return Standard.BOOK;
    }

    /**
     * The phrase book for a page that declares its language ("de", "pt-BR"): English, which
     * pages of every language mix in, and that language when it has a phrase file. Reading and
     * checking only those files keeps a run of pages in one language from paying for the
     * others. An unknown (null or blank) language gets {@link #standard()}.
     */
    public static PhraseBook forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return standard();
        }
        String code = primarySubtag(language);
        if (!languages().contains(code)) {
            code = ENGLISH;
        }
        return BY_LANGUAGE.computeIfAbsent(code,
                c -> load(c.equals(ENGLISH) ? List.of(ENGLISH) : List.of(ENGLISH, c)));
    }

    private static String primarySubtag(String language) {
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < code.length() && code.charAt(cut) >= 'a' && code.charAt(cut) <= 'z') {
            cut++;
        }
        return code.substring(0, cut);
    }

    /** The shipped languages, in the order of the index file. */
    static List<String> languages() {
        return Languages.LIST;
    }

    /** The languages of the build's table, which holds every shipped one; else of the index file. */
    private static final class Languages {
        static final List<String> LIST = PhraseGates.builtLanguages() != null
                ? PhraseGates.builtLanguages() : indexLanguages();
    }

    /** The languages the index file names, in its order. */
    static List<String> indexLanguages() {
        List<String> list = new ArrayList<>();
        for (String line : PhraseGates.readLines(FOLDER.concat("index.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                list.add(line.trim());
            }
        }
        return List.copyOf(list);
    }

    /** The first kind of furniture the line is, or null when it is none of them. */
    public PhraseKind classify(String text) {
        return classify(text, Words.count(text));
    }

    /** As {@link #classify(String)}, with the line's word count already known. */
    public PhraseKind classify(String text, int words) {
        if (words == 0 && text.isBlank()) {
            return null;
        }
        Prepared line = null;
        for (PhraseKind kind : PhraseKind.values()) {
            if (words > kind.maxWords() || kind.hintOnly()) {
                continue;
            }
            if (line == null) {
                line = new Prepared(text);
            }
            if (matches(kind, line)) {
                return kind;
            }
        }
        return null;
    }

    /** Prepares a text to be tested for several kinds by {@link #hasWording}. */
    public Prepared prepare(String text) {
        return new Prepared(text);
    }

    /**
     * Whether the prepared text has the wording of the given kind, whatever its length: for
     * callers that set their own word limit (the HTML rules, whose blocks carry more context
     * than a flattened line).
     */
    public boolean hasWording(PhraseKind kind, Prepared text) {
        if (text.book() != this) {
            throw new IllegalArgumentException("text prepared by another phrase book");
        }
        return matches(kind, text);
    }

    private boolean matches(PhraseKind kind, Prepared line) {
        String core = line.core;
        String lower = line.lower;
        if (!lower.isEmpty()) {
            int from = kindStart[kind.ordinal()];
            int to = kindStart[kind.ordinal() + 1];
            if (from < to) {
                for (int g : line.candidates()) {
                    if (g >= to) {
                        break;
                    }
                    if (g >= from && gated[g].matches(lower)) {
                        return true;
                    }
                }
            }
        }
        Ungated own = ungated[kind.ordinal()];
        if (own == null) {
            return false;
        }
        Compiled c = own.compiled();
        Dispatch d = c.wholeLower();
        Pattern p = d == null || lower.isEmpty() ? null : d.forFirst(lower.charAt(0));
        if (p != null && p.matcher(lower).matches()) {
            return true;
        }
        String[] casedGate = casedGates.get(kind);
        if (casedGate != null && !line.holdsAny(casedGate)) {
            p = c.anywhereLower();
            return p != null && p.matcher(lower).find();
        }
        p = c.wholeCased();
        if (p != null && p.matcher(core).matches()) {
            return true;
        }
        p = c.anywhereLower();
        if (p != null && p.matcher(lower).find()) {
            return true;
        }
        p = c.anywhereCased();
        return p != null && p.matcher(core).find();
    }

    /** Whether the line is furniture of the given kind. */
    public boolean is(PhraseKind kind, String text) {
        int words = Words.count(text);
        if (words > kind.maxWords()) {
            return false;
        }
        return matches(kind, new Prepared(text));
    }

    /**
     * Strips what decorates a prompt without changing it: leading bullets, arrows and pipes,
     * trailing punctuation and arrows.
     */
    static String trimDecoration(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isDecoration(text.charAt(start), true)) {
            start++;
        }
        while (end > start && isDecoration(text.charAt(end - 1), false)) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isDecoration(char c, boolean leading) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        switch (c) {
            case '•': case '·': case '|': case '►': case '▶': case '▸': case '→': case '»': case '›':
            case '>': case '<': case '‹': case '«': case '←': case '-': case '–': case '—': case '*':
            case '+': case '✓': case '✔': case '✕': case '×': case '⟩':
                return true;
            case '.': case ':': case '!': case '…': case ',': case ';': case '?': case '¿': case '¡':
                return !leading || c == '¿' || c == '¡';
            case '#':
                return leading;
            default:
                return false;
        }
    }

    private static PhraseBook load(List<String> languages) {
        Ungated[] ungated = new Ungated[PhraseKind.values().length];
        List<Gated> gatedList = new ArrayList<>();
        Map<PhraseKind, Set<String>> casedGates = new EnumMap<>(PhraseKind.class);
        Set<PhraseKind> ungatedCased = EnumSet.noneOf(PhraseKind.class);
        LiteralIndex.Builder literalIds = new LiteralIndex.Builder();
        for (String language : languages) {
            for (PhraseGates.Entry entry : PhraseGates.of(language)) {
                PhraseKind section = entry.kind();
                String line = entry.line();
                boolean contains = line.startsWith("~");
                // capturing groups are made non-capturing only when the pattern is compiled
                String regex = contains ? line.substring(1) : line;
                boolean cased = regex.contains("(?-i:");
                String[] gate = cased ? null : entry.gate();
                if (gate != null) {
                    int[] ids = new int[gate.length];
                    for (int k = 0; k < gate.length; k++) {
                        ids[k] = literalIds.id(gate[k]);
                    }
                    gatedList.add(new Gated(section, regex, entry, !contains, ids));
                    continue;
                }
                if (cased) {
                    String[] casedGate = entry.gate();
                    if (casedGate == null || !allFoldStably(casedGate)) {
                        ungatedCased.add(section);
                    } else {
                        Set<String> all = casedGates.get(section);
                        if (all == null) {
                            all = new LinkedHashSet<>();
                            casedGates.put(section, all);
                        }
                        for (String literal : casedGate) {
                            all.add(fold(literal));
                        }
                    }
                }
                Ungated own = ungated[section.ordinal()];
                if (own == null) {
                    own = new Ungated(section);
                    ungated[section.ordinal()] = own;
                }
                (contains ? (cased ? own.anywhereCased : own.anywhereLower)
                        : (cased ? own.wholeCased : own.wholeLower)).add(regex);
            }
        }
        Gated[] gated = byKind(gatedList);
        PhraseKind[] kinds = PhraseKind.values();
        int[] kindStart = new int[kinds.length + 1];
        for (int k = 0, g = 0; k <= kinds.length; k++) {
            while (k < kinds.length && g < gated.length && gated[g].kind().ordinal() < k) {
                g++;
            }
            kindStart[k] = k < kinds.length ? g : gated.length;
        }
        LiteralIndex index = literalIds.build();
        // counted, then filled: plain loops, as this runs before the JIT has compiled anything
        int[] perLiteral = new int[index.size()];
        for (Gated g : gated) {
            for (int id : g.literalIds) {
                perLiteral[id]++;
            }
        }
        int[][] byLiteral = new int[index.size()][];
        for (int id = 0; id < byLiteral.length; id++) {
            byLiteral[id] = new int[perLiteral[id]];
        }
        int[] filled = new int[index.size()];
        for (int g = 0; g < gated.length; g++) {
            for (int id : gated[g].literalIds) {
                byLiteral[id][filled[id]++] = g;
            }
        }
        Map<PhraseKind, String[]> casedGateArrays = new EnumMap<>(PhraseKind.class);
        for (Map.Entry<PhraseKind, Set<String>> entry : casedGates.entrySet()) {
            if (!ungatedCased.contains(entry.getKey())) {
                casedGateArrays.put(entry.getKey(), entry.getValue().toArray(new String[0]));
            }
        }
        return new PhraseBook(gated, kindStart, byLiteral, index, ungated, casedGateArrays);
    }

    /*
     * Loading runs once, at start-up, before the JIT has compiled anything: it uses plain loops
     * rather than lambdas and streams, whose first use costs more there than the loop itself.
     */

    /** The gated patterns in kind order, in file order within a kind (a stable counting sort). */
    private static Gated[] byKind(List<Gated> gatedList) {
        int[] next = new int[PhraseKind.values().length + 1];
        for (Gated g : gatedList) {
            next[g.kind.ordinal() + 1]++;
        }
        for (int k = 1; k < next.length; k++) {
            next[k] += next[k - 1];
        }
        Gated[] sorted = new Gated[gatedList.size()];
        for (Gated g : gatedList) {
            sorted[next[g.kind.ordinal()]++] = g;
        }
        return sorted;
    }

    private static boolean allFoldStably(String[] literals) {
        for (String literal : literals) {
            if (!foldsStably(literal)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Turns capturing groups into non-capturing ones: nothing reads the groups, and every
     * capturing group costs time on every match attempt.
     */
    static String nonCapturing(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' && (i + 1 >= regex.length() || regex.charAt(i + 1) != '?')) {
                out.append("(?:");
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Whole-line patterns of one kind, split by the character they can start with: a line is
     * tried only against the patterns that can open with its first character.
     */
    private record Dispatch(Map<Character, Pattern> byFirst, Pattern anyFirst) {
        Pattern forFirst(char c) {
            return byFirst.getOrDefault(c, anyFirst);
        }
    }

    /** The whole-line patterns of one kind split by first character; null when there are none. */
    private static Dispatch dispatch(List<String> regexes, String where) {
        if (regexes.isEmpty()) {
            return null;
        }
        List<String> any = new ArrayList<>();
        Map<Character, List<String>> byChar = new HashMap<>();
        for (String regex : regexes) {
            Set<Character> first = FirstChars.of(nonCapturing(regex));
            if (first == null) {
                any.add(regex);
            } else {
                for (char c : first) {
                    byChar.computeIfAbsent(c, k -> new ArrayList<>()).add(regex);
                }
            }
        }
        Map<Character, Pattern> byFirst = new HashMap<>();
        for (Map.Entry<Character, List<String>> e : byChar.entrySet()) {
            List<String> all = new ArrayList<>(e.getValue());
            all.addAll(any);
            byFirst.put(e.getKey(), join(all, 0, where));
        }
        return new Dispatch(Map.copyOf(byFirst), join(any, 0, where));
    }

    /** The alternatives joined into one pattern; null when there are none. */
    private static Pattern join(List<String> alternatives, int flags, String where) {
        if (alternatives.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String part : alternatives) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:").append(nonCapturing(part)).append(')');
        }
        return compile(regex.toString(), flags, where);
    }

    /** Compiles a pattern of the phrase files, naming where it comes from if it is broken. */
    private static Pattern compile(String regex, int flags, String where) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("phrase files, " + where + ": bad pattern: " + e.getDescription(), e);
        }
    }

    /**
     * Compiles every pattern now rather than on first use, and says how many it compiled: for
     * tests, which must find a broken pattern without waiting for a line that reaches it.
     */
    int compileAll() {
        int count = 0;
        for (Gated g : gated) {
            g.ready();
            count++;
        }
        for (Ungated u : ungated) {
            if (u != null) {
                count += u.compiled().count();
            }
        }
        return count;
    }

    /** How many patterns (gated ones, and joined alternations of ungated ones) are compiled so far. */
    int compiled() {
        int count = 0;
        for (Gated g : gated) {
            count += g.isReady() ? 1 : 0;
        }
        for (Ungated u : ungated) {
            if (u != null && u.isCompiled()) {
                count += u.compiled().count();
            }
        }
        return count;
    }

    /** A fresh book of the given languages, not shared: for tests that must see loading happen. */
    static PhraseBook loadFresh(List<String> languages) {
        return load(languages);
    }

    /** Folds text char by char as a case-insensitive Unicode match compares letters. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /**
     * Whether every letter of a pattern's literal matches exactly the characters that fold to
     * its own folded form, so the folded line must contain the folded literal.
     */
    private static boolean foldsStably(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            char folded = Character.toLowerCase(Character.toUpperCase(c));
            if (Character.isSurrogate(c) || Character.toLowerCase(Character.toUpperCase(folded)) != folded) {
                return false;
            }
        }
        return true;
    }
}
