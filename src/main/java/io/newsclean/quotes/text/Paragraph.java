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
    private Tokens tokens;
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

    /** The paragraph's letter runs, which the name and cue scans step through. */
    public Tokens tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text);
        }
        return tokens;
    }

    /**
     * Every capitalised run of the paragraph, as {@link Names#runs} finds them: a run opens only where a
     * letter run does, so only those are tried.
     */
    public List<Names.Run> runs() {
        if (runs == null) {
            Tokens t = tokens();
            List<Names.Run> out = new ArrayList<>();
            int next = 0;
            for (int k = 0; k < t.size(); k++) {
                if (t.start(k) < next) {
                    continue; // inside the run found last
                }
                Names.Run r = Names.runAt(text, t.start(k));
                if (r != null) {
                    out.add(r);
                    next = r.end();
                }
            }
            runs = out;
        }
        return runs;
    }

    /**
     * Every cue of the paragraph, in order, each as {@link Cues#find} reads it from where the last one ended:
     * a cue opens only where a letter run does, so only those are tried.
     */
    public List<Cues.Match> cueHits() {
        if (cueHits == null) {
            Tokens t = tokens();
            List<Cues.Match> out = new ArrayList<>();
            int next = 0;
            for (int k = 0; k < t.size(); k++) {
                int start = t.start(k);
                if (start < next || !Cues.opensWord(text, start)) {
                    continue;
                }
                Cues.Match m = cues.cueAtWord(text, start, t.end(k), text.length());
                if (m != null) {
                    out.add(m);
                    next = m.end();
                }
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
