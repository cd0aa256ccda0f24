package io.newsclean.text;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;

import java.util.ArrayList;
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
    private static final Map<Script, List<String>> CANDIDATES = candidates();
    /**
     * Per script, built when a page of that script is first voted on: every candidate's stopwords
     * in one map, each word with a bit per candidate (in CANDIDATES order) whose list holds it; one
     * look-up per word instead of one per language. Each map is only read once published.
     */
    private static final ConcurrentMap<Script, CharArrayMap<Integer>> VOTERS = new ConcurrentHashMap<>();

    private LanguageGuesser() {
    }

    public static String guess(CharSequence text) {
        EnumMap<Script, Integer> scripts = new EnumMap<>(Script.class);
        List<String> latin = new ArrayList<>();
        int[] seen = {0};
        int[] ukrainianLetters = {0};
        int[] kanaSeen = {0};
        Words.scan(text, (t, s, e, script) -> {
            if (seen[0] >= MAX_WORDS || !Character.isLetter(Character.codePointAt(t, s))) {
                return;
            }
            seen[0]++;
            scripts.merge(script, 1, Integer::sum);
            if (script == Script.KANA) {
                kanaSeen[0]++;
            }
            if (script == Script.CYRILLIC) {
                for (int i = s; i < e; i++) {
                    char c = Character.toLowerCase(t.charAt(i));
                    if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                        ukrainianLetters[0]++;
                    }
                }
            }
        });
        Script dominant = null;
        int best = 0;
        int total = 0;
        for (Map.Entry<Script, Integer> entry : scripts.entrySet()) {
            total += entry.getValue();
            if (entry.getValue() > best && entry.getKey() != Script.OTHER) {
                best = entry.getValue();
                dominant = entry.getKey();
            }
        }
        if (dominant == null || total < MIN_WORDS) {
            return null;
        }
        if (dominant == Script.HAN && kanaSeen[0] * 10 >= best) {
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
                if (ukrainianLetters[0] * 50 >= best) {
                    return "uk";
                }
                break;
            default:
                break;
        }
        return vote(text, dominant);
    }

    private static String vote(CharSequence text, Script dominant) {
        List<String> languages = CANDIDATES.getOrDefault(dominant, List.of());
        if (languages.isEmpty()) {
            return null;
        }
        List<CharArraySet> sets = new ArrayList<>(languages.size());
        for (String language : languages) {
            sets.add(Stopwords.of(language));
        }
        CharArrayMap<Integer> voters = VOTERS.computeIfAbsent(dominant, LanguageGuesser::voters);
        int[] hits = new int[languages.size()];
        int[] words = {0};
        char[] buffer = new char[64];
        Words.scan(text, (t, s, e, script) -> {
            if (script != dominant || words[0] >= MAX_WORDS || e - s > buffer.length) {
                return;
            }
            words[0]++;
            boolean settled = true;
            for (int i = s; i < e; i++) {
                char c = Character.toLowerCase(t.charAt(i));
                buffer[i - s] = c;
                // a list that ignores case would lower-case the word again, by code point
                settled &= !Character.isSurrogate(c) && Character.toLowerCase(c) == c;
            }
            if (settled) {
                Integer mask = voters.get(buffer, 0, e - s);
                if (mask != null) {
                    for (int k = 0; k < hits.length; k++) {
                        if ((mask & (1 << k)) != 0) {
                            hits[k]++;
                        }
                    }
                }
                return;
            }
            for (int k = 0; k < sets.size(); k++) {
                if (sets.get(k).contains(buffer, 0, e - s)) {
                    hits[k]++;
                }
            }
        });
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
        if (first < 0 || hits[first] < MIN_HITS || hits[first] * 20 < words[0]) {
            return null;
        }
        if (second >= 0 && hits[first] < hits[second] * MARGIN) {
            return null;
        }
        return languages.get(first);
    }

    private static CharArrayMap<Integer> voters(Script script) {
        List<String> languages = CANDIDATES.get(script);
        if (languages.size() > Integer.SIZE - 1) {
            throw new IllegalStateException("too many candidate languages for " + script);
        }
        CharArrayMap<Integer> words = new CharArrayMap<>(1024, false);
        for (int k = 0; k < languages.size(); k++) {
            for (Object key : Stopwords.of(languages.get(k))) {
                char[] word = key instanceof char[] chars ? chars : key.toString().toCharArray();
                Integer mask = words.get(word, 0, word.length);
                words.put(word.clone(), (mask == null ? 0 : mask) | (1 << k));
            }
        }
        return words;
    }

    private static Map<Script, List<String>> candidates() {
        Map<Script, List<String>> map = new EnumMap<>(Script.class);
        map.put(Script.LATIN, List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "da", "sv", "no", "fi",
                "hu", "cs", "ro", "tr", "ca", "eu", "ga", "id", "lt", "lv", "et", "sr"));
        map.put(Script.CYRILLIC, List.of("ru", "bg"));
        map.put(Script.ARABIC, List.of("ar", "fa"));
        map.put(Script.DEVANAGARI, List.of("hi", "ne"));
        return map;
    }
}
