package io.newsclean.quotes.reported;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.MentionWords;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsclean.quotes.reported.ClauseText.firstWord;

/**
 * Where a reported clause starts after its cue ("that", an infinitive, an embedded question, an
 * "as" judgement, or the clause itself after a listener or an adjunct) and where it gives way to
 * the writer's own words.
 */
final class ClauseBoundaries {
    /** Twelve words at most stand between a cue and its "that". */
    private static final int THAT_REACH_CHARS = 120;
    /** Cues that report a belief or a finding, which need "that" to introduce a clause. */
    private static final Set<String> NEED_THAT = QuoteWords.CLAUSES.set("clause-boundaries.need-that");
    /** Words that cannot open a reported clause right after its cue ("said in", "said it"). */
    static final Set<String> NOT_CLAUSE_START = QuoteWords.CLAUSES.set("clause-boundaries.not-clause-start");
    private static final Set<String> OBJECTS = QuoteWords.CLAUSES.set("clause-boundaries.objects");
    /** Words that open an embedded question after "asked" or "wondered". */
    private static final Set<String> QUESTION_WORDS = QuoteWords.CLAUSES.set("clause-boundaries.question-words");
    /** Intentions that may name who is to act before "to": "wants his party to work", "urged Congress to act". */
    private static final Set<String> INTENT_WITH_OBJECT = QuoteWords.CLAUSES.set("clause-boundaries.intent-with-object");
    /** Words after "to" that make it a preposition, not the mark of an infinitive. */
    private static final Set<String> NOT_INFINITIVE = QuoteWords.CLAUSES.set("clause-boundaries.not-infinitive");
    static final Set<String> CLAUSE_PRONOUNS = QuoteWords.CLAUSES.set("clause-boundaries.clause-pronouns");
    /** Verbs that report what evidence shows: with a poll or a study as subject they need no "that". */
    static final Set<String> FINDING_VERBS = QuoteWords.CLAUSES.set("clause-boundaries.finding-verbs");
    /** Subordinators that make a sentence's first clause a side clause: its report ends at the comma. */
    static final Set<String> SIDE_CLAUSE_OPENERS = QuoteWords.CLAUSES.set("clause-boundaries.side-clause-openers");
    private static final Set<String> FINITE_VERBS = QuoteWords.CLAUSES.set("clause-boundaries.finite-verbs");
    /** Prepositions that open an adjunct between a cue and its "that": "said in a statement that …". */
    private static final Set<String> ADJUNCT_STARTS = QuoteWords.CLAUSES.set("clause-boundaries.adjunct-starts");
    /** A time or a medium between a cue and its clause. */
    private static final Pattern TIME_OR_MEDIUM = Pattern.compile(
            "(?i)\\s*(?:(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?"
                    + "|(?:last|this|earlier this|later that|next)\\s+(?:week|month|year|night|morning|afternoon|evening|weekend)"
                    + "|in\\s+(?:an?|the|his|her|their|its)\\s+(?:\\p{L}+\\s+)?(?:interview|statement|speech|letter|email|post|"
                    + "tweet|op-ed|memo|conference|call|appearance|video|message|filing|report))\\b,?(?=\\s)");
    /**
     * Where a reported clause gives way to the writer's own next clause: "… Clinton is honest, and
     * three-quarters said the same of Sanders", "…, compared with 64 percent", "…, saying …". "…, and
     * that …" goes on reporting, and so does "…, including …", which lists what the clause names.
     */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",\\s+(?:(?:and|but)(?!\\s+that\\b)|while|although|though|whereas|compared|after|according|which|(?!including\\b)\\p{Ll}+ing)\\b|;|\\s[—–]\\s|\\s--\\s");
    /** Where an object noun phrase gives way to an adjunct of time, place or circumstance. */
    private static final Pattern OBJECT_END = Pattern.compile(
            ",|\\s[—–]|\\s--|\\s(?:during|at|last|after|before|while|when|because|since|despite|who|which|as|"
                    + "and (?:has|had|is|was|will|would|said|says|then|later)|in (?:a|an|the|his|her|their|early|late|mid) "
                    + "|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier|this (?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);

    private ClauseBoundaries() {
    }

    /** Where the reported clause starts after a cue, or -1 when none does. */
    static int clauseStart(Cues cues, String text, int cueEnd, int end, String cue, boolean evidence) {
        int kinds = cues.kinds(cue);
        boolean listener = (kinds & Cues.LISTENER) != 0;
        int opened = openedByLanguage(cues, text, cueEnd, end);
        if (opened >= 0) {
            return opened;
        }
        int that = thatAfter(text, cueEnd, Math.min(end, cueEnd + THAT_REACH_CHARS));
        if (that >= 0) {
            Word next = firstWord(text, cueEnd, end);
            // "said in one of a series of Twitter messages that …", "told the audience at his fundraiser that …"
            int reach = listener || next != null && ADJUNCT_STARTS.contains(next.lower()) ? 12 : 6;
            if (Words.countWords(text, new int[]{cueEnd, that}) <= reach
                    && Spans.lastIndexOfAny(text, ".;:!?(", cueEnd, that) < 0) {
                return that; // "that" opens the complement clause and belongs to it, as annotators mark it
            }
        }
        if ((kinds & Cues.THAT_ONLY) != 0 || NEED_THAT.contains(cue) && !(evidence && FINDING_VERBS.contains(cue))) {
            return -1;
        }
        int pos = cueEnd;
        if (listener) {
            pos = skipObject(text, pos, end);
            if (pos < 0) {
                return -1;
            }
        }
        Matcher adjunct = TIME_OR_MEDIUM.matcher(text).region(pos, end);
        if (adjunct.lookingAt()) {
            // "said Monday the plan …", "said in an interview he …": the clause follows the adjunct
            Word first = firstWord(text, adjunct.end(), end);
            return first != null && opensClause(first) && !NOT_CLAUSE_START.contains(first.lower()) ? first.start() : -1;
        }
        Word first = firstWord(text, pos, end);
        if (first == null || text.substring(pos, first.start()).strip().length() > 0) {
            return -1;
        }
        if (NOT_CLAUSE_START.contains(first.lower()) && !demonstrativeSubject(text, first, end)) {
            return -1;
        }
        if (listener && !opensClause(first)) {
            return -1; // "told Fox News host Sean Hannity": more of the listener, not what was told
        }
        return first.start();
    }

    /** After "asked": an optional listener of up to four words, then "whether", "if", "why", "about" …. */
    static int questionStart(String text, int cueEnd, int end) {
        int pos = cueEnd;
        for (int k = 0; k <= 4; k++) {
            Word w = firstWord(text, pos, end);
            if (w == null || !text.substring(pos, w.start()).isBlank()) {
                return -1;
            }
            if (QUESTION_WORDS.contains(w.lower())) {
                return w.start();
            }
            pos = w.end();
        }
        return -1;
    }

    /** After "sees" or "described": a short object, then "as" and the judgement ("see Trump as most likely to win"). */
    static int asComplementStart(String text, int cueEnd, int end) {
        int pos = cueEnd;
        Word first = firstWord(text, pos, end);
        if (first == null || !text.substring(pos, first.start()).isBlank() || NOT_CLAUSE_START.contains(first.lower())) {
            return -1;
        }
        for (int k = 0; k <= 6; k++) {
            Word w = firstWord(text, pos, end);
            if (w == null || !text.substring(pos, w.start()).isBlank()) {
                return -1;
            }
            if (k > 0 && w.lower().equals("as")) {
                return first.start();
            }
            pos = w.end();
        }
        return -1;
    }

    /**
     * After "wants", "refused", "urged": "to" and its verb, perhaps after a short object ("wants his
     * party to work …", "urged Congress to act"). The object, if any, is part of what is wanted.
     */
    static int infinitiveStart(String text, int cueEnd, int end, String cue) {
        int pos = cueEnd;
        int objectWords = INTENT_WITH_OBJECT.contains(cue) ? 4 : 0;
        for (int k = 0; k <= objectWords; k++) {
            Word w = firstWord(text, pos, end);
            if (w == null || !text.substring(pos, w.start()).isBlank()) {
                return -1;
            }
            if (w.lower().equals("to")) {
                Word verb = firstWord(text, w.end(), end);
                if (verb == null || !Character.isLowerCase(verb.text().charAt(0))
                        || MentionWords.DETERMINERS.contains(verb.lower()) || NOT_INFINITIVE.contains(verb.lower())) {
                    return -1; // "to Congress", "to a count": a place, a listener or a measure, not an infinitive
                }
                return k == 0 ? w.start() : firstWord(text, cueEnd, end).start();
            }
            if (NOT_CLAUSE_START.contains(w.lower()) || QUESTION_WORDS.contains(w.lower())) {
                return -1;
            }
            pos = w.end();
        }
        return -1;
    }

    /** Where {@link #NEXT_CLAUSE} first matches in {@code [from, end)}, or {@code end}. */
    static int nextClause(String text, int from, int end) {
        Matcher next = NEXT_CLAUSE.matcher(text).region(from, end);
        return next.find() ? next.start() : end;
    }

    /** False when {@link #NEXT_CLAUSE} surely cannot match: no comma, semicolon or dash in the stretch. */
    static boolean mayHaveNextClause(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '—' || c == '–' || c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                return true;
            }
        }
        return false;
    }

    /** Where {@link #OBJECT_END} first matches in {@code [from, end)}, or {@code end}. */
    static int objectEnd(String text, int from, int end) {
        Matcher stop = OBJECT_END.matcher(text).region(from, end);
        return stop.find() ? stop.start() : end;
    }

    /** Whether the words before a subject open the sentence with a subordinator and no comma yet. */
    static boolean opensWithSideClause(String text, int start, int subjectStart) {
        Word first = firstWord(text, start, subjectStart);
        return first != null && SIDE_CLAUSE_OPENERS.contains(first.lower()) && text.indexOf(',', start) > subjectStart
                || first != null && SIDE_CLAUSE_OPENERS.contains(first.lower()) && text.indexOf(',', start) < 0;
    }

    /** "said this was the only chance": "this" as a subject, not "said this week". */
    private static boolean demonstrativeSubject(String text, Word first, int end) {
        if (!first.lower().equals("this")) {
            return false;
        }
        Word next = firstWord(text, first.end(), end);
        return next != null && FINITE_VERBS.contains(next.lower());
    }

    /** The first whole word "that" in {@code [from, to)}, or -1: a literal search, no regex. */
    /**
     * Where a reported clause starts right after its cue by the article language's own grammar: at its
     * complementizer ("sagte, dass …", "a déclaré que …"), or after the comma that sets it off in a language
     * that sets it off so ("sagte, die Stadt habe …"); -1 when the language says nothing here.
     */
    private static int openedByLanguage(Cues cues, String text, int cueEnd, int end) {
        int i = skipSpaces(text, cueEnd, end);
        boolean comma = i < end && text.charAt(i) == ',';
        if (comma) {
            if (!cues.commaOpensReport()) {
                return -1;
            }
            i = skipSpaces(text, i + 1, end);
        }
        Word first = firstWord(text, i, end);
        if (first == null || first.start() != i) {
            return -1;
        }
        return cues.isComplementizer(first.lower()) || comma ? first.start() : -1;
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int thatAfter(String text, int from, int to) {
        for (int k = text.indexOf("that", from); k >= 0 && k + 4 <= to; k = text.indexOf("that", k + 1)) {
            if ((k == 0 || !Character.isLetter(text.charAt(k - 1)))
                    && (k + 4 == text.length() || !Character.isLetter(text.charAt(k + 4)))) {
                return k;
            }
        }
        return -1;
    }

    /** A word that can be a clause's subject: a pronoun, a determiner, a name or a number. */
    private static boolean opensClause(Word w) {
        char c = w.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || MentionWords.DETERMINERS.contains(w.lower())
                || CLAUSE_PRONOUNS.contains(w.lower());
    }

    /** Skips the listener after "told": a pronoun, a name or a short noun phrase. */
    private static int skipObject(String text, int pos, int end) {
        Word w = firstWord(text, pos, end);
        if (w == null) {
            return -1;
        }
        if (OBJECTS.contains(w.lower())) {
            return w.end();
        }
        Matcher run = Names.NAME_RUN.matcher(text).region(w.start(), end);
        if (Character.isUpperCase(w.text().charAt(0)) && run.lookingAt()) {
            return gluedTokenEnd(text, run.end(), end);
        }
        if (Names.isArticle(w.lower())) {
            Word noun = firstWord(text, w.end(), end);
            if (noun == null) {
                return -1;
            }
            Matcher name = Names.NAME_RUN.matcher(text).region(noun.start(), end);
            if (Character.isUpperCase(noun.text().charAt(0)) && name.lookingAt()) {
                return gluedTokenEnd(text, name.end(), end); // "told the Washington Post", "told the National Review"
            }
            return noun.end();
        }
        return -1;
    }

    /**
     * A name glued to more by a dot ("Gazeta.Ru", "Yahoo.com") is one token, an outlet's web address:
     * the listener ends where the token does, not at the dot.
     */
    private static int gluedTokenEnd(String text, int runEnd, int end) {
        int j = runEnd;
        while (j < end && !Character.isWhitespace(text.charAt(j)) && ",;:!?\"“”".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        while (j > runEnd && text.charAt(j - 1) == '.') {
            j--; // a sentence's full stop is not part of the address
        }
        return j;
    }
}
