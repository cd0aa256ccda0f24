package io.newsclean.quotes.reported;

import io.newsclean.quotes.attribution.LeadingSubject;
import io.newsclean.quotes.attribution.SubjectBeforeCue;
import io.newsclean.quotes.lexicon.MentionWords;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.Sentences;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsclean.quotes.reported.ClauseText.firstWord;
import static io.newsclean.quotes.reported.ClauseText.lastNonSpace;
import static io.newsclean.quotes.reported.ClauseText.startsWithWord;

/**
 * Who a cue's subject is: a name or a noun phrase, the antecedent of a relative pronoun, a quantity
 * of people ("47% say") or a lowercase group ("legal experts say"); and whether words before a
 * comma are a subject, a source of findings, or a relative clause.
 */
final class SubjectFinder {
    /** Adverbs that stand between a subject and its verb: "Trump also states", "she often questions". */
    static final Set<String> ADVERBS = QuoteWords.CLAUSES.set("subject-finder.adverbs");
    /** Words that open an apposition after a name: "Kasich, a Republican", "Lau, the party's spokesman". */
    private static final Set<String> APPOSITION_OPENERS = QuoteWords.CLAUSES.set("subject-finder.apposition-openers");
    /** Sources of findings: "the poll showed Clinton ahead", "filings show it has $1 million". */
    private static final Set<String> EVIDENCE_NOUNS = QuoteWords.CLAUSES.set("subject-finder.evidence-nouns");
    /** Relative pronouns that stand for a speaker named just before them: "Driscoll, who said …". */
    static final Set<String> RELATIVES = QuoteWords.CLAUSES.set("subject-finder.relatives");
    /**
     * A quantity of people as a subject, common with surveys: "47% say", "Nearly half said",
     * "three in 10 saying", "a majority of Republicans believe". Matched on the words just before
     * the cue, back to a clause boundary.
     */
    private static final Pattern QUANTITY_SUBJECT = Pattern.compile(
            "(?i)(?:^|[,;:(—]\\s*|\\b(?:and|while|but|with|that|whereas)\\s+)((?:(?:nearly|almost|about|around|roughly|only|just|fully|a full|more than|fewer than|less than|over|"
                    + "under|some|another)\\s+)*"
                    + "(?:\\d[\\d,.]*\\s*(?:%|percent)?|half|a (?:third|quarter|fifth|majority|plurality|minority)|"
                    + "(?:one|two|three|four|five|six|seven|eight|nine)(?:[ -](?:in|out of) (?:\\d+|ten|five|four|three))?"
                    + "(?:[ -](?:thirds|quarters|fifths))?|most|many|majority|(?:a|the) majority|plurality)"
                    + "(?:\\s+(?:of|in|among)\\s+[\\p{L}\\p{N}’'. -]{1,60})?)\\s*$");
    /** Up to three lowercase words ending in a plural noun, right after a clause boundary. */
    private static final Pattern GROUP_SUBJECT = Pattern.compile(
            "(?:^|[,;:(—]\\s*|\\b(?:and|but|while|whereas|though|although|because)\\s+)"
                    + "((?:\\p{Ll}+\\s+(?:and\\s+)?){0,3}\\p{Ll}{3,}s(?<!ss|us|is))\\s*$");
    private static final String[] QUANTITY_WORDS = {"half", "third", "quarter", "fifth", "majority", "plurality",
            "minority", "most", "many", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private SubjectFinder() {
    }

    /**
     * The speaker before a cue: the subject the mention parser finds; for a participle after a
     * comma ("X attacked Y, saying …") the subject of the main clause; for a relative pronoun the
     * words it stands for; a quantity of people ("47% say"); or a name followed by appositions
     * ("Shelby, the Alabama Republican who heads …, said").
     */
    static int[] subject(String text, int start, int cueStart, String cue) {
        int before = lastNonSpace(text, start, cueStart);
        boolean afterComma = before >= start && text.charAt(before) == ',';
        if (afterComma && cue.endsWith("ing")) {
            return LeadingSubject.mainClauseSubject(text, start, before);
        }
        Word w = Words.wordBefore(text, start, cueStart);
        while (w != null && MentionWords.AUXILIARIES.contains(w.lower())) {
            w = Words.wordBefore(text, start, w.start());
        }
        if (w != null && RELATIVES.contains(w.lower())) {
            int[] antecedent = SubjectBeforeCue.subjectBefore(text, start, w.start());
            if (antecedent == null) {
                antecedent = groupSubject(text, start, lastNonSpace(text, start, w.start()) + 1);
            }
            return antecedent != null ? antecedent : new int[]{w.start(), w.end()};
        }
        int[] s = SubjectBeforeCue.subjectBefore(text, start, cueStart);
        if (s != null) {
            return s;
        }
        int subjectEnd = w == null ? cueStart : w.end();
        int[] quantity = quantitySubject(text, start, subjectEnd);
        if (quantity != null) {
            return quantity;
        }
        int[] group = groupSubject(text, start, subjectEnd);
        if (group != null) {
            return group;
        }
        if (afterComma) {
            int[] lead = LeadingSubject.leadingSubject(text, start, before);
            if (lead != null) {
                int after = Sentences.skipSpace(text, lead[1]);
                if (after < before && text.charAt(after) == ',') {
                    return lead;
                }
            }
        }
        return null;
    }

    /** "47% say", "Nearly half of Republicans said": the words back to a clause boundary, if they count people. */
    private static int[] quantitySubject(String text, int start, int end) {
        int from = Math.max(start, end - 90);
        return mayCountPeople(text, from, end) ? tailMatch(QUANTITY_SUBJECT, text, start, end, 90) : null;
    }

    /**
     * False when {@link #QUANTITY_SUBJECT} surely cannot match in {@code text[from, end)}: it has no
     * digit and none of the words a quantity needs. Most cues have no quantity before them, and this
     * spares them the regular expression tried at every position.
     */
    private static boolean mayCountPeople(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        String lower = text.substring(from, end).toLowerCase(Locale.ROOT);
        for (String word : QUANTITY_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "legal experts say", "current and former officials said": a plural group named by lowercase
     * words, which the mention parser leaves to capitalised names and determiners.
     */
    private static int[] groupSubject(String text, int start, int end) {
        return mayEndInPlural(text, Math.max(start, end - 60), end) ? tailMatch(GROUP_SUBJECT, text, start, end, 60) : null;
    }

    /**
     * False when {@link #GROUP_SUBJECT} surely cannot match: the last word before {@code end} is not
     * three or more lowercase letters and an "s" that no "s", "u" or "i" comes before.
     */
    private static boolean mayEndInPlural(String text, int from, int end) {
        int e = end;
        while (e > from && Names.isRegexSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e - from < 4 || text.charAt(e - 1) != 's' || "sui".indexOf(text.charAt(e - 2)) >= 0) {
            return false;
        }
        for (int k = e - 4; k < e - 1; k++) {
            char c = text.charAt(k);
            if (!Character.isLowerCase(c) && !Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The span of group 1 of a pattern anchored at the end, tried on the last {@code width}
     * characters before {@code end} only: a long sentence is not scanned from every position. A
     * sentinel stands before a window that starts mid-sentence, so "^" still means the sentence start.
     */
    private static int[] tailMatch(Pattern pattern, String text, int start, int end, int width) {
        int from = Math.max(start, end - width);
        String prefix = from == start ? "" : "\u0001";
        Matcher m = pattern.matcher(prefix + text.substring(from, end));
        if (!m.find()) {
            return null;
        }
        int shift = from - prefix.length();
        return Spans.trimmed(text, m.start(1) + shift, m.end(1) + shift);
    }

    /** Whether a subject's head noun is a poll, a study or records: a source of findings. */
    static boolean isEvidence(String text, int[] subject) {
        if (subject == null) {
            return false;
        }
        // any noun of the subject: "New polls released Sunday", "A CNN/ORC poll last month"
        for (Word w = firstWord(text, subject[0], subject[1]); w != null; w = firstWord(text, w.end(), subject[1])) {
            if (EVIDENCE_NOUNS.contains(Names.lower(w.text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words before an attribution's comma are a name, or a name and its apposition
     * ("Sam Lau", "Gov. John Kasich of Ohio, a Republican who …"): the subject of the cue, not what it reports.
     */
    static boolean isSubjectNounPhrase(String text, int start, int comma) {
        int nameEnd = comma;
        int inner = text.lastIndexOf(',', comma - 1);
        if (inner > start) {
            Word next = firstWord(text, inner + 1, comma);
            if (next == null || !APPOSITION_OPENERS.contains(next.lower())) {
                return false;
            }
            nameEnd = inner;
            if (text.lastIndexOf(',', inner - 1) >= start) {
                return false;
            }
        }
        Matcher name = Names.NAME_RUN.matcher(text).region(Sentences.skipSpace(text, start), nameEnd);
        return name.lookingAt() && text.substring(name.end(), nameEnd).isBlank()
                || nameEnd < comma && name.lookingAt() && startsWithWord(text, Sentences.skipSpace(text, name.end()), "of");
    }

    /** Whether a cue's subject is a relative pronoun set off by a comma: "Kasich, a Republican who has refused …". */
    static boolean inNonRestrictiveRelative(String text, int start, int cueStart) {
        Word w = relativeBefore(text, start, cueStart);
        return w != null && !w.lower().equals("that") && text.lastIndexOf(',', w.start()) >= start;
    }

    /** The relative pronoun whose clause a cue is the verb of ("who has long backed", "which wants"), or null. */
    static Word relativeBefore(String text, int start, int cueStart) {
        Word w = Words.wordBefore(text, start, cueStart);
        while (w != null && (MentionWords.AUXILIARIES.contains(w.lower()) || w.lower().endsWith("ly")
                || ADVERBS.contains(w.lower()))) {
            w = Words.wordBefore(text, start, w.start());
        }
        return w != null && RELATIVES.contains(w.lower()) ? w : null;
    }

    /** "When asked why …", "Asked about …", "Trump was asked whether …": the one asking is not named, and need not be. */
    static boolean noSubjectNeeded(String text, int start, int cueStart) {
        String lead = text.substring(start, cueStart).strip().toLowerCase(Locale.ROOT);
        return lead.isEmpty() || lead.equals("when") || lead.equals("if") || lead.equals("after")
                || lead.endsWith(", when") || lead.endsWith(", after") || lead.endsWith(" was") || lead.endsWith(" were")
                || lead.endsWith(" been") || lead.endsWith(" is") || lead.endsWith(" are");
    }
}
