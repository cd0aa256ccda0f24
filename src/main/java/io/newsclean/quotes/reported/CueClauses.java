package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.attribution.CueIndex;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.QuotedSegment;
import io.newsclean.quotes.text.Sentences;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsclean.quotes.reported.ClauseBoundaries.FINDING_VERBS;
import static io.newsclean.quotes.reported.ClauseBoundaries.asComplementStart;
import static io.newsclean.quotes.reported.ClauseBoundaries.clauseStart;
import static io.newsclean.quotes.reported.ClauseBoundaries.infinitiveStart;
import static io.newsclean.quotes.reported.ClauseBoundaries.mayHaveNextClause;
import static io.newsclean.quotes.reported.ClauseBoundaries.nextClause;
import static io.newsclean.quotes.reported.ClauseBoundaries.objectEnd;
import static io.newsclean.quotes.reported.ClauseBoundaries.opensWithSideClause;
import static io.newsclean.quotes.reported.ClauseBoundaries.questionStart;
import static io.newsclean.quotes.reported.ClauseText.MIN_CLAUSE_WORDS;
import static io.newsclean.quotes.reported.ClauseText.clause;
import static io.newsclean.quotes.reported.ClauseText.firstWord;
import static io.newsclean.quotes.reported.ClauseText.lastNonSpace;
import static io.newsclean.quotes.reported.ClauseText.overlapsQuote;
import static io.newsclean.quotes.reported.ClauseText.startsWithWord;
import static io.newsclean.quotes.reported.HedgedClaims.afterBe;
import static io.newsclean.quotes.reported.HedgedClaims.seeming;
import static io.newsclean.quotes.reported.NounClauses.THAT_NOUN_CUES;
import static io.newsclean.quotes.reported.NounClauses.nounClause;
import static io.newsclean.quotes.reported.NounClauses.nounUse;
import static io.newsclean.quotes.reported.SubjectFinder.inNonRestrictiveRelative;
import static io.newsclean.quotes.reported.SubjectFinder.isEvidence;
import static io.newsclean.quotes.reported.SubjectFinder.noSubjectNeeded;
import static io.newsclean.quotes.reported.SubjectFinder.relativeBefore;
import static io.newsclean.quotes.reported.SubjectFinder.subject;

/**
 * The reports a sentence's cues introduce: "X said (that) CLAUSE", "X told journalists CLAUSE",
 * "X wants to …", "X asked whether …", "X endorsed Y", hedges and nouns of saying; a clause that
 * runs into a quotation ends before it.
 */
final class CueClauses {
    /** An intention or a question may be short: "declined to comment", "asked about Sullivan". */
    private static final int MIN_SHORT_CLAUSE_WORDS = 2;
    /** Cues tried per sentence: enough for "A said X, while B said Y", bounded so a long list costs little. */
    private static final int MAX_CUES_PER_SENTENCE = 10;
    /** Verbs whose report is their object, not a clause ("X endorsed Y"): the object ends at an adjunct. */
    private static final Set<String> OBJECT_VERBS = QuoteWords.CLAUSES.set("cue-clauses.object-verbs");
    /** The reader is no source: "you say", "do you think". */
    private static final Set<String> WORDS_NOT_SUBJECTS = QuoteWords.CLAUSES.set("cue-clauses.words-not-subjects");
    /** An object that only points back: "endorsed him", "praised herself". */
    private static final Set<String> OBJECT_PRONOUNS = QuoteWords.CLAUSES.set("cue-clauses.object-pronouns");
    /** "… and added", "… but said" closing a clause before a quotation of its own. */
    private static final Pattern AND_CUE = Pattern.compile("\\s+(?:and|but)(?:\\s+\\p{Ll}+){1,2}\\s*$");

    private final Cues cues;
    private final CueIndex index;

    CueClauses(CueIndex index) {
        this.index = index;
        this.cues = index.cues();
    }

    /**
     * Every "X said (that) CLAUSE", "X told journalists (that) CLAUSE", "X wants to …" and "X asked
     * whether …" of a sentence, left to right; a cue inside a clause already taken belongs to it.
     */
    void find(int p, String text, int start, int end, List<QuotedSegment> quoted, List<Candidate> out) {
        int tried = 0;
        int from = start;
        for (Cues.Match m = index.find(text, from, end); m != null && tried++ < MAX_CUES_PER_SENTENCE;
             m = index.find(text, Math.max(m.end(), from), end)) {
            Candidate c = cueClause(p, text, start, end, m, quoted);
            if (c != null && overlapsQuote(c, quoted)) {
                c = beforeQuotation(p, text, c, quoted);
            }
            if (c != null) {
                out.add(c);
                from = c.segments.get(c.segments.size() - 1).end();
            }
        }
    }

    private Candidate cueClause(int p, String text, int start, int end, Cues.Match m, List<QuotedSegment> quoted) {
        String cue = m.cue();
        int kinds = cues.kinds(cue);
        if ((kinds & Cues.NOUN) != 0) {
            return nounClause(p, text, start, end, m);
        }
        if ((kinds & Cues.SEEMING) != 0 && (!cue.equals("expected") || afterBe(text, start, m.start()))) {
            return seeming(p, text, start, end, m);
        }
        if (nounUse(text, start, m.start(), cue)) {
            // "the internal questions it must resolve": a plural noun, no cue; "growing fears that …": a noun's clause
            return THAT_NOUN_CUES.contains(cue) ? nounClause(p, text, start, end, m) : null;
        }
        boolean intent = (kinds & Cues.INTENT) != 0;
        boolean question = (kinds & Cues.QUESTION) != 0;
        boolean regard = (kinds & Cues.REGARD) != 0;
        boolean indirect = (kinds & Cues.INDIRECT) != 0;
        if (!indirect && !intent && !question && !regard) {
            return null;
        }
        int lastComma = text.lastIndexOf(',', m.start());
        // "CLAUSE, X said": a comma before the cue with plain words before it ("“…,” he said" has none)
        boolean aroundCue = ((kinds & Cues.SPEECH) != 0 || indirect && (kinds & Cues.THAT_ONLY) == 0)
                && lastComma > start && !overlapsQuote(start, lastComma, quoted) && commaOrEndAfter(text, m.end(), end);
        // where a clause could start, worked out before any subject is sought: most cues report nothing
        int questionAt = question ? questionStart(text, m.end(), end) : -1;
        int asAt = regard ? asComplementStart(text, m.end(), end) : -1;
        int infinitiveAt = intent ? infinitiveStart(text, m.end(), end, cue) : -1;
        int clauseAt = indirect ? clauseStart(cues, text, m.end(), end, cue, true) : -1;
        if (!aroundCue && questionAt < 0 && asAt < 0 && infinitiveAt < 0 && clauseAt < 0) {
            return null;
        }
        int[] subject = subject(text, start, m.start(), cue);
        if (subject == null && !(question && noSubjectNeeded(text, start, m.start()))) {
            return null;
        }
        if (subject != null) {
            String words = text.substring(subject[0], subject[1]).strip();
            if (WORDS_NOT_SUBJECTS.contains(Names.lower(words))) {
                return null; // the reader: a generic "you say", "do you think"
            }
            if (words.endsWith("'s") || words.endsWith("’s")) {
                return null; // "Clinton’s plan to …", "Trump's call for …": the cue is a noun
            }
        }
        Attribution a = subject == null ? new Attribution(-1, -1, cue, m.end())
                : new Attribution(subject[0], subject[1], cue, m.end());
        if (aroundCue && subject != null) {
            Candidate around = aroundAttribution(p, text, start, end, subject, m, a);
            if (around != null) {
                return around;
            }
        }
        int clauseStart = -1;
        boolean objectVerb = false;
        int minWords = MIN_CLAUSE_WORDS;
        if (question) {
            clauseStart = questionAt;
            minWords = MIN_SHORT_CLAUSE_WORDS;
            if (subject == null && clauseStart >= 0 && text.startsWith("about", clauseStart)) {
                clauseStart = -1; // "Asked about the crisis, X said …": a topic, seldom reported as anyone's question
            }
        }
        if (regard) {
            clauseStart = asAt;
            minWords = MIN_CLAUSE_WORDS;
        }
        if (clauseStart < 0 && intent) {
            clauseStart = infinitiveAt;
            minWords = MIN_SHORT_CLAUSE_WORDS;
        }
        if (clauseStart < 0 && clauseAt >= 0) {
            // a finding without "that" needs a poll or records as its subject
            clauseStart = FINDING_VERBS.contains(cue) && !isEvidence(text, subject)
                    ? clauseStart(cues, text, m.end(), end, cue, false) : clauseAt;
            objectVerb = (kinds & Cues.OBJECT) != 0 || OBJECT_VERBS.contains(cue);
            minWords = objectVerb ? 1 : MIN_CLAUSE_WORDS; // "Ryan endorsed Trump": the object is the stance
        }
        if (clauseStart < 0) {
            return null;
        }
        boolean stance = objectVerb || clauseStart == infinitiveAt;
        if (stance && relativeBefore(text, start, m.start()) != null) {
            return null; // "Beck, who supported Cruz, said …", "a man who wants to …": who someone is, not what they said
        }
        if (subject != null && clauseStart != questionAt && !startsWithWord(text, clauseStart, "that")
                && attributesQuotation(text, subject[0], quoted)) {
            return null; // "“…,” Trump said late last week": the quotation is what was said, the rest is circumstance
        }
        int clauseEnd = end;
        if (mayHaveNextClause(text, clauseStart, end)) {
            clauseEnd = nextClause(text, clauseStart, end);
        }
        if (objectVerb) {
            clauseEnd = objectEnd(text, clauseStart, clauseEnd);
            Word object = firstWord(text, clauseStart, clauseEnd);
            if (object != null && OBJECT_PRONOUNS.contains(object.lower()) && text.substring(object.end(), clauseEnd).isBlank()) {
                return null; // "Christie endorsed him": whom the stance is about is named elsewhere
            }
        }
        if (opensWithSideClause(text, start, subject == null ? m.start() : subject[0])) {
            int comma = text.indexOf(',', clauseStart);
            if (comma > 0 && comma < clauseEnd) {
                clauseEnd = comma; // "While critics argue that …, Obama has …": the main clause is the writer's
            }
        }
        if (inNonRestrictiveRelative(text, start, m.start())) {
            int comma = text.indexOf(',', clauseStart);
            if (comma > 0 && comma < clauseEnd) {
                clauseEnd = comma; // "Kasich, a Republican who refused to endorse Trump, said …": the relative ends at its comma
            }
        }
        if (question && subject == null) {
            int comma = text.indexOf(',', clauseStart);
            if (comma > 0 && comma < clauseEnd) {
                clauseEnd = comma; // "When asked why he lost, Smith said …": the question ends at the comma
            }
        }
        return clause(p, text, clauseStart, clauseEnd, a, minWords);
    }

    /**
     * An attribution set off by commas: "CLAUSE, legal experts say." reports what comes before it,
     * "In the end, Mr. Rosenthal said, union voters …" the words on both sides.
     */
    private Candidate aroundAttribution(int p, String text, int start, int end, int[] subject, Cues.Match m, Attribution a) {
        int before = lastNonSpace(text, start, subject[0]);
        if (before <= start || text.charAt(before) != ',') {
            return null;
        }
        int after = Sentences.skipSpace(text, m.end());
        if (after >= end) {
            return clause(p, text, start, before, a, MIN_CLAUSE_WORDS);
        }
        if (text.charAt(after) != ',') {
            return null;
        }
        Candidate c = clause(p, text, start, before, a, 1);
        int[] rest = Spans.trimmed(text, after + 1, end);
        if (c == null || rest == null || Words.countWords(text, rest) < MIN_CLAUSE_WORDS) {
            return null;
        }
        c.segments.add(new QuotedSegment(p, rest[0], rest[0], rest[1], rest[1]));
        return c;
    }

    /**
     * A clause that runs into a quotation of its own ("X said he welcomed it and added, “…”") ends
     * before the quotation's cue; a quotation inside the clause ("said the plan was “dead”") makes it
     * the quote finder's, and the clause is dropped.
     */
    private Candidate beforeQuotation(int p, String text, Candidate c, List<QuotedSegment> quoted) {
        QuotedSegment s = c.segments.get(0);
        QuotedSegment q = null;
        for (QuotedSegment o : quoted) {
            if (o.open() < s.end() && o.close() > s.start()) {
                q = o;
                break;
            }
        }
        if (q == null || q.open() <= s.start()) {
            return null;
        }
        int punct = lastNonSpace(text, s.start(), q.open());
        if (punct < s.start() || ",:;—".indexOf(text.charAt(punct)) < 0) {
            return null;
        }
        int cut = punct;
        Matcher and = AND_CUE.matcher(text).region(s.start(), cut);
        if (and.find()) {
            if (index.find(text, and.start(), cut) == null) {
                return null;
            }
            cut = and.start();
        }
        return clause(p, text, s.start(), cut, c.attribution, MIN_CLAUSE_WORDS);
    }

    /**
     * Whether a subject stands right after a quotation that ends in a comma, a question mark or an
     * exclamation mark ("“…,” Trump said"): its cue attributes that quotation.
     */
    private static boolean attributesQuotation(String text, int subjectStart, List<QuotedSegment> quoted) {
        for (QuotedSegment q : quoted) {
            if (q.close() > subjectStart || q.end() <= q.start() || lastNonSpace(text, q.close(), subjectStart) >= q.close()) {
                continue;
            }
            int last = lastNonSpace(text, q.start(), q.end());
            if (last >= q.start() && ",?!—–-".indexOf(text.charAt(last)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comma or the sentence's end follows a cue: "…, legal experts say." */
    private static boolean commaOrEndAfter(String text, int cueEnd, int end) {
        int k = Sentences.skipSpace(text, cueEnd);
        return k >= end || text.charAt(k) == ',';
    }
}
