package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.text.Paragraph;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of an article's paragraphs, read from each paragraph's token layer: a look-up in any stretch
 * of a paragraph is a binary search over its cue hits. A text that is no paragraph of the article is
 * scanned the first time it is asked about. One per article; not thread-safe.
 */
public final class CueIndex {
    private final Cues cues;
    private final Map<String, Paragraph> byText = new IdentityHashMap<>();

    public CueIndex(Cues cues) {
        this(cues, List.of());
    }

    public CueIndex(Cues cues, List<Paragraph> paragraphs) {
        this.cues = cues;
        for (Paragraph p : paragraphs) {
            byText.put(p.text(), p);
        }
    }

    public Cues cues() {
        return cues;
    }

    private Paragraph layer(String text) {
        return byText.computeIfAbsent(text, t -> new Paragraph(t, List.of(), cues));
    }

    /** The first cue lying wholly in {@code [from, to)} of this paragraph's text, or null. */
    public Cues.Match find(String text, int from, int to) {
        return first(layer(text).cueHits(), true, text, from, to);
    }

    /** Like {@link #find} but skipping belief, stance and accusation verbs, which never introduce a quotation. */
    Cues.Match findQuoteCue(String text, int from, int to) {
        List<Cues.Match> quoting = layer(text).quoteCueHits();
        Cues.Match m = first(quoting, false, text, from, to);
        if (m != null || !straddles(quoting, from, to)) {
            return m;
        }
        m = find(text, from, to); // a cue crossing the end: look again within the stretch, as find does
        while (m != null && cues.isReportOnly(m.cue())) {
            m = find(text, m.end(), to);
        }
        return m;
    }

    /**
     * The first of a paragraph's cues (sorted by start) lying wholly in {@code [from, to)}, by binary search;
     * for all the cues, one crossing {@code to} is looked for again within the stretch.
     */
    private Cues.Match first(List<Cues.Match> all, boolean everyCue, String text, int from, int to) {
        int lo = lowerBound(all, from);
        if (lo < all.size() && all.get(lo).end() <= to) {
            return all.get(lo);
        }
        return lo < all.size() && all.get(lo).start() < to && everyCue ? cues.find(text, from, to) : null;
    }

    private static boolean straddles(List<Cues.Match> all, int from, int to) {
        int lo = lowerBound(all, from);
        return lo < all.size() && all.get(lo).start() < to && all.get(lo).end() > to;
    }

    private static int lowerBound(List<Cues.Match> all, int from) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
