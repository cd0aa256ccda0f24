package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;

import java.util.ArrayList;
import java.util.List;

/**
 * The token layer of one paragraph, read by every stage of the quote pass: its words with their
 * offsets and folded keys, its sentences, its capitalised runs and its cue hits. Each is worked out
 * once, the first time a stage asks, so the stages read the paragraph's words instead of scanning its
 * string again. One per paragraph of one article; not thread-safe.
 */
public final class Paragraph {
    private final String text;
    private final Cues cues;
    private final List<QuotedSegment> quoted;
    private List<int[]> sentences;
    private List<Names.Run> runs;
    private List<Cues.Match> cueHits;
    private List<Cues.Match> quoteCueHits;
    private int[] wordStarts;
    private int[] wordEnds;
    private String[] keys;
    private int words = -1;

    /**
     * @param quoted the paragraph's quoted segments, in order: a sentence never ends inside one
     * @param cues   the cue lexicon of the article's language
     */
    public Paragraph(String text, List<QuotedSegment> quoted, Cues cues) {
        this.text = text;
        this.cues = cues;
        this.quoted = quoted;
    }

    public String text() {
        return text;
    }

    /** Sentence ranges {start, end} covering the paragraph, in order ({@link Sentences#split}). */
    public List<int[]> sentences() {
        if (sentences == null) {
            sentences = Sentences.split(text, quoted);
        }
        return sentences;
    }

    /** Every capitalised run of the paragraph ({@link Names#runs}). */
    public List<Names.Run> runs() {
        if (runs == null) {
            runs = Names.runs(text);
        }
        return runs;
    }

    /** Every cue of the paragraph, in order, each as {@link Cues#find} reads it from where the last one ended. */
    public List<Cues.Match> cueHits() {
        if (cueHits == null) {
            List<Cues.Match> out = new ArrayList<>();
            for (Cues.Match m = cues.find(text, 0, text.length()); m != null; m = cues.find(text, m.end(), text.length())) {
                out.add(m);
            }
            cueHits = out;
        }
        return cueHits;
    }

    /** The cue hits less the belief, stance and accusation verbs, which never introduce a quotation. */
    public List<Cues.Match> quoteCueHits() {
        if (quoteCueHits == null) {
            List<Cues.Match> out = new ArrayList<>();
            for (Cues.Match m : cueHits()) {
                if (!cues.isReportOnly(m.cue())) {
                    out.add(m);
                }
            }
            quoteCueHits = out;
        }
        return quoteCueHits;
    }

    /** How many words the paragraph has, as {@link WordCursor} steps through them. */
    public int wordCount() {
        tokenize();
        return words;
    }

    public int wordStart(int i) {
        return wordStarts[i];
    }

    public int wordEnd(int i) {
        return wordEnds[i];
    }

    /** The word's folded key: lower case, with a possessive and trailing periods left off ("Clinton’s" -> "clinton"). */
    public String key(int i) {
        tokenize();
        String k = keys[i];
        if (k == null) {
            k = Names.lower(Names.bare(text.substring(wordStarts[i], wordEnds[i])));
            keys[i] = k;
        }
        return k;
    }

    /** The index of the word ending exactly at {@code end}, or -1. */
    public int wordEndingAt(int end) {
        tokenize();
        int lo = 0;
        int hi = words - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int e = wordEnds[mid];
            if (e < end) {
                lo = mid + 1;
            } else if (e > end) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of the word starting exactly at {@code start}, or -1. */
    public int wordStartingAt(int start) {
        tokenize();
        int lo = 0;
        int hi = words - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = wordStarts[mid];
            if (s < start) {
                lo = mid + 1;
            } else if (s > start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private void tokenize() {
        if (words >= 0) {
            return;
        }
        int[] starts = new int[16];
        int[] ends = new int[16];
        int n = 0;
        WordCursor cursor = new WordCursor(text, 0, text.length());
        while (cursor.next()) {
            if (n == starts.length) {
                starts = java.util.Arrays.copyOf(starts, n * 2);
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            starts[n] = cursor.start();
            ends[n] = cursor.end();
            n++;
        }
        wordStarts = starts;
        wordEnds = ends;
        keys = new String[n];
        words = n;
    }
}
