package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the headline among the lines above the article body: a line of headline length, not
 * page furniture, not the site's name, that shares its words with the body and stands close
 * above it. Teasers and menu items above the body share few words with it, or stand further off.
 */
public final class HeadlineFinder {
    /** How far above the body the headline may stand. */
    private static final int LOOK_BACK = 40;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 40;
    /** A clean article's opening line is its headline when it is this short. */
    private static final int OPENING_MAX_WORDS = 25;
    /** Headlines may hold two short sentences ("A Judge Confirmed. Is This the Last?"). */
    private static final int OPENING_MAX_SENTENCES = 2;
    /** Body lines read to learn the article's vocabulary. */
    private static final int BODY_LINES = 12;
    /** Share of the candidate's content words that must recur in the body, unless it stands right above. */
    private static final double MIN_OVERLAP = 0.3;
    /** Overlap that makes a line ending in a full stop a headline all the same. */
    private static final double SURE_OVERLAP = 0.5;
    /** Between two fitting lines, the one without a full stop is the headline, the other its deck. */
    private static final double FULL_STOP_PENALTY = 0.5;

    private HeadlineFinder() {
    }

    /** Index of the headline line, or -1 when none stands out. */
    public static int find(PageLines page) {
        if (page.bodyStart() == 0) {
            // nothing stands above the article: a clean text, which opens with its headline
            return opensWithHeadline(page) ? 0 : -1;
        }
        // The body stretch may open with short sentences; the headline can be one of them.
        int start = page.bodyStart();
        while (start >= 0 && start <= page.bodyEnd() && !page.prose(start)) {
            start++;
        }
        if (start == 0) {
            return opensWithHeadline(page) ? 0 : -1;
        }
        if (start < 0) {
            return -1;
        }
        CharArraySet stopwords = Stopwords.of(page.language());
        Set<String> vocabulary = new HashSet<>();
        for (int i = start, read = 0; i <= page.bodyEnd() && read < BODY_LINES; i++) {
            if (page.prose(i)) {
                contentWords(page.text(i), stopwords, vocabulary);
                read++;
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = start - 1; i >= Math.max(0, start - LOOK_BACK); i--) {
            if (!isCandidate(page, i)) {
                continue;
            }
            Set<String> words = new HashSet<>();
            contentWords(page.text(i), stopwords, words);
            if (words.isEmpty()) {
                continue;
            }
            int shared = 0;
            for (String w : words) {
                if (vocabulary.contains(w)) {
                    shared++;
                }
            }
            double overlap = (double) shared / words.size();
            int distance = start - i;
            if (overlap < MIN_OVERLAP && !(distance == 1 && shared > 0)) {
                continue;
            }
            // A line ending in a full stop is more often a lead sentence than a headline, unless
            // it opens the page or plainly announces what the body says.
            if (endsWithFullStop(page.text(i)) && i > 0 && (overlap < SURE_OVERLAP || page.prose(i))) {
                continue;
            }
            double score = overlap + 1.0 / (1 + distance) + (page.features(i).words() >= 5 ? 0.2 : 0)
                    - (endsWithFullStop(page.text(i)) ? FULL_STOP_PENALTY : 0);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /**
     * A page whose first line already belongs to the body (a clean article, as text) opens with
     * its headline when that line is short, two sentences at most, and prose follows it.
     */
    private static boolean opensWithHeadline(PageLines page) {
        LineFeatures f = page.features(0);
        return page.size() > 1 && page.inBody(1) && isCandidate(page, 0) && f.words() <= OPENING_MAX_WORDS
                && f.sentenceEnds() <= OPENING_MAX_SENTENCES;
    }

    private static boolean isCandidate(PageLines page, int i) {
        LineFeatures f = page.features(i);
        if (page.phrase(i) != null || f.words() < MIN_WORDS || f.words() > MAX_WORDS) {
            return false;
        }
        String text = page.text(i);
        if (page.siteName() != null && text.equalsIgnoreCase(page.siteName())) {
            return false;
        }
        // an image's alt text repeated in the caption below it, or the caption under an alt text
        return !echoesNeighbour(page, i);
    }

    private static boolean endsWithFullStop(String text) {
        return text.endsWith(".") && !text.endsWith("..");
    }

    /** Whether the line and a neighbouring line repeat one another's text (an alt text and its caption). */
    static boolean echoesNeighbour(PageLines page, int i) {
        String core = SiteSuffix.stripped(page.text(i), page.siteName());
        String own = core != null ? core : page.text(i);
        for (int j = Math.max(0, i - 1); j <= Math.min(page.size() - 1, i + 1); j++) {
            if (j == i) {
                continue;
            }
            String other = page.text(j);
            String otherCore = SiteSuffix.stripped(other, page.siteName());
            if (own.length() >= 12 && (other.contains(own) || (otherCore != null && own.contains(otherCore)
                    && otherCore.length() >= 12))) {
                return true;
            }
        }
        return false;
    }

    static void contentWords(String text, CharArraySet stopwords, Set<String> into) {
        Words.scan(text, (t, s, e, script) -> {
            if (!Character.isLetter(Character.codePointAt(t, s))) {
                return;
            }
            String word = t.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
            if ((stopwords == null || !stopwords.contains(word)) && (word.length() > 2 || script.unspaced())) {
                into.add(word);
            }
        });
    }
}
