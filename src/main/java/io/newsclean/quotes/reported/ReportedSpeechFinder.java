package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.AttributionFinder;
import io.newsclean.quotes.attribution.CueIndex;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.text.Paragraph;
import io.newsclean.quotes.text.QuotedSegment;

import java.util.ArrayList;
import java.util.List;

import static io.newsclean.quotes.reported.ClauseText.clauseEnd;
import static io.newsclean.quotes.reported.ClauseText.overlapsQuote;

/**
 * Finds reported speech without quotation marks, one sentence at a time: "According to X, …",
 * "…, X said.", "…, according to X.", and every "X said (that) …", "X told journalists (that) …",
 * "X wants to …", "X asked whether …" in a sentence. The text is the reported clause, without
 * its subject and cue. A clause that would take in words between quotation marks is left to the
 * quote finder, so no words are reported twice. Stateless.
 */
public final class ReportedSpeechFinder {
    private final CueIndex index;
    private final Cues cues;
    private final SentenceSourcePatterns sentencePatterns;
    private final CueClauses cueClauses;

    public ReportedSpeechFinder(CueIndex index, AttributionFinder finder) {
        this.index = index;
        this.cues = index.cues();
        this.sentencePatterns = new SentenceSourcePatterns(cues, finder);
        this.cueClauses = new CueClauses(index);
    }

    /** The reported speech of paragraph {@code p}, read sentence by sentence from its token layer. */
    public List<Candidate> find(int p, Paragraph paragraph, List<QuotedSegment> quoted) {
        String text = paragraph.text();
        List<Candidate> out = new ArrayList<>();
        for (int[] s : paragraph.sentences()) {
            int end = clauseEnd(text, s[0], s[1]);
            // the cue index holds lowercase cues: a sentence may open with "According to" or "In a poll,"
            boolean opening = text.regionMatches(true, s[0], "in ", 0, 3)
                    || Character.isUpperCase(text.charAt(s[0])) && cues.sourceAt(text, s[0]) != null;
            Cues.Match first = opening ? null : index.find(text, s[0], end);
            if (!opening && first == null) {
                continue; // no cue, no report: most sentences cost one look-up
            }
            if (!opening && onlyNouns(text, first, end)) {
                cueClauses.find(p, text, s[0], end, quoted, out); // "the report", "concerns": no verb for the other patterns
                continue;
            }
            boolean quotes = overlapsQuote(s[0], s[1], quoted);
            Candidate c = sentencePatterns.accordingTo(p, text, s[0], end);
            if (c == null) {
                c = sentencePatterns.inASource(p, text, s[0], end);
            }
            if (c == null && !quotes) {
                c = sentencePatterns.finalAttribution(p, text, s[0], end);
            }
            if (c == null) {
                c = sentencePatterns.laterAccordingTo(p, text, s[0], end);
            }
            if (c != null && !overlapsQuote(c, quoted)) {
                out.add(c);
                continue;
            }
            cueClauses.find(p, text, s[0], end, quoted, out);
        }
        // words between quotation marks are someone's speech, not the subject of a report: "„Wir holen nach“,
        // sagte Albers" puts the verb before its subject, and what follows the verb is the speaker
        out.removeIf(c -> c.mentionStart >= 0 && insideQuote(c.mentionStart, quoted));
        return out;
    }

    private static boolean insideQuote(int offset, List<QuotedSegment> quoted) {
        for (QuotedSegment q : quoted) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cue of a sentence from {@code first} on is a noun ("report", "concerns"). */
    private boolean onlyNouns(String text, Cues.Match first, int end) {
        for (Cues.Match m = first; m != null; m = index.find(text, m.end(), end)) {
            if ((cues.kinds(m.cue()) & Cues.NOUN) == 0) {
                return false;
            }
        }
        return true;
    }
}
