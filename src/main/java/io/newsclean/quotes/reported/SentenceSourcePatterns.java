package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.attribution.AttributionFinder;
import io.newsclean.quotes.attribution.NameAfterCue;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.QuotedSegment;
import io.newsclean.quotes.text.Sentences;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Words;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsclean.quotes.reported.ClauseText.MIN_CLAUSE_WORDS;
import static io.newsclean.quotes.reported.ClauseText.clause;
import static io.newsclean.quotes.reported.ClauseText.lastNonSpace;
import static io.newsclean.quotes.reported.NounClauses.nounUse;
import static io.newsclean.quotes.reported.SubjectFinder.isSubjectNounPhrase;

/**
 * Sources that frame a whole sentence: "According to X, CLAUSE", "In a poll, CLAUSE",
 * "CLAUSE, X said." and "CLAUSE, according to X."
 */
final class SentenceSourcePatterns {
    /** "…, according to X" after the words it reports. */
    private static final Pattern LATER_ACCORDING_TO = Pattern.compile(",\\s*according to\\s+");
    /** An opening this short before "…, he said, …" is an adverbial, not a report of its own. */
    private static final int SHORT_LEAD_WORDS = 4;
    /** A sentence that opens by naming a survey or a document: "In a CBS News poll released Monday, …". */
    private static final Pattern IN_A_SOURCE = Pattern.compile(
            "(?i)in\\s+((?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}\\p{N}/’'.-]+\\s+){0,6}"
                    + "(?:poll|survey|study|statement|interview|report|letter|memo|filing|analysis|op-ed|speech|tweet)"
                    + "(?:\\s+(?:released|published|conducted|taken|out|issued)(?:\\s+[\\p{L}\\p{N}]+){0,3})?)\\s*,\\s*");
    /** Where the writer's own words give way to a reported clause just before a late "according to". */
    private static final Pattern REPORT_BOUNDARY = Pattern.compile(
            ",\\s+(?:and|but|while|whereas)\\s+|;\\s*|\\(|\\s[—–]\\s|\\s--\\s");

    private final Cues cues;
    private final AttributionFinder finder;

    SentenceSourcePatterns(Cues cues, AttributionFinder finder) {
        this.cues = cues;
        this.finder = finder;
    }

    /** "According to X, CLAUSE." (in the article's language: "Selon X, …", "Según X, …"). */
    Candidate accordingTo(int p, String text, int start, int end) {
        String source = cues.sourceAt(text, start);
        if (source == null) {
            return null;
        }
        int sourceEnd = Sentences.skipSpace(text, start + source.length());
        if (sourceEnd == start + source.length() || sourceEnd >= end) {
            return null;
        }
        int[] np = NameAfterCue.phraseAfter(text, sourceEnd, end);
        int comma = np == null ? -1 : text.indexOf(',', np[1]);
        if (comma < 0 || comma >= end || !text.substring(np[1], comma).isBlank()) {
            // a long or lowercase source: "According to early results of exit polls conducted by …, CLAUSE"
            comma = text.indexOf(',', sourceEnd);
            if (comma < 0 || comma >= end || Words.countWords(text, new int[]{sourceEnd, comma}) > 25) {
                return null;
            }
            np = Spans.trimmed(text, sourceEnd, comma);
            if (np == null) {
                return null;
            }
        }
        int clause = comma + 1;
        int next = text.indexOf(',', clause);
        if (next > 0 && next < end) {
            String part = text.substring(clause, next).strip().toLowerCase(Locale.ROOT);
            if (part.startsWith("a ") || part.startsWith("an ") || part.startsWith("the ")) {
                clause = next + 1; // an apposition: "According to X, an expert at Y, CLAUSE"
            }
        }
        return clause(p, text, clause, end, new Attribution(np[0], np[1], source, np[1]), MIN_CLAUSE_WORDS);
    }

    /**
     * "In the new Post-ABC poll, CLAUSE", "In a statement, CLAUSE": a survey or a document named
     * first, whose finding or content follows the comma.
     */
    Candidate inASource(int p, String text, int start, int end) {
        if (start + 3 > end || !text.regionMatches(true, start, "in", 0, 2) || !Names.isRegexSpace(text.charAt(start + 2))) {
            return null; // the pattern opens with "in" and white space: most sentences need no match tried
        }
        Matcher m = IN_A_SOURCE.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        int[] np = Spans.trimmed(text, m.start(1), m.end(1));
        return clause(p, text, m.end(), end, new Attribution(np[0], np[1], "in", np[1]), MIN_CLAUSE_WORDS);
    }

    /**
     * "CLAUSE, according to X." and "Lead, according to X, CLAUSE.": the source may be long ("an
     * analysis of … by Crowdpac, a political website"), so only the words before it are weighed,
     * and those after the source's own comma when the sentence goes on.
     */
    Candidate laterAccordingTo(int p, String text, int start, int end) {
        int literal = text.indexOf("according to", start);
        if (literal < 0 || literal >= end) {
            return null;
        }
        Matcher m = LATER_ACCORDING_TO.matcher(text).region(start, end);
        if (!m.find()) {
            return null;
        }
        int[] np = NameAfterCue.phraseAfter(text, m.end(), end);
        if (np == null) {
            // "…, according to exit polls.": a lowercase source, up to the next comma or the end
            int stop = text.indexOf(',', m.end());
            np = Spans.trimmed(text, m.end(), stop < 0 || stop > end ? end : stop);
            if (np == null || Words.countWords(text, np) > 12) {
                return null;
            }
        }
        Attribution a = new Attribution(np[0], np[1], "according to", np[1]);
        // the report is the last clause before the source: "…, and won 77 percent, according to exit polls"
        Matcher boundary = REPORT_BOUNDARY.matcher(text).region(start, m.start());
        while (boundary.find()) {
            start = boundary.end();
        }
        int before = Words.countWords(text, new int[]{start, m.start()});
        int comma = text.indexOf(',', np[1]);
        // the sentence goes on after the source: "Now, according to the poll, some are swinging"
        if (comma > 0 && comma < end && before <= 4 && Words.countWords(text, new int[]{np[1], comma}) <= 2) {
            Candidate c = clause(p, text, comma + 1, end, a, MIN_CLAUSE_WORDS);
            if (c != null) {
                return c;
            }
        }
        return before >= MIN_CLAUSE_WORDS ? clause(p, text, start, m.start(), a, MIN_CLAUSE_WORDS) : null;
    }

    /** "CLAUSE, X said." or "CLAUSE, said X." (also "…, according to X."). */
    Candidate finalAttribution(int p, String text, int start, int end) {
        AttributionFinder.Trailing t = finder.trailing(text, start, end);
        if (t == null) {
            return null;
        }
        Attribution a = t.attribution();
        if (!cues.isIndirect(a.cue()) && !cues.isSpeech(a.cue()) && !a.cue().equals("according to")) {
            return null;
        }
        if (t.comma() <= start) {
            return null;
        }
        boolean inverted = a.mentionStart() > t.comma() && lastNonSpace(text, t.comma() + 1, a.mentionStart()) > t.comma();
        if (inverted && !cues.inverts(a.cue())) {
            return null; // "…, tweeted their approval", "…, found considerable support": an object, not a speaker
        }
        if (cueLast(a) && nounUse(text, start, a.end() - a.cue().length(), a.cue())) {
            return null; // "…, New Jersey and four other states.": a plural noun, no cue
        }
        if (isSubjectNounPhrase(text, start, t.comma())) {
            return null; // "Gov. John Kasich of Ohio, a Republican …, said the family deserved better": a subject
        }
        int after = Sentences.skipSpace(text, a.end());
        boolean cueLast = a.end() > a.mentionEnd() && !a.cue().equals("according to");
        if (cueLast && after < end && text.charAt(after) == ','
                && Words.countWords(text, new int[]{start, t.comma()}) <= SHORT_LEAD_WORDS) {
            // "In particular, he said, the foundation had …": the report goes on after the attribution
            Candidate c = clause(p, text, start, t.comma(), a, 1);
            int[] rest = Spans.trimmed(text, after + 1, end);
            if (c == null || rest == null || Words.countWords(text, rest) < MIN_CLAUSE_WORDS) {
                return null;
            }
            c.segments.add(new QuotedSegment(p, rest[0], rest[0], rest[1], rest[1]));
            return c;
        }
        return clause(p, text, start, t.comma(), a, MIN_CLAUSE_WORDS);
    }

    /** Whether an attribution's cue stands after its speaker: "…, Blackwell maintains." */
    private static boolean cueLast(Attribution a) {
        return a.end() > a.mentionEnd() && !a.cue().equals("according to");
    }
}
