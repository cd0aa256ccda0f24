package io.newsclean.text;

import java.util.List;

/**
 * Finds the article's headline block in a text dump: a line of headline length followed, at
 * most a share row or two apart, by its date or byline. The article starts after it. A list of
 * teaser cards also puts a date under each headline, but there the next card's date follows a
 * few lines further on; under an article's headline the article runs on without one.
 */
final class HeadlineAnchor {
    private static final int MIN_HEADLINE_WORDS = 2;
    private static final int MAX_HEADLINE_WORDS = 25;
    /** Lines of furniture (a share row, an image credit) allowed between headline and date, and between date lines. */
    private static final int MAX_GAP = 2;
    /** Lines after the block that must hold no other date line. */
    private static final int CLEAR_AFTER = 8;

    private HeadlineAnchor() {
    }

    /**
     * @return the index of the block's last date or byline line: the first headline block on the
     *         page that is not a teaser card in a list; -1 when there is none
     */
    static int find(List<String> lines, LineFeatures[] features, PhraseKind[] phrases, boolean[] prose) {
        int n = lines.size();
        boolean[] meta = new boolean[n];
        for (int i = 0; i < n; i++) {
            meta[i] = phrases[i] == PhraseKind.DATELINE || phrases[i] == PhraseKind.BYLINE
                    || DateWords.isDateLine(lines.get(i));
        }
        for (int i = 0; i + 1 < n; i++) {
            if (meta[i] || !isHeadline(lines.get(i), features[i], phrases[i], prose[i])) {
                continue;
            }
            int end = -1;
            int gap = 0;
            for (int j = i + 1; j < n && gap <= MAX_GAP; j++) {
                if (meta[j]) {
                    end = j;
                    gap = 0;
                } else if (phrases[j] != null) {
                    gap++;
                } else {
                    break;
                }
            }
            if (end >= 0 && !metaFollows(meta, end)) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isHeadline(String text, LineFeatures f, PhraseKind phrase, boolean prose) {
        return phrase == null && !prose && f.words() >= MIN_HEADLINE_WORDS && f.words() <= MAX_HEADLINE_WORDS
                && !text.endsWith(".") && !text.endsWith(":");
    }

    private static boolean metaFollows(boolean[] meta, int end) {
        for (int k = end + 1; k < meta.length && k <= end + CLEAR_AFTER; k++) {
            if (meta[k]) {
                return true;
            }
        }
        return false;
    }
}
