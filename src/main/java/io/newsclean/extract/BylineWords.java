package io.newsclean.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The words of a byline in each language, from {@code bylines.txt}: what opens one ("By", "Von",
 * "Par"), what joins two names ("and", "und", "et") and what names a role rather than a person
 * ("correspondent", "Redakteur"). Read once; immutable and thread-safe.
 */
final class BylineWords {
    /** Opening phrases, longest first, so "written by" is tried before "by". */
    final List<String> openers;
    final Set<String> joiners;
    final Set<String> roles;

    private BylineWords(List<String> openers, Set<String> joiners, Set<String> roles) {
        List<String> sorted = new ArrayList<>(openers);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.openers = List.copyOf(sorted);
        this.joiners = Set.copyOf(joiners);
        this.roles = Set.copyOf(roles);
    }

    /** Each language's [openers, joiners, roles] as the file lists them. */
    private static final Map<String, List<Set<String>>> SECTIONS = read();
    /**
     * Each language's words with English's, built when a page in that language first needs them:
     * a single call needs one language's, and building every language's would cost it more than
     * reading the file.
     */
    private static final ConcurrentMap<String, BylineWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** Every language's words together, for a page whose language is not known; built on first use. */
    private static final class All {
        static final BylineWords WORDS = all();
    }

    private static BylineWords all() {
        Set<String> allOpeners = new HashSet<>();
        Set<String> allJoiners = new HashSet<>();
        Set<String> allRoles = new HashSet<>();
        for (List<Set<String>> lists : SECTIONS.values()) {
            allOpeners.addAll(lists.get(0));
            allJoiners.addAll(lists.get(1));
            allRoles.addAll(lists.get(2));
        }
        return new BylineWords(List.copyOf(allOpeners), allJoiners, allRoles);
    }

    /**
     * A language's words with English's: English bylines and roles turn up on pages in any
     * language; its "and" does too.
     */
    private static BylineWords withEnglish(String language) {
        List<Set<String>> lists = SECTIONS.get(language);
        List<Set<String>> english = SECTIONS.get("en");
        Set<String> openers = union(lists.get(0), english.get(0));
        return new BylineWords(List.copyOf(openers), union(lists.get(1), english.get(1)),
                union(lists.get(2), english.get(2)));
    }

    /** The words of the language (ISO 639-1) and English; of every language when it is unknown. */
    static BylineWords of(String language) {
        if (language == null || !SECTIONS.containsKey(language)) {
            return All.WORDS;
        }
        BylineWords words = BY_LANGUAGE.get(language);
        return words != null ? words : BY_LANGUAGE.computeIfAbsent(language, BylineWords::withEnglish);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Each language's [openers, joiners, roles]. */
    private static Map<String, List<Set<String>>> read() {
        Map<String, List<Set<String>>> sections = new HashMap<>();
        try (InputStream in = BylineWords.class.getResourceAsStream("bylines.txt")) {
            if (in == null) {
                throw new IllegalStateException("bylines.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Set<String>> current = null;
            for (String line; (line = lines.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = List.of(new HashSet<>(), new HashSet<>(), new HashSet<>());
                    sections.put(s.substring(1, s.length() - 1), current);
                    continue;
                }
                int colon = s.indexOf(':');
                int list = switch (s.substring(0, Math.max(colon, 0))) {
                    case "by" -> 0;
                    case "and" -> 1;
                    case "role" -> 2;
                    default -> throw new IllegalStateException("bylines.txt: unknown line: " + s);
                };
                for (String word : s.substring(colon + 1).split(",")) {
                    if (!word.isBlank()) {
                        current.get(list).add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
