package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Cues;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of each paragraph, found in one pass the first time a paragraph is asked about;
 * later look-ups in any stretch of it are a binary search. One per article; not thread-safe.
 */
public final class CueIndex {
    private final Cues cues;
    private final Map<String, List<Cues.Match>> byParagraph = new IdentityHashMap<>();
    /** The same cues less those that never introduce a quotation: the quote finder asks many times per paragraph. */
    private final Map<String, List<Cues.Match>> quoteCues = new IdentityHashMap<>();

    public CueIndex(Cues cues) {
        this.cues = cues;
    }

    public Cues cues() {
        return cues;
    }

    /** The first cue lying wholly in {@code [from, to)} of this paragraph's text, or null. */
    public Cues.Match find(String text, int from, int to) {
        return first(byParagraph.computeIfAbsent(text, this::scan), text, from, to);
    }

    /** Like {@link #find} but skipping belief, stance and accusation verbs, which never introduce a quotation. */
    Cues.Match findQuoteCue(String text, int from, int to) {
        List<Cues.Match> quoting = quoteCues.computeIfAbsent(text, t -> {
            List<Cues.Match> all = byParagraph.computeIfAbsent(t, this::scan);
            return all.stream().filter(m -> !cues.isReportOnly(m.cue())).toList();
        });
        Cues.Match m = first(quoting, text, from, to);
        if (m != null || !straddles(quoting, from, to)) {
            return m;
        }
        m = find(text, from, to); // a cue crossing the end: look again within the stretch, as find does
        while (m != null && cues.isReportOnly(m.cue())) {
            m = find(text, m.end(), to);
        }
        return m;
    }

    /** The first of a paragraph's cues (sorted by start) lying wholly in {@code [from, to)}, by binary search. */
    private Cues.Match first(List<Cues.Match> all, String text, int from, int to) {
        int lo = lowerBound(all, from);
        if (lo < all.size() && all.get(lo).end() <= to) {
            return all.get(lo);
        }
        return lo < all.size() && all.get(lo).start() < to && all == byParagraph.get(text) ? cues.find(text, from, to) : null;
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

    private List<Cues.Match> scan(String text) {
        List<Cues.Match> out = new ArrayList<>();
        for (Cues.Match m = cues.find(text, 0, text.length()); m != null; m = cues.find(text, m.end(), text.length())) {
            out.add(m);
        }
        return out;
    }
}
