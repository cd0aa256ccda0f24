package io.newsclean.quotes.text;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;

import java.util.ArrayList;
import java.util.List;

/**
 * The token layer of one paragraph, read by every stage of the quote pass: its sentences, its
 * capitalised runs and its cue hits. Each is worked out once, the first time a stage asks, so the
 * stages read them instead of scanning the string again. One per paragraph of one article; not
 * thread-safe.
 */
public final class Paragraph {
    private final String text;
    private final Cues cues;
    private final List<QuotedSegment> quoted;
    private List<int[]> sentences;
    private List<Names.Run> runs;
    private List<Cues.Match> cueHits;
    private List<Cues.Match> quoteCueHits;

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
}
