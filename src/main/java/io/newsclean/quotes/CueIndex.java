package io.newsclean.quotes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of each paragraph, found in one pass the first time a paragraph is asked about;
 * later look-ups in any stretch of it are a binary search. One per article; not thread-safe.
 */
final class CueIndex {
    private final Cues cues;
    private final Map<String, List<Cues.Match>> byParagraph = new IdentityHashMap<>();

    CueIndex(Cues cues) {
        this.cues = cues;
    }

    Cues cues() {
        return cues;
    }

    /** The first cue lying wholly in {@code [from, to)} of this paragraph's text, or null. */
    Cues.Match find(String text, int from, int to) {
        List<Cues.Match> all = byParagraph.computeIfAbsent(text, this::scan);
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
        if (lo < all.size() && all.get(lo).end() <= to) {
            return all.get(lo);
        }
        return lo < all.size() && all.get(lo).start() < to ? cues.find(text, from, to) : null;
    }

    /** Like {@link #find} but skipping belief, stance and accusation verbs, which never introduce a quotation. */
    Cues.Match findQuoteCue(String text, int from, int to) {
        Cues.Match m = find(text, from, to);
        while (m != null && cues.isReportOnly(m.cue())) {
            m = find(text, m.end(), to);
        }
        return m;
    }

    private List<Cues.Match> scan(String text) {
        List<Cues.Match> out = new ArrayList<>();
        for (Cues.Match m = cues.find(text, 0, text.length()); m != null; m = cues.find(text, m.end(), text.length())) {
            out.add(m);
        }
        return out;
    }
}
