package io.newsclean.text;

import org.apache.lucene.analysis.CharArraySet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One page of text lines, measured once: each line's features and phrase kind, how often each
 * line recurs on the page, and where the article body lies. Built in linear time; immutable
 * once built, so rules can share it.
 *
 * <p>The body is found as the stretch of lines with the most prose in it: every prose line adds
 * its words, every other line costs a little (page furniture and section headings such as
 * "Comments" cost more), and the stretch with the highest total wins (Kadane's maximum-sum
 * segment). Short lines between paragraphs cost little, so a caption or a subheading does not
 * split an article; a menu, a comment section or a list of teasers does.
 */
public final class PageLines {
    /** A prose line has at least this many words... */
    static final int PROSE_MIN_WORDS = 10;
    /** ...and at least this share of stopwords, when the language's stopwords are known. */
    static final double PROSE_MIN_STOPWORDS = 0.18;
    /** Headlines and menus capitalise most words; prose does not, even in German. */
    static final double PROSE_MAX_CAPITALIZED = 0.7;
    /** A long line counts no more than this, so one huge block cannot outweigh a whole article. */
    static final int MAX_LINE_VALUE = 60;
    static final int COST_SHORT_LINE = 3;
    static final int COST_FURNITURE = 8;
    static final int COST_SECTION_BREAK = 25;
    static final int COST_REPEATED = 6;
    /** What a paragraph with no paragraph next to it is worth, in percent. */
    static final int ISOLATED_PERCENT = 40;
    /** Prose enough to be an article, after which a comment section's heading ends the body. */
    static final int MIN_ARTICLE_VALUE = 15;
    /** Paragraphs needed before the body's vocabulary says what the article is about. */
    static final int MIN_LINES_FOR_TOPIC = 4;
    /** A paragraph with fewer content words than this is not judged by its topic. */
    static final int MIN_CONTENT_WORDS = 5;
    /** What a paragraph off the article's topic is still worth, in percent. */
    static final int OFF_TOPIC_PERCENT = 20;
    /** Share of a paragraph's content words that must recur elsewhere in the body. */
    static final double MIN_TOPIC_SHARE = 0.15;
    /** Lines under the headline block within which the article's first paragraph must stand. */
    static final int ANCHOR_WINDOW = 6;
    /** Paragraphs the stretch under the headline needs to be taken for the article. */
    static final int MIN_ANCHORED_PARAGRAPHS = 2;
    /** Lines between the stretch under the headline and the best stretch past which they are two texts. */
    static final int MAX_JOIN_GAP = 40;
    /** Short lines (a heading, a caption) that may stand between the body and a table it takes in. */
    static final int TABLE_GAP = 2;
    /** Fewer words before a colon make a label ("Tags:", "Share:"), not an announcement. */
    static final int ANNOUNCE_MIN_WORDS = 4;

    private final List<String> lines;
    private final LineFeatures[] features;
    private final PhraseKind[] phrases;
    private final int[] occurrences;
    /** Repeated lines that are the first copy of an article the page prints twice: not furniture. */
    private final boolean[] firstCopy;
    /** Cells of a table flattened one per line: data, neither prose nor furniture. */
    private final boolean[] tableCell;
    private final boolean[] prose;
    private final String language;
    private final String siteName;
    private final int bodyStart;
    private final int bodyEnd;

    private PageLines(List<String> lines, String language, String siteName) {
        this.lines = List.copyOf(lines);
        this.language = language;
        this.siteName = siteName;
        int n = lines.size();
        CharArraySet stopwords = Stopwords.of(language);
        PhraseBook book = PhraseBook.standard();
        features = new LineFeatures[n];
        phrases = new PhraseKind[n];
        occurrences = new int[n];
        prose = new boolean[n];
        // per distinct text: how often it occurs, and the first and last line that has it
        Map<String, int[]> seen = new HashMap<>();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            String text = lines.get(i);
            features[i] = LineFeatures.of(text, stopwords);
            phrases[i] = book.classify(text, features[i].words());
            keys[i] = text.toLowerCase(Locale.ROOT);
            int line = i;
            int[] copies = seen.computeIfAbsent(keys[i], k -> new int[] {0, line, line});
            copies[0]++;
            copies[2] = i;
        }
        int[] first = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            int[] copies = seen.get(keys[i]);
            occurrences[i] = copies[0];
            first[i] = copies[1];
            last[i] = copies[2];
            prose[i] = phrases[i] == null && isProse(features[i], stopwords != null)
                    && !GluedTeaser.isGluedTeaser(lines.get(i));
        }
        firstCopy = SecondCopy.firstCopies(this.lines, prose, first, last);
        tableCell = TableRuns.cells(this.lines, prose);
        int[] values = values(stopwords != null);
        int[] body = findBody(values);
        if (stopwords != null && demoteOffTopic(values, body, stopwords)) {
            body = findBody(values);
        }
        body = belowHeadline(values, body, HeadlineAnchor.find(this.lines, features, phrases, prose));
        if (body[0] >= 0) {
            extendOverSentences(body);
            if (extendOverTables(body)) {
                extendOverSentences(body);
            }
        }
        bodyStart = body[0];
        bodyEnd = body[1];
    }

    /** Measures the lines; language and site name may be null when unknown. */
    public static PageLines analyse(List<String> lines, String language, String siteName) {
        return new PageLines(lines, language, siteName);
    }

    static boolean isProse(LineFeatures f, boolean stopwordsKnown) {
        if (f.words() < PROSE_MIN_WORDS) {
            return false;
        }
        if (stopwordsKnown && f.stopwordDensity() < PROSE_MIN_STOPWORDS) {
            return false;
        }
        if (f.casedWords() >= 4 && f.capitalizedShare() > PROSE_MAX_CAPITALIZED) {
            return false;
        }
        return f.endsSentence() || f.sentenceEnds() > 0 || f.words() >= 2 * PROSE_MIN_WORDS;
    }

    /** Whether a short line reads like a sentence: it ends like one and has the language's small words. */
    public boolean isShortSentence(int i) {
        return isShortSentence(i, Stopwords.of(language) != null);
    }

    private boolean isShortSentence(int i, boolean stopwordsKnown) {
        LineFeatures f = features[i];
        return phrases[i] == null && f.words() >= 3 && f.endsSentence()
                && (!stopwordsKnown || f.stopwordDensity() >= PROSE_MIN_STOPWORDS)
                && (f.casedWords() < 3 || f.capitalizedShare() <= PROSE_MAX_CAPITALIZED);
    }

    private int[] values(boolean stopwordsKnown) {
        int n = lines.size();
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            int value;
            if (prose[i]) {
                value = Math.min(features[i].words(), MAX_LINE_VALUE);
                // A paragraph alone between short lines is more often a teaser's blurb or a
                // comment than a paragraph of the article, whose paragraphs come in runs.
                boolean inRun = (i > 0 && prose[i - 1]) || (i + 1 < n && prose[i + 1]);
                if (!inRun) {
                    value = value * ISOLATED_PERCENT / 100;
                }
            } else if (endsArticle(i) || phrases[i] == PhraseKind.RELATED_TEASER) {
                value = -COST_SECTION_BREAK;
            } else if (phrases[i] != null) {
                value = -COST_FURNITURE;
            } else if (isShortSentence(i, stopwordsKnown)) {
                value = 1;
            } else {
                value = -COST_SHORT_LINE;
            }
            if (repeated(i)) {
                value = Math.min(value, -COST_REPEATED);
            }
            // a table inside an article neither adds to it nor splits it
            values[i] = tableCell[i] ? 0 : value;
        }
        return values;
    }

    /**
     * Takes most of the value away from paragraphs that share almost none of their words with the rest
     * of the body found so far: the blurbs of related articles and other stories are prose too,
     * but each is about something else, while an article's paragraphs keep returning to the
     * same names and things. Needs a few paragraphs to know what the article is about.
     *
     * @return whether any value changed
     */
    private boolean demoteOffTopic(int[] values, int[] body, CharArraySet stopwords) {
        if (body[0] < 0) {
            return false;
        }
        Map<String, Integer> lineCounts = new HashMap<>();
        // each line's words are read once, though both loops below need them
        @SuppressWarnings("unchecked")
        Set<String>[] wordsOf = new Set[lines.size()];
        int proseLines = 0;
        for (int i = body[0]; i <= body[1]; i++) {
            if (prose[i]) {
                proseLines++;
                wordsOf[i] = contentWords(lines.get(i), stopwords);
                for (String word : wordsOf[i]) {
                    lineCounts.merge(word, 1, Integer::sum);
                }
            }
        }
        if (proseLines < MIN_LINES_FOR_TOPIC) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!prose[i] || values[i] <= 0) {
                continue;
            }
            Set<String> own = wordsOf[i] != null ? wordsOf[i] : contentWords(lines.get(i), stopwords);
            if (own.size() < MIN_CONTENT_WORDS) {
                continue;
            }
            boolean inside = i >= body[0] && i <= body[1];
            int shared = 0;
            for (String word : own) {
                int count = lineCounts.getOrDefault(word, 0) - (inside ? 1 : 0);
                if (count > 0) {
                    shared++;
                }
            }
            if (shared < own.size() * MIN_TOPIC_SHARE) {
                values[i] = values[i] * OFF_TOPIC_PERCENT / 100;
                changed = true;
            }
        }
        return changed;
    }

    private static Set<String> contentWords(String text, CharArraySet stopwords) {
        Set<String> words = new HashSet<>();
        Words.scan(text, (t, s, e, script) -> {
            if (e - s > 2 && Character.isLetter(Character.codePointAt(t, s))) {
                String word = t.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
                if (!stopwords.contains(word)) {
                    words.add(word);
                }
            }
        });
        return words;
    }

    /**
     * The body: the best stretch, but never past a comment section's heading (or, in a thread with
     * no heading, its first reply button or signature) once an article has been read. Comments are prose too, and a long thread would otherwise outweigh the article.
     */
    private int[] findBody(int[] values) {
        int n = values.length;
        int sum = 0;
        int best = 0;
        for (int i = 0; i < n; i++) {
            if (endsArticle(i) && best >= MIN_ARTICLE_VALUE) {
                return bestStretch(Arrays.copyOf(values, i));
            }
            sum = Math.max(0, sum) + values[i];
            best = Math.max(best, sum);
        }
        return bestStretch(values);
    }

    /**
     * The article that stands under the page's headline block, when the best stretch lies further
     * down: what follows an article below its headline (comments, an author's bio, the footer's
     * notices) is prose too, and on a page with a short article it can outweigh the article. The
     * stretch that starts right under the headline wins when it holds a few paragraphs.
     *
     * @param anchor the last line of the headline block (its date or byline), or -1
     */
    private int[] belowHeadline(int[] values, int[] body, int anchor) {
        if (anchor < 0 || body[0] < 0 || body[0] <= anchor + ANCHOR_WINDOW) {
            return body;
        }
        int start = anchor + 1;
        while (start <= anchor + ANCHOR_WINDOW && start < body[0] && !(prose[start] && values[start] > 0)) {
            start++;
        }
        if (start > anchor + ANCHOR_WINDOW || start >= body[0]) {
            return body;
        }
        // the best stretch that opens with the first paragraph under the headline
        int bestSum = 0;
        int bestEnd = -1;
        int sum = 0;
        int paragraphs = 0;
        for (int end = start; end < body[0] && !endsArticle(end); end++) {
            sum += values[end];
            paragraphs += prose[end] && values[end] > 0 ? 1 : 0;
            if (sum > bestSum && paragraphs >= MIN_ANCHORED_PARAGRAPHS) {
                bestSum = sum;
                bestEnd = end;
            }
        }
        if (bestEnd < 0 || bestSum < MIN_ARTICLE_VALUE) {
            return body;
        }
        // Pictures and captions between the two stretches leave one article; what ends an
        // article (comments, a footer, a prompt, teasers) or a long stretch of lines parts them.
        boolean parted = body[0] - bestEnd > MAX_JOIN_GAP;
        for (int i = bestEnd + 1; i < body[0] && !parted; i++) {
            parted = phrases[i] != null && phrases[i].endsArticleText();
        }
        return new int[] {start, parted ? bestEnd : body[1]};
    }

    /** A comment section's heading, or a thread without one: a reply button, a commenter's signature. */
    private boolean endsArticle(int i) {
        return phrases[i] == PhraseKind.COMMENTS || phrases[i] == PhraseKind.COMMENT_SIGNATURE;
    }

    /**
     * Widens the body over the lines next to it that end like sentences: an article's short
     * first or last paragraphs ("Pure propaganda.") are worth too little to tip the balance,
     * yet menus and furniture next to an article rarely end with a full stop.
     */
    private void extendOverSentences(int[] body) {
        if (isCleanText(0, body[0] - 1)) {
            body[0] = 0;
        }
        if (isCleanText(body[1] + 1, lines.size() - 1)) {
            body[1] = lines.size() - 1;
        }
        while (body[0] > 0 && endsArticleLike(body[0] - 1)) {
            body[0]--;
        }
        while (body[1] + 1 < lines.size() && endsArticleLike(body[1] + 1)) {
            if (phrases[body[1] + 1] == null && features[body[1] + 1].words() == 0) {
                break;
            }
            body[1]++;
        }
    }

    /**
     * Widens the body over a table that stands next to it, a short heading or caption apart: the
     * standings or the figures the prose introduces. A table is worth nothing by itself, so the
     * best stretch stops where the prose does.
     *
     * @return whether the body grew
     */
    private boolean extendOverTables(int[] body) {
        boolean grew = false;
        int after = nextCell(body[1] + 1, +1);
        if (after >= 0) {
            while (after + 1 < lines.size() && tableCell[after + 1]) {
                after++;
            }
            body[1] = after;
            grew = true;
        }
        int before = nextCell(body[0] - 1, -1);
        if (before >= 0) {
            while (before > 0 && tableCell[before - 1]) {
                before--;
            }
            body[0] = before;
            grew = true;
        }
        return grew;
    }

    /** The first table cell at most {@link #TABLE_GAP} lines from {@code from} in the given direction, or -1. */
    private int nextCell(int from, int step) {
        for (int i = from, seen = 0; i >= 0 && i < lines.size() && seen <= TABLE_GAP; i += step, seen++) {
            if (tableCell[i]) {
                return i;
            }
            if (prose[i] || endsArticle(i)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the lines from {@code from} to {@code to} are plain article text: nothing known as
     * furniture, nothing said twice, and mostly lines that end like sentences. What stands
     * around the article on a scraped page never looks like that; the rest of a clean text does.
     */
    private boolean isCleanText(int from, int to) {
        if (from > to) {
            return false;
        }
        int sentences = 0;
        for (int i = from; i <= to; i++) {
            if (phrases[i] != null || repeated(i) || features[i].words() == 0) {
                return false;
            }
            if (prose[i] || endsArticleLike(i)) {
                sentences++;
            }
        }
        return sentences * 2 >= to - from + 1;
    }

    /** Said again elsewhere on the page, and not as the first copy of an article printed twice. */
    private boolean repeated(int i) {
        return occurrences[i] > 1 && !firstCopy[i];
    }

    private boolean endsArticleLike(int i) {
        if (phrases[i] != null || repeated(i) || features[i].words() == 0) {
            return false;
        }
        // a line that announces what follows ("Listen to the interview below:") belongs too
        return features[i].endsSentence() || lines.get(i).endsWith(";") || announces(i);
    }

    /** A line of some words that ends in a colon introduces what follows: a quote, a list, a video. */
    public boolean announces(int i) {
        return features[i].words() >= ANNOUNCE_MIN_WORDS && lines.get(i).endsWith(":");
    }

    /** Kadane's maximum-sum segment; {-1, -1} when no line has a positive value. */
    static int[] bestStretch(int[] values) {
        int bestSum = 0;
        int bestStart = -1;
        int bestEnd = -1;
        int sum = 0;
        int start = 0;
        for (int i = 0; i < values.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += values[i];
            if (sum > bestSum) {
                bestSum = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    public int size() {
        return lines.size();
    }

    public String text(int i) {
        return lines.get(i);
    }

    public LineFeatures features(int i) {
        return features[i];
    }

    /** The kind of page furniture the line is by its wording, or null. */
    public PhraseKind phrase(int i) {
        return phrases[i];
    }

    /** How many lines of the page have exactly this text (case aside), this one included. */
    public int occurrences(int i) {
        return occurrences[i];
    }

    public boolean prose(int i) {
        return prose[i];
    }

    /** Whether the line is a cell of a table flattened one cell per line (see {@link TableRuns}). */
    public boolean tableCell(int i) {
        return tableCell[i];
    }

    /** Whether the line lies within the article body's stretch of lines. */
    public boolean inBody(int i) {
        return bodyStart >= 0 && i >= bodyStart && i <= bodyEnd;
    }

    /** First line of the body, or -1 when the page has no prose. */
    public int bodyStart() {
        return bodyStart;
    }

    public int bodyEnd() {
        return bodyEnd;
    }

    public String language() {
        return language;
    }

    public String siteName() {
        return siteName;
    }
}
