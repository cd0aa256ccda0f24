package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        int[] hits = new int[languages.size()];
        int[] words = {0};
        char[] buffer = new char[64];
        Words.scan(text, (t, s, e, script) -> {
            if (script != dominant || words[0] >= MAX_WORDS || e - s > buffer.length) {
                return;
            }
            words[0]++;
            for (int i = s; i < e; i++) {
                buffer[i - s] = Character.toLowerCase(t.charAt(i));
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
