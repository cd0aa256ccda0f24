package io.newsclean.quotes.attribution;

import io.newsclean.quotes.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview transcript: paragraphs that open with a speaker's label in capitals and a colon
 * ("TAPPER: Do you think …", "JOEL BENENSON: This is a man who …"). The label is the attribution, not part
 * of the words, and each labelled paragraph is a turn of its own. A transcript has at least two speakers, so
 * an article whose labels are all the same word ("UPDATE:", "EXCLUSIVE:") or that has one label only holds
 * kickers, not turns. Stateless.
 */
public final class TranscriptTurns {
    /** One to four words in capitals, then a colon and the turn's words. */
    private static final Pattern LABEL = Pattern.compile(
            "\\s*(\\p{Lu}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}):\\s+(?=\\S)");
    /** Fewer words than this after a label make a line ("BYLINE: Amber Phillips."), not a turn. */
    private static final int MIN_TURN_WORDS = 4;

    /**
     * One turn.
     *
     * @param paragraph  the paragraph the turn is
     * @param labelStart where the label starts
     * @param labelEnd   where it ends, before the colon
     * @param textStart  where the turn's words start
     * @param name       the label as a name, in title case ("Jake Tapper"), a lone surname given the full name
     *                   another label gives it ("TAPPER" after "JAKE TAPPER")
     */
    public record Turn(int paragraph, int labelStart, int labelEnd, int textStart, String name) {
    }

    private TranscriptTurns() {
    }

    /** The turns of an article, one per labelled paragraph in reading order; empty when it is no transcript. */
    public static List<Turn> find(List<String> paragraphs) {
        List<Turn> turns = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int first = firstNonSpace(text);
            if (first + 1 >= text.length() || !Character.isUpperCase(text.charAt(first))
                    || !Character.isUpperCase(text.charAt(first + 1))) {
                continue; // a look at the first two letters keeps most paragraphs out of the pattern
            }
            Matcher m = LABEL.matcher(text);
            if (m.lookingAt() && hasLetters(m.group(1)) && Words.letterRuns(text, m.end(), text.length(), MIN_TURN_WORDS) >= MIN_TURN_WORDS) {
                labels.add(m.group(1));
                turns.add(new Turn(p, m.start(1), m.end(1), m.end(), titleCase(m.group(1))));
            }
        }
        if (labels.size() < 2) {
            return List.of();
        }
        List<Turn> named = new ArrayList<>(turns.size());
        for (Turn t : turns) {
            named.add(new Turn(t.paragraph(), t.labelStart(), t.labelEnd(), t.textStart(), fullName(t.name(), turns)));
        }
        return named;
    }

    /** A one-word label takes the full name of another label that ends in the same word. */
    private static String fullName(String name, List<Turn> turns) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        for (Turn other : turns) {
            if (other.name().endsWith(" " + name)) {
                return other.name();
            }
        }
        return name;
    }

    private static String titleCase(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean start = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.';
        }
        return out.toString();
    }

    private static boolean hasLetters(String label) {
        int letters = 0;
        for (int i = 0; i < label.length(); i++) {
            if (Character.isLetter(label.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (i < text.length() - 1 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
