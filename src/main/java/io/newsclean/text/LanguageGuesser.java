package io.newsclean.text;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Guesses the language of a page's text, well enough to choose its stopwords: the dominant
 * script narrows the choice, then the language whose stopwords are most frequent in the text
 * wins, if it wins clearly. Returns an ISO 639-1 code, or null when unsure. Stateless.
 */
public final class LanguageGuesser {
    /** Enough words to be sure of any page; the rest would only cost time. */
    private static final int MAX_WORDS = 8000;
    private static final int MIN_WORDS = 8;
    private static final int MIN_HITS = 3;
    /** The winner needs this many more stopword hits than the runner-up. */
    private static final double MARGIN = 1.15;
    /**
     * Stopword-voting candidates per script; the order breaks ties. Galician is left out: its
     * stopwords are so close to Portuguese and Spanish ones that it would leave those pages
     * undecided, and either list serves a Galician page well enough.
     */
    private static final Map<Script, List<String>> CANDIDATES = makeCandidates();
    /**
     * Per script, built when a word of that script is first voted on, so a call that sees one
     * script reads only that script's table ({@link StopwordVotes}): every candidate's stopwords in one map, each word
     * with a bit per candidate (in CANDIDATES order) whose list holds it; one look-up per word
     * instead of one per language. Each map is only read once published.
     */
    private static final ConcurrentMap<Script, WordMasks> VOTERS = new ConcurrentHashMap<>();
    /** {@code Script.values()} copies its array on every call; a guess needs it several times. */
    private static final Script[] SCRIPTS = Script.values();

    private LanguageGuesser() {
    }

    public static String guess(CharSequence text) {
        Tally tally = new Tally();
        // One pass counts the scripts and, for every script with candidates, the stopword votes,
        // so the text is read once whichever script turns out dominant.
        Words.scan(text, tally);
        Script dominant = null;
        int best = 0;
        int total = 0;
        for (Script script : SCRIPTS) {
            int count = tally.scripts[script.ordinal()];
            total += count;
            if (count > best && script != Script.OTHER) {
                best = count;
                dominant = script;
            }
        }
        if (dominant == null || total < MIN_WORDS) {
            return null;
        }
        if (dominant == Script.HAN && tally.kanaSeen * 10 >= best) {
            return "ja";
        }
        switch (dominant) {
            case HANGUL: return "ko";
            case KANA: return "ja";
            case HAN: return "zh";
            case THAI: return "th";
            case GREEK: return "el";
            case ARMENIAN: return "hy";
            case GEORGIAN: return "ka";
            case HEBREW: return "he";
            case BENGALI: return "bn";
            case TAMIL: return "ta";
            case TELUGU: return "te";
            case CYRILLIC:
                if (tally.ukrainianLetters * 50 >= best) {
                    return "uk";
                }
                break;
            default:
                break;
        }
        return vote(tally, dominant);
    }

    private static String vote(Tally tally, Script dominant) {
        List<String> languages = CANDIDATES.getOrDefault(dominant, List.of());
        int[] hits = tally.hits[dominant.ordinal()];
        if (languages.isEmpty() || hits == null) {
            return null;
        }
        int words = tally.votingWords[dominant.ordinal()];
        int first = -1;
        int second = -1;
        for (int k = 0; k < hits.length; k++) {
            if (first < 0 || hits[k] > hits[first]) {
                second = first;
                first = k;
            } else if (second < 0 || hits[k] > hits[second]) {
                second = k;
            }
        }
        if (first < 0 || hits[first] < MIN_HITS || hits[first] * 20 < words) {
            return null;
        }
        if (second >= 0 && hits[first] < hits[second] * MARGIN) {
            return null;
        }
        return languages.get(first);
    }

    /** What one pass over the text counts: words per script, and per voting script the stopword hits. */
    private static final class Tally implements Words.Sink {
        final int[] scripts = new int[SCRIPTS.length];
        int seen;
        int ukrainianLetters;
        int kanaSeen;
        /** Per script with candidates: the hits of each candidate, in CANDIDATES order; null for the others. */
        final int[][] hits = new int[SCRIPTS.length][];
        final int[] votingWords = new int[SCRIPTS.length];
        private final WordMasks[] voters = new WordMasks[SCRIPTS.length];
        private final char[] buffer = new char[64];

        Tally() {
            for (Map.Entry<Script, List<String>> entry : CANDIDATES.entrySet()) {
                hits[entry.getKey().ordinal()] = new int[entry.getValue().size()];
            }
        }

        @Override
        public void word(CharSequence t, int s, int e, Script script) {
            countScript(t, s, e, script);
            int[] scriptHits = hits[script.ordinal()];
            if (scriptHits != null) {
                vote(t, s, e, script, scriptHits);
            }
        }

        private void countScript(CharSequence t, int s, int e, Script script) {
            if (seen >= MAX_WORDS) {
                return;
            }
            char c0 = t.charAt(s);
            // a word starts with a letter or a digit, and ASCII digits sort below ASCII letters
            if (c0 < 0x80 ? c0 <= '9' : !Character.isLetter(Character.codePointAt(t, s))) {
                return;
            }
            seen++;
            scripts[script.ordinal()]++;
            if (script == Script.KANA) {
                kanaSeen++;
            }
            if (script == Script.CYRILLIC) {
                for (int i = s; i < e; i++) {
                    char c = Character.toLowerCase(t.charAt(i));
                    if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                        ukrainianLetters++;
                    }
                }
            }
        }

        private void vote(CharSequence t, int s, int e, Script script, int[] scriptHits) {
            int ordinal = script.ordinal();
            if (votingWords[ordinal] >= MAX_WORDS || e - s > buffer.length) {
                return;
            }
            votingWords[ordinal]++;
            boolean settled = true;
            for (int i = s; i < e; i++) {
                char c = t.charAt(i);
                if (c < 0x80) {
                    buffer[i - s] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    continue;
                }
                c = Character.toLowerCase(c);
                buffer[i - s] = c;
                // a list that ignores case would lower-case the word again, by code point
                settled &= !Character.isSurrogate(c) && Character.toLowerCase(c) == c;
            }
            if (settled) {
                if (voters[ordinal] == null) {
                    voters[ordinal] = VOTERS.computeIfAbsent(script, LanguageGuesser::voters);
                }
                int mask = voters[ordinal].get(buffer, e - s);
                if (mask != 0) {
                    for (int k = 0; k < scriptHits.length; k++) {
                        if ((mask & (1 << k)) != 0) {
                            scriptHits[k]++;
                        }
                    }
                }
                return;
            }
            List<String> languages = CANDIDATES.get(script);
            for (int k = 0; k < languages.size(); k++) {
                if (Stopwords.of(languages.get(k)).contains(buffer, 0, e - s)) {
                    scriptHits[k]++;
                }
            }
        }
    }

    private static WordMasks voters(Script script) {
        return StopwordVotes.of(script, CANDIDATES.get(script));
    }

    /** The voting candidates of each script that has them, in bit order. */
    static Map<Script, List<String>> candidates() {
        return CANDIDATES;
    }

    private static Map<Script, List<String>> makeCandidates() {
        Map<Script, List<String>> map = new EnumMap<>(Script.class);
        map.put(Script.LATIN, List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "da", "sv", "no", "fi",
                "hu", "cs", "ro", "tr", "ca", "eu", "ga", "id", "lt", "lv", "et", "sr"));
        map.put(Script.CYRILLIC, List.of("ru", "bg"));
        map.put(Script.ARABIC, List.of("ar", "fa"));
        map.put(Script.DEVANAGARI, List.of("hi", "ne"));
        return Collections.unmodifiableMap(map);
    }
}
