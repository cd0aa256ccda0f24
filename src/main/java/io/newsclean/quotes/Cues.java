package io.newsclean.quotes;

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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reporting verbs and phrases of one language, loaded once from
 * {@code cues-LANG.txt} beside this class. Immutable.
 */
final class Cues {
    private static final Cues ENGLISH = load("en");

    private final Set<String> speech;
    private final Set<String> listener;
    private final Set<String> fragment;
    private final Set<String> indirect;
    /** Any cue, verbs and phrases, as a whole-word match; longest alternatives first. */
    private final Pattern any;

    private Cues(Map<String, List<String>> groups) {
        speech = Set.copyOf(groups.getOrDefault("speech", List.of()));
        listener = Set.copyOf(groups.getOrDefault("listener", List.of()));
        fragment = Set.copyOf(groups.getOrDefault("fragment", List.of()));
        indirect = Set.copyOf(groups.getOrDefault("indirect", List.of()));
        Set<String> all = new HashSet<>();
        groups.values().forEach(all::addAll);
        String alternatives = all.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        any = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:" + alternatives + ")(?![\\p{L}\\p{N}'’-])");
    }

    /** The cues for a language; English when the language is unknown or has no list. */
    static Cues forLanguage(String language) {
        return ENGLISH;
    }

    Pattern any() {
        return any;
    }

    boolean isSpeech(String cue) {
        return speech.contains(cue) || cue.contains(" ") && !cue.equals("according to");
    }

    boolean isListener(String cue) {
        return listener.contains(cue);
    }

    boolean isFragment(String cue) {
        return fragment.contains(cue);
    }

    boolean isIndirect(String cue) {
        return indirect.contains(cue);
    }

    private static Cues load(String language) {
        String name = "cues-" + language + ".txt";
        try (InputStream in = Cues.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Map<String, List<String>> groups = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String group = line.substring(0, colon).strip();
                String body = line.substring(colon + 1).strip();
                List<String> forms = new ArrayList<>();
                for (String form : body.split(group.equals("phrase") ? "\\|" : "\\s+")) {
                    if (!form.isBlank()) {
                        forms.add(form.strip());
                    }
                }
                groups.computeIfAbsent(group, g -> new ArrayList<>()).addAll(forms);
            }
            return new Cues(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
