package io.newsclean.quotes.lexicon;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The word lists of the quote stages, read once from resource files in
 * {@code io/newsclean/quotes/}: one line per group, {@code GROUP: word word …}, or forms separated by
 * "|" when a form has several words (always in the groups "phrase" and "source"); a group may run over
 * several lines. Immutable.
 */
public final class QuoteWords {
    /** Groups whose every form is a phrase, so that a line of one form needs no "|": "source: according to". */
    private static final Set<String> PHRASE_GROUPS = Set.of("phrase", "source");
    /** People, titles, roles, organisations and places. */
    public static final QuoteWords NAMES = load("names-en.txt");
    /** What the attribution parsers read around a cue. */
    public static final QuoteWords ATTRIBUTION = load("attribution-en.txt");
    /** What bounds a reported clause and tells its subject. */
    public static final QuoteWords CLAUSES = load("clauses-en.txt");
    /** Abbreviations that end no sentence. */
    public static final QuoteWords SENTENCES = load("sentences-en.txt");
    /** What the quote pass itself consults. */
    public static final QuoteWords QUOTES = load("quotes-en.txt");

    private static final String FOLDER = "/io/newsclean/quotes/";
    /** Each language's {@link #speakers} list, read once: several word lists take a group from each. */
    private static final ConcurrentMap<String, Optional<QuoteWords>> SPEAKERS = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, List<String>> groups;

    private QuoteWords(String name, Map<String, List<String>> groups) {
        this.name = name;
        this.groups = groups;
    }

    /** The words of a group; a group the file lacks is a packaging error, not an empty list. */
    public Set<String> set(String group) {
        List<String> words = groups.get(group);
        if (words == null) {
            throw new IllegalStateException("no group '" + group + "' in " + name);
        }
        return Set.copyOf(words);
    }

    /**
     * The words around a speaker's name in a language other than English ({@code speakers-LANG.txt}:
     * titles, pronouns, words that end a name after a cue), or null when it has none.
     */
    static QuoteWords speakers(String language) {
        return SPEAKERS.computeIfAbsent(language, QuoteWords::readSpeakers).orElse(null);
    }

    private static Optional<QuoteWords> readSpeakers(String language) {
        String name = "speakers-" + language + ".txt";
        Map<String, List<String>> groups = groupsOrNull(name);
        return groups == null ? Optional.empty() : Optional.of(new QuoteWords(name, groups));
    }

    /** The union of one group over every language's {@link #speakers} list. */
    static Set<String> everySpeakersGroup(String group) {
        Set<String> out = new java.util.HashSet<>();
        for (String language : Cues.LANGUAGES) {
            QuoteWords words = speakers(language);
            if (words != null) {
                out.addAll(words.set(group));
            }
        }
        return Set.copyOf(out);
    }

    static QuoteWords load(String name) {
        return new QuoteWords(name, groups(name));
    }

    /** Every group of a resource file, its forms in file order. */
    static Map<String, List<String>> groups(String name) {
        Map<String, List<String>> groups = groupsOrNull(name);
        if (groups == null) {
            throw new IllegalStateException("missing resource " + FOLDER + name);
        }
        return groups;
    }

    /**
     * Every group of a word list ({@link WordListBundle}), or null when there is no such list. Cut into lines
     * on the bytes, each line decoded alone, and the lines cut by plain scans, without a reader or a pattern:
     * the quote pass's lists are read on every single call's clock, before the JIT has compiled anything, where
     * a file decoded whole turns UTF-16 at its first curly quote and every string cut from it is compressed
     * back one character at a time.
     */
    private static Map<String, List<String>> groupsOrNull(String name) {
        int[] at = new int[2];
        byte[] bytes = WordListBundle.list(name, at);
        if (bytes == null) {
            return null;
        }
        int offset = at[0];
        // one char a byte, only to find the line breaks, which UTF-8 never uses inside a character
        String bytewise = new String(bytes, offset, at[1] - offset, StandardCharsets.ISO_8859_1);
        Map<String, List<String>> groups = new HashMap<>();
        for (int start = 0, end; start < bytewise.length(); start = end + 1) {
            end = bytewise.indexOf('\n', start);
            if (end < 0) {
                end = bytewise.length();
            }
            if (start < end && bytes[offset + start] == '#') {
                continue; // a comment: not worth decoding
            }
            String line = new String(bytes, offset + start, end - start, StandardCharsets.UTF_8).strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                continue;
            }
            String group = line.substring(0, colon).strip();
            String body = line.substring(colon + 1).strip();
            List<String> forms = groups.get(group);
            if (forms == null) {
                forms = new ArrayList<>();
                groups.put(group, forms);
            }
            char separator = body.indexOf('|') >= 0 || PHRASE_GROUPS.contains(group) ? '|' : ' ';
            for (int from = 0, to; from <= body.length(); from = to + 1) {
                to = nextSeparator(body, from, separator);
                String form = body.substring(from, to);
                if (!form.isBlank()) {
                    forms.add(form.strip());
                }
            }
        }
        return groups;
    }

    /**
     * Where the form starting at {@code from} ends: at the next "|", or with {@code ' '} at the next white space
     * as the regex {@code \s} has it, or at the end.
     */
    private static int nextSeparator(String body, int from, char separator) {
        int i = from;
        while (i < body.length() && (separator == '|' ? body.charAt(i) != '|' : !isRegexSpace(body.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** What {@code \s} matches in a Java regex without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
