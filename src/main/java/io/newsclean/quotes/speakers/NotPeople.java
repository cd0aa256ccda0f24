package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.Paragraph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What an article itself shows is not a person, read once per article before any name is registered:
 * capitalised runs it puts after "in", "near" or "outside" (places: "in El Paso"), full names it puts after
 * an article ("the Washington Post", "the West Coast", "a Golden Globe") or after an institution and "of"
 * or "for" ("Council of Economic Advisers"), and headline paragraphs, whose every word is capitalised so
 * that any run of them looks like a name ("Selenis Leyva Got Real About Being Called").
 */
final class NotPeople {
    /** A headline has at least this many longer words, and capitalises every one of them... */
    private static final int HEADLINE_MIN_WORDS = 4;
    /** ...where shorter words ("of", "the", "with", "from") are left lower-case by many headline styles. */
    private static final int HEADLINE_SHORT_WORD = 4;

    private static final String[] PLACE_PREPOSITIONS = {"in ", "near ", "outside "};
    private static final String[] ARTICLES = {"the ", "a ", "an "};
    private static final String[] LEADING_ARTICLES = {"The ", "A ", "An "};
    private static final String[] ORG_CONNECTORS = {" of ", " for "};

    /** Capitalised words that stand where a subject does but name no one ("Nobody asked …"). */
    private static final Set<String> INDEFINITE_PRONOUNS = QuoteWords.NAMES.set("not-people.indefinite-pronouns");

    private final Set<String> places = new HashSet<>();
    private final Set<String> things = new HashSet<>();
    private final boolean[] headline;

    /**
     * @param names a run's name ({@link RunName}), as the caller caches them per article
     */
    NotPeople(List<Paragraph> layer, Function<String, RunName> names) {
        headline = new boolean[layer.size()];
        for (int p = 0; p < layer.size(); p++) {
            String text = layer.get(p).text();
            headline[p] = isHeadline(text);
            for (Names.Run r : layer.get(p).runs()) {
                boolean possessive = r.text().endsWith("’s") || r.text().endsWith("'s");
                if (possessive) {
                    continue;
                }
                if (endsWithAny(text, r.start(), PLACE_PREPOSITIONS)) {
                    places.add(r.text());
                }
                if (namesAThing(text, r, names)) {
                    things.add(names.apply(r.text()).full());
                }
            }
        }
    }

    /**
     * Whether a run, whose name is {@code full}, is a place or a thing the article names: a place only when
     * the name does not open with a known given name ("in Paris" is a place, but the article may still
     * name a person in full who lives there), a thing whatever its first word.
     */
    boolean excludes(String run, String full, boolean knownFirstName) {
        if (things.contains(full)) {
            return true;
        }
        if (full.indexOf(' ') < 0 && INDEFINITE_PRONOUNS.contains(Names.lower(full))) {
            return true;
        }
        return !knownFirstName && (places.contains(run) || places.contains(full));
    }

    /** Whether a paragraph is a headline, where capitals do not mark names. */
    boolean isHeadline(int paragraph) {
        return paragraph >= 0 && paragraph < headline.length && headline[paragraph];
    }

    /**
     * "the Washington Post", "The Conservative Case for Trump", "Council of Economic Advisers": a name of two
     * words or more that an article or an institution's "of" stands before, with no title or possessive
     * inside it (the Rev. Al Sharpton is a person) and no noun after it (the Bernie Sanders campaign).
     */
    private static boolean namesAThing(String text, Names.Run r, Function<String, RunName> names) {
        String run = r.text();
        int leading = 0;
        for (String a : LEADING_ARTICLES) {
            if (run.startsWith(a)) {
                leading = a.length();
            }
        }
        boolean ofInstitution = afterInstitution(text, r.start());
        boolean introduced = leading > 0 || endsWithAny(text, r.start(), ARTICLES) || ofInstitution;
        if (!introduced || PersonIndex.isAttributive(text, r.end())) {
            return false;
        }
        List<String> tokens = names.apply(run).tokens();
        if (tokens.size() < 2) {
            return false;
        }
        // "a Hillary Clinton presidency", "the Donald Trump show": a name before a lower-case word qualifies it,
        // unless the name ends in an institution's word ("the Washington Post reported")
        boolean wordFollows = r.end() + 1 < text.length() && text.charAt(r.end()) == ' ' && Character.isLowerCase(text.charAt(r.end() + 1));
        if (wordFollows && !ofInstitution && !Names.isOrgWord(tokens.get(tokens.size() - 1))) {
            return false;
        }
        // every word of the run must be part of the name: a title or a possessive inside it would mean a person
        return Names.wordCount(run.substring(leading)) == tokens.size();
    }

    /** "Council of Economic Advisers", "Center for Nonproliferation Studies": an institution's "of" or "for" right before. */
    private static boolean afterInstitution(String text, int start) {
        for (String c : ORG_CONNECTORS) {
            int from = start - c.length();
            if (from > 0 && text.startsWith(c, from)) {
                int e = from;
                int b = e;
                while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
                    b--;
                }
                return b < e && Character.isUpperCase(text.charAt(b)) && Names.isOrgWord(text.substring(b, e));
            }
        }
        return false;
    }

    /** Whether one of the lower-case words stands right before {@code start}, as a whole word. */
    private static boolean endsWithAny(String text, int start, String[] words) {
        for (String w : words) {
            int from = start - w.length();
            if (from >= 0 && text.startsWith(w, from) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Zoe Saldana Responds To Anti-Immigrant Hate.": every longer word capitalised, and so is a function word
     * inside the line ("To", "About", "Of"). Prose capitalises names but leaves "and", "in", "to" lower-case
     * ("François Hollande met Donald Trump and Gary Byrne in Paris.").
     */
    private static boolean isHeadline(String text) {
        int words = 0;
        boolean capitalFunctionWord = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '’')) {
                j++;
            }
            if (!capitalFunctionWord && j > i && words > 0 && Character.isUpperCase(text.charAt(i))
                    && Names.isFunctionWord(text, i, j)) {
                capitalFunctionWord = true;
            }
            if (j - i > HEADLINE_SHORT_WORD) {
                if (!Character.isUpperCase(text.charAt(i))) {
                    return false; // prose: most paragraphs show a lower-case word early on
                }
                words++;
            }
            i = j;
        }
        return capitalFunctionWord && words >= HEADLINE_MIN_WORDS;
    }
}
