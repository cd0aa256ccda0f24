package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.MentionWords;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.Set;

import static io.newsclean.quotes.reported.ClauseBoundaries.NOT_CLAUSE_START;
import static io.newsclean.quotes.reported.ClauseBoundaries.SIDE_CLAUSE_OPENERS;
import static io.newsclean.quotes.reported.ClauseBoundaries.nextClause;
import static io.newsclean.quotes.reported.ClauseBoundaries.opensWithSideClause;
import static io.newsclean.quotes.reported.ClauseText.MIN_CLAUSE_WORDS;
import static io.newsclean.quotes.reported.ClauseText.clause;
import static io.newsclean.quotes.reported.ClauseText.firstWord;

/** Claims hedged as an impression or an expectation, whose source goes unnamed: "X appears to …", "X is expected to …". */
final class HedgedClaims {
    /** Words that put a hedge inside a side or relative clause ("what appeared to be", "if it seems"). */
    private static final Set<String> SIDE_CLAUSE_WORDS = QuoteWords.CLAUSES.set("hedged-claims.side-clause-words");
    /** Words that open a clause without belonging to its subject. */
    private static final Set<String> CLAUSE_OPENERS = QuoteWords.CLAUSES.set("hedged-claims.clause-openers");
    private static final Set<String> BE = QuoteWords.CLAUSES.set("hedged-claims.be");

    private HedgedClaims() {
    }

    /**
     * "Sanders appears to have a slight lead", "Obama is expected to join Clinton": a claim hedged
     * as an impression or an expectation, whose source goes unnamed. The text is the whole
     * clause, its subject included; there is no speaker.
     */
    static Candidate seeming(int p, String text, int start, int end, Cues.Match m) {
        Word next = firstWord(text, m.end(), end);
        if (next == null || !Character.isLowerCase(next.text().charAt(0))) {
            return null;
        }
        String w = next.lower();
        boolean hedge = w.equals("to") || !m.cue().equals("expected") && (w.equals("like")
                || !NOT_CLAUSE_START.contains(w) && !MentionWords.DETERMINERS.contains(w));
        if (!hedge) {
            return null; // "appeared on Fox News", "appears in court": a presence, not an impression
        }
        int from = start;
        for (int k = m.start() - 1; k >= start; k--) {
            if (",;:—(".indexOf(text.charAt(k)) >= 0) {
                from = k + 1;
                break;
            }
        }
        Word first = firstWord(text, from, m.start());
        if (first == null) {
            return null;
        }
        if (SIDE_CLAUSE_OPENERS.contains(first.lower())) {
            return null; // "If the plan seems unlikely, …": a condition or a circumstance, not a claim
        }
        if (CLAUSE_OPENERS.contains(first.lower())) {
            from = first.end();
        }
        for (Word v = firstWord(text, from, m.start()); v != null; v = firstWord(text, v.end(), m.start())) {
            if (SIDE_CLAUSE_WORDS.contains(v.lower())) {
                return null; // the hedge belongs to a side or relative clause, not to the sentence's claim
            }
        }
        int clauseEnd = nextClause(text, m.end(), end);
        int comma = text.indexOf(',', m.end());
        if (comma > 0 && comma < clauseEnd && opensWithSideClause(text, start, from)) {
            clauseEnd = comma;
        }
        Candidate c = clause(p, text, from, clauseEnd, new Attribution(-1, -1, m.cue(), m.end()), MIN_CLAUSE_WORDS);
        if (c != null && c.startChar() >= m.start()) {
            return null;
        }
        return c;
    }

    /** "is expected", "were widely expected": an expectation whose holder goes unnamed. */
    static boolean afterBe(String text, int start, int cueStart) {
        Word w = Words.wordBefore(text, start, cueStart);
        if (w != null && w.lower().equals("widely")) {
            w = Words.wordBefore(text, start, w.start());
        }
        return w != null && BE.contains(w.lower());
    }
}
