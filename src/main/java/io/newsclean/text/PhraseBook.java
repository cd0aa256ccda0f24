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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Phrase knowledge: recognises prompts, notices and page furniture (login and registration
 * prompts, cookie notices, share rows, "read more" links, credits, template strings...) in many
 * languages, from the resource files under {@code io/newsclean/phrases/}. Judges a line by its
 * text alone, so both front ends can use it. Immutable; the patterns are compiled once.
 */
public final class PhraseBook {
    private static final String FOLDER = "/io/newsclean/phrases/";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final PhraseBook STANDARD = load();

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

    /**
     * Per kind: the patterns without a gate, for the whole line and for phrases found anywhere
     * in it, joined into one alternation; null if none. Most patterns are written in lower case
     * and run against the lower-cased line with no case folding, which is several times faster;
     * the few that need letter case ("(?-i:") run case-insensitively against the line as it is.
     */
    private final Map<PhraseKind, Dispatch> wholeLower;
    private final Map<PhraseKind, Pattern> anywhereLower;
    private final Map<PhraseKind, Pattern> wholeCased;
    private final Map<PhraseKind, Pattern> anywhereCased;
    /**
     * Per kind: literals (case-folded) one of which the case-folded line must hold for any
     * of the kind's case-sensitive patterns to match; a kind missing here has no such gate.
     */
    private final Map<PhraseKind, String[]> casedGates;

    private PhraseBook(Gated[] gated, int[] kindStart, int[][] byLiteral, LiteralIndex literals,
                       Map<PhraseKind, Dispatch> wholeLower, Map<PhraseKind, Pattern> anywhereLower,
                       Map<PhraseKind, Pattern> wholeCased, Map<PhraseKind, Pattern> anywhereCased,
                       Map<PhraseKind, String[]> casedGates) {
        this.gated = gated;
        this.kindStart = kindStart;
        this.byLiteral = byLiteral;
        this.literals = literals;
        this.wholeLower = wholeLower;
        this.anywhereLower = anywhereLower;
        this.wholeCased = wholeCased;
        this.anywhereCased = anywhereCased;
        this.casedGates = casedGates;
    }

    /**
     * One lower-case pattern with its gate: it can match only a line that contains one of the
     * literals numbered {@code literalIds}, and (for the whole line) only one that opens with one
     * of {@code firstChars}, when those are known.
     */
    private record Gated(PhraseKind kind, Pattern pattern, boolean whole, int[] literalIds, Set<Character> firstChars) {
        boolean matches(String lower) {
            if (!whole) {
                return pattern.matcher(lower).find();
            }
            return (firstChars == null || firstChars.contains(lower.charAt(0))) && pattern.matcher(lower).matches();
        }
    }

    /** The line being classified, with the gated patterns its literals let through worked out on first use. */
    private final class Line {
        final String core;
        final String lower;
        /** Numbers of the gated patterns whose gate the line passes, ascending. */
        private int[] candidates;

        private String folded;

        Line(String core) {
            this.core = core;
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

    /** The phrase book built from the shipped phrase files. */
    public static PhraseBook standard() {
        return STANDARD;
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
        Line line = null;
        for (PhraseKind kind : PhraseKind.values()) {
            if (words > kind.maxWords()) {
                continue;
            }
            if (line == null) {
                line = new Line(trimDecoration(text));
            }
            if (matches(kind, line)) {
                return kind;
            }
        }
        return null;
    }

    private boolean matches(PhraseKind kind, Line line) {
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
        Dispatch d = wholeLower.get(kind);
        Pattern p = d == null || lower.isEmpty() ? null : d.forFirst(lower.charAt(0));
        if (p != null && p.matcher(lower).matches()) {
            return true;
        }
        String[] casedGate = casedGates.get(kind);
        if (casedGate != null && !line.holdsAny(casedGate)) {
            p = anywhereLower.get(kind);
            return p != null && p.matcher(lower).find();
        }
        p = wholeCased.get(kind);
        if (p != null && p.matcher(core).matches()) {
            return true;
        }
        p = anywhereLower.get(kind);
        if (p != null && p.matcher(lower).find()) {
            return true;
        }
        p = anywhereCased.get(kind);
        return p != null && p.matcher(core).find();
    }

    /** Whether the line is furniture of the given kind. */
    public boolean is(PhraseKind kind, String text) {
        int words = Words.count(text);
        if (words > kind.maxWords()) {
            return false;
        }
        return matches(kind, new Line(trimDecoration(text)));
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

    private static PhraseBook load() {
        Map<PhraseKind, List<String>> wholeLower = new EnumMap<>(PhraseKind.class);
        Map<PhraseKind, List<String>> anywhereLower = new EnumMap<>(PhraseKind.class);
        Map<PhraseKind, List<String>> wholeCased = new EnumMap<>(PhraseKind.class);
        Map<PhraseKind, List<String>> anywhereCased = new EnumMap<>(PhraseKind.class);
        List<Gated> gatedList = new ArrayList<>();
        Map<PhraseKind, java.util.Set<String>> casedGates = new EnumMap<>(PhraseKind.class);
        java.util.Set<PhraseKind> ungatedCased = java.util.EnumSet.noneOf(PhraseKind.class);
        LiteralIndex.Builder literalIds = new LiteralIndex.Builder();
        for (String language : readLines(FOLDER + "index.txt")) {
            if (language.isBlank() || language.startsWith("#")) {
                continue;
            }
            String file = FOLDER + language.trim() + ".txt";
            PhraseKind section = null;
            int lineNo = 0;
            for (String raw : readLines(file)) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = PhraseKind.ofSection(line.substring(1, line.length() - 1));
                    if (section == null) {
                        throw new IllegalStateException(file + ":" + lineNo + ": unknown section " + line);
                    }
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(file + ":" + lineNo + ": phrase outside a section");
                }
                boolean contains = line.startsWith("~");
                String regex = nonCapturing(contains ? line.substring(1) : line);
                boolean cased = regex.contains("(?-i:");
                try {
                    Pattern.compile(regex, cased ? FLAGS : 0);
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(file + ":" + lineNo + ": bad pattern: " + e.getDescription(), e);
                }
                Set<String> gate = cased ? null : RequiredLiterals.of(regex);
                if (gate != null) {
                    int[] ids = gate.stream().mapToInt(literalIds::id).toArray();
                    Pattern own = Pattern.compile(regex);
                    gatedList.add(new Gated(section, own, !contains, ids, contains ? null : FirstChars.of(regex)));
                    continue;
                }
                if (cased) {
                    Set<String> casedGate = RequiredLiterals.of(regex);
                    if (casedGate == null || !casedGate.stream().allMatch(PhraseBook::foldsStably)) {
                        ungatedCased.add(section);
                    } else {
                        Set<String> all = casedGates.computeIfAbsent(section, k -> new java.util.LinkedHashSet<>());
                        casedGate.forEach(literal -> all.add(fold(literal)));
                    }
                }
                Map<PhraseKind, List<String>> target = contains ? (cased ? anywhereCased : anywhereLower)
                        : (cased ? wholeCased : wholeLower);
                target.computeIfAbsent(section, k -> new ArrayList<>()).add(regex);
            }
        }
        gatedList.sort(java.util.Comparator.comparing(Gated::kind));
        Gated[] gated = gatedList.toArray(new Gated[0]);
        PhraseKind[] kinds = PhraseKind.values();
        int[] kindStart = new int[kinds.length + 1];
        for (int k = 0, g = 0; k <= kinds.length; k++) {
            while (k < kinds.length && g < gated.length && gated[g].kind().ordinal() < k) {
                g++;
            }
            kindStart[k] = k < kinds.length ? g : gated.length;
        }
        LiteralIndex index = literalIds.build();
        List<List<Integer>> patternsOf = new ArrayList<>();
        for (int id = 0; id < index.size(); id++) {
            patternsOf.add(new ArrayList<>());
        }
        for (int g = 0; g < gated.length; g++) {
            for (int id : gated[g].literalIds()) {
                patternsOf.get(id).add(g);
            }
        }
        int[][] byLiteral = new int[index.size()][];
        for (int id = 0; id < byLiteral.length; id++) {
            byLiteral[id] = patternsOf.get(id).stream().mapToInt(Integer::intValue).toArray();
        }
        Map<PhraseKind, String[]> casedGateArrays = new EnumMap<>(PhraseKind.class);
        casedGates.forEach((kind, literals) -> {
            if (!ungatedCased.contains(kind)) {
                casedGateArrays.put(kind, literals.toArray(new String[0]));
            }
        });
        return new PhraseBook(gated, kindStart, byLiteral, index, dispatch(wholeLower), compile(anywhereLower, 0),
                compile(wholeCased, FLAGS), compile(anywhereCased, FLAGS), casedGateArrays);
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

    private static Map<PhraseKind, Dispatch> dispatch(Map<PhraseKind, List<String>> parts) {
        Map<PhraseKind, Dispatch> result = new EnumMap<>(PhraseKind.class);
        for (Map.Entry<PhraseKind, List<String>> entry : parts.entrySet()) {
            List<String> any = new ArrayList<>();
            Map<Character, List<String>> byChar = new java.util.HashMap<>();
            for (String regex : entry.getValue()) {
                java.util.Set<Character> first = FirstChars.of(regex);
                if (first == null) {
                    any.add(regex);
                } else {
                    for (char c : first) {
                        byChar.computeIfAbsent(c, k -> new ArrayList<>()).add(regex);
                    }
                }
            }
            Map<Character, Pattern> byFirst = new java.util.HashMap<>();
            for (Map.Entry<Character, List<String>> e : byChar.entrySet()) {
                List<String> all = new ArrayList<>(e.getValue());
                all.addAll(any);
                byFirst.put(e.getKey(), join(all, 0));
            }
            result.put(entry.getKey(), new Dispatch(Map.copyOf(byFirst), any.isEmpty() ? null : join(any, 0)));
        }
        return result;
    }

    private static Pattern join(List<String> alternatives, int flags) {
        StringBuilder regex = new StringBuilder();
        for (String part : alternatives) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:").append(part).append(')');
        }
        return Pattern.compile(regex.toString(), flags);
    }

    private static Map<PhraseKind, Pattern> compile(Map<PhraseKind, List<String>> parts, int flags) {
        Map<PhraseKind, Pattern> patterns = new EnumMap<>(PhraseKind.class);
        for (Map.Entry<PhraseKind, List<String>> entry : parts.entrySet()) {
            StringBuilder regex = new StringBuilder();
            for (String part : entry.getValue()) {
                if (regex.length() > 0) {
                    regex.append('|');
                }
                regex.append("(?:").append(part).append(')');
            }
            patterns.put(entry.getKey(), Pattern.compile(regex.toString(), flags));
        }
        return patterns;
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

    private static List<String> readLines(String resource) {
        try (InputStream in = PhraseBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
