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

import static io.newsclean.quotes.reported.ClauseBoundaries.CLAUSE_PRONOUNS;
import static io.newsclean.quotes.reported.ClauseBoundaries.nextClause;
import static io.newsclean.quotes.reported.ClauseText.clause;
import static io.newsclean.quotes.reported.ClauseText.firstWord;
import static io.newsclean.quotes.reported.SubjectFinder.ADVERBS;
import static io.newsclean.quotes.reported.SubjectFinder.RELATIVES;

/**
 * Cues used as nouns: a plural noun that is no cue at all ("four other states"), and a noun of
 * saying or believing with its "that" clause ("Trump's suggestion that …").
 */
final class NounClauses {
    /** "that" and three words at least after a noun: "the notion that it works" is too slight to report. */
    private static final int MIN_NOUN_CLAUSE_WORDS = 4;
    /** A noun among a sentence's first words is its subject's head, whose clause runs into the main verb. */
    private static final int SUBJECT_NOUN_WORDS = 4;
    private static final Set<String> POSSESSIVES = QuoteWords.CLAUSES.set("noun-clauses.possessives");
    /** Cues that are as often plural nouns: "in nine states", "the questions it must resolve", "his remarks". */
    private static final Set<String> PLURAL_NOUN_CUES = QuoteWords.CLAUSES.set("noun-clauses.plural-noun-cues");
    /** Those of them that, as nouns, take a "that" clause of what is feared or claimed: "growing fears that …". */
    static final Set<String> THAT_NOUN_CUES = QuoteWords.CLAUSES.set("noun-clauses.that-noun-cues");

    private NounClauses() {
    }

    /**
     * "Trump's suggestion that the vote was rigged", "amid concerns that the plan will fail": a noun of
     * saying or believing and the "that" clause right after it. The speaker is the possessor
     * ("Trump's", "his"); without one the claim is reported without a speaker.
     */
    static Candidate nounClause(int p, String text, int start, int end, Cues.Match m) {
        Word that = firstWord(text, m.end(), end);
        if (that == null || !that.text().equals("that") || !text.substring(m.end(), that.start()).isBlank()) {
            return null;
        }
        if (Words.countWords(text, new int[]{start, m.start()}) < SUBJECT_NOUN_WORDS) {
            return null; // "Trump's suggestion that the vote was rigged alarmed …": where the clause ends needs a parse
        }
        int clauseEnd = nextClause(text, that.end(), end);
        int colon = text.indexOf(':', that.end());
        if (colon > 0 && colon < clauseEnd) {
            clauseEnd = colon;
        }
        int[] owner = possessor(text, start, m.start());
        Attribution a = owner == null ? new Attribution(-1, -1, m.cue(), m.end())
                : new Attribution(owner[0], owner[1], m.cue(), m.end());
        return clause(p, text, that.start(), clauseEnd, a, MIN_NOUN_CLAUSE_WORDS);
    }

    /**
     * Whose the noun before {@code nounStart} is: "his" or "their", or a name ending in "'s"
     * ("Donald Trump's repeated suggestion"), up to two words before the noun; null if no one's.
     */
    private static int[] possessor(String text, int start, int nounStart) {
        Word w = Words.wordBefore(text, start, nounStart);
        for (int k = 0; k < 3 && w != null; k++) {
            String lower = w.lower();
            if (POSSESSIVES.contains(lower)) {
                return new int[]{w.start(), w.end()};
            }
            if (w.text().endsWith("'s") || w.text().endsWith("’s")) {
                int nameEnd = w.end() - 2;
                int nameStart = w.start();
                for (Word v = Words.wordBefore(text, start, nameStart);
                     v != null && Character.isUpperCase(v.text().charAt(0)); v = Words.wordBefore(text, start, v.start())) {
                    nameStart = v.start();
                }
                return Character.isUpperCase(text.charAt(nameStart)) ? new int[]{nameStart, nameEnd} : null;
            }
            if (MentionWords.DETERMINERS.contains(lower)) {
                return null; // "the suggestion", "a belief": no one's in particular
            }
            w = Words.wordBefore(text, start, w.start());
        }
        return null;
    }

    /**
     * Whether a cue that is also a plural noun is used as one: after a possessive or a lowercase
     * word that is neither a pronoun nor an adverb ("four other states", "the internal questions").
     */
    static boolean nounUse(String text, int start, int cueStart, String cue) {
        if (!PLURAL_NOUN_CUES.contains(cue)) {
            return false;
        }
        Word w = Words.wordBefore(text, start, cueStart);
        if (w == null) {
            return false;
        }
        if (w.text().endsWith("'s") || w.text().endsWith("’s")) {
            return true;
        }
        String lower = w.lower();
        return Character.isLowerCase(w.text().charAt(0)) && !CLAUSE_PRONOUNS.contains(lower) && !RELATIVES.contains(lower)
                && !MentionWords.AUXILIARIES.contains(lower) && !lower.endsWith("ly") && !ADVERBS.contains(lower);
    }
}
