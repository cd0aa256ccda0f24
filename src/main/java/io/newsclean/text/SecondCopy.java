package io.newsclean.text;

import java.util.List;

/**
 * Finds an article the page prints twice (a print copy, an AMP copy, a full text repeated
 * under a preview): the same run of paragraphs, in the same order, a second time further down.
 * Menus and teasers are repeated too, so a repeated line is normally taken for page furniture;
 * but a run of several adjoining paragraphs said again in order is the article, and its first
 * copy is where the article stands.
 *
 * <p>Teaser blurbs repeated in a second list stand apart, each under its own headline; an
 * article's paragraphs follow one another. A run therefore needs paragraphs that adjoin. A news
 * ticker shown twice has adjoining items too, but its blurbs are cut off with an ellipsis, which
 * an article's paragraphs never are; such a line breaks a run.
 */
final class SecondCopy {
    /** Paragraphs a repeated run needs before it counts as the article said twice. */
    static final int MIN_PARAGRAPHS = 3;
    /** Lines allowed between two paragraphs of a run: a subheading, a caption, a credit. */
    private static final int MAX_GAP = 2;

    private SecondCopy() {
    }

    /**
     * Marks the lines of each first copy: the repeated lines from the run's first paragraph to
     * its last whose other copy lies within the second run.
     *
     * @param lines  the page's lines
     * @param prose  whether each line is a paragraph
     * @param first  index of the first line with the same text
     * @param last   index of the last line with the same text
     * @return for each line, whether it belongs to the first copy of an article printed twice
     */
    static boolean[] firstCopies(List<String> lines, boolean[] prose, int[] first, int[] last) {
        int n = prose.length;
        boolean[] marked = new boolean[n];
        int members = 0;
        int adjoining = 0;
        int runStart = -1;
        int runEnd = -1;
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (!prose[i]) {
                continue;
            }
            boolean copy = first[i] < i && !cutShort(lines.get(i));
            boolean continues = copy && members > 0 && i - previous <= MAX_GAP + 1
                    && first[i] > first[previous] && first[i] < runStart;
            if (!continues) {
                mark(marked, members, adjoining, runStart, runEnd, first, last);
                members = 0;
                adjoining = 0;
                runStart = -1;
            }
            if (copy) {
                if (members == 0) {
                    runStart = i;
                } else if (i == previous + 1) {
                    adjoining++;
                }
                members++;
                runEnd = i;
                previous = i;
            }
        }
        mark(marked, members, adjoining, runStart, runEnd, first, last);
        return marked;
    }

    private static void mark(boolean[] marked, int members, int adjoining, int runStart, int runEnd,
                             int[] first, int[] last) {
        // at least half the paragraphs stand right after the one before, with no heading or caption between
        if (members < MIN_PARAGRAPHS || adjoining == 0 || adjoining * 2 < members - 1) {
            return;
        }
        for (int j = first[runStart]; j <= first[runEnd]; j++) {
            if (first[j] == j && last[j] >= runStart && last[j] <= runEnd) {
                marked[j] = true;
            }
        }
    }

    /** A blurb cut off with an ellipsis ("Khan on Tuesday..."): a teaser's, never the article's own text. */
    static boolean cutShort(String line) {
        return line.endsWith("...") || line.endsWith("…");
    }
}
