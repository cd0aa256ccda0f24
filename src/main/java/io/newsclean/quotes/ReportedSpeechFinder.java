package io.newsclean.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported speech without quotation marks, one sentence at a time: "According to X, …",
 * "…, X said.", and "X said (that) …" / "X told journalists (that) …". The text is the reported
 * clause. Sentences that hold a quotation are left to the quote finder. Stateless.
 */
final class ReportedSpeechFinder {
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to\\s+");
    private static final Pattern THAT = Pattern.compile("(?<![\\p{L}])that(?![\\p{L}])");
    /** Cues that report a belief or a finding, which need "that" to introduce a clause. */
    private static final Set<String> NEED_THAT = Names.set(
            "found", "finds", "show", "shows", "showed", "revealed",
            "reveals", "indicated", "indicates", "estimated", "estimates", "agreed", "agrees", "promised",
            "promises", "vowed", "vows", "pledged", "pledges", "complained", "complains", "recalled", "recalls",
            "testified", "testifies", "reported", "reports", "announced", "announces");
    /** Words that cannot open a reported clause right after its cue ("said in", "said it"). */
    private static final Set<String> NOT_CLAUSE_START = Names.set(
            "in", "on", "at", "to", "by", "for", "of", "about", "with", "from", "during", "after", "before", "so",
            "yes", "no", "nothing", "something", "anything", "goodbye", "hello", "otherwise", "as", "publicly",
            "privately", "recently", "repeatedly", "earlier", "last", "this", "too", "up", "out", "more", "little",
            "much", "such", "what", "when", "where", "why", "how", "whether", "if", "previously", "later", "again",
            "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "then", "via", "while", "through", "over", "under", "into", "against", "amid", "instead",
            "following", "ahead", "afterward", "afterwards", "once", "also", "not", "hi", "thanks", "thank");
    private static final Set<String> OBJECTS = Names.set(
            "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters",
            "voters", "listeners", "viewers", "readers", "students", "members", "colleagues", "donors", "friends",
            "audiences", "officials", "investigators", "police", "congress", "parliament");
    private static final int MIN_CLAUSE_WORDS = 3;
    /** Verbs whose report is their object, not a clause ("X endorsed Y"): the object ends at an adjunct. */
    private static final Set<String> OBJECT_VERBS = Names.set(
            "endorsed", "endorses", "endorsing", "criticized", "criticizes", "criticised", "accused", "accuses",
            "accusing", "praised", "praises", "supported", "supports", "opposed", "opposes", "defended", "defends",
            "defending", "proposed", "proposes", "denied", "denies", "rejected", "rejects", "dismissed", "dismisses",
            "blamed", "blames", "questioned", "questions", "called for", "calls for", "calling for", "pushed for",
            "pushes for", "voted for", "voted against", "urged", "urges", "demanded", "demands");
    /**
     * Where a reported clause gives way to the writer's own next clause: "… Clinton is honest, and
     * three-quarters said the same of Sanders", "…, compared with 64 percent". "…, and that …" goes on
     * reporting.
     */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",\\s+(?:(?:and|but)(?!\\s+that\\b)|while|although|though|whereas|compared|after|according)\\b|;|\\s[—–]\\s");
    /** Where an object noun phrase gives way to an adjunct of time, place or circumstance. */
    private static final Pattern OBJECT_END = Pattern.compile(
            ",|\\s[—–]|\\s--|\\s(?:during|at|last|after|before|while|when|because|since|in (?:a|an|the|his|her|their) "
                    + "|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier|this (?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);

    private final Cues cues;
    private final CueIndex index;
    private final AttributionFinder finder;

    ReportedSpeechFinder(CueIndex index, AttributionFinder finder) {
        this.index = index;
        this.cues = index.cues();
        this.finder = finder;
    }

    List<Candidate> find(int p, String text, List<int[]> sentences, List<QuotedSegment> quoted) {
        List<Candidate> out = new ArrayList<>();
        for (int[] s : sentences) {
            if (overlapsQuote(s, quoted)) {
                continue;
            }
            int end = clauseEnd(text, s[0], s[1]);
            Candidate c = accordingTo(p, text, s[0], end);
            if (c == null) {
                c = finalAttribution(p, text, s[0], end);
            }
            if (c == null) {
                c = subjectCueClause(p, text, s[0], end);
            }
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** "According to X, CLAUSE." */
    private Candidate accordingTo(int p, String text, int start, int end) {
        Matcher m = ACCORDING_TO.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        int[] np = MentionParser.phraseAfter(text, m.end(), end);
        if (np == null) {
            return null;
        }
        int comma = text.indexOf(',', np[1]);
        if (comma < 0 || comma >= end || !text.substring(np[1], comma).isBlank()) {
            return null;
        }
        int clause = comma + 1;
        int next = text.indexOf(',', clause);
        if (next > 0 && next < end) {
            String part = text.substring(clause, next).strip().toLowerCase(Locale.ROOT);
            if (part.startsWith("a ") || part.startsWith("an ") || part.startsWith("the ")) {
                clause = next + 1; // an apposition: "According to X, an expert at Y, CLAUSE"
            }
        }
        return clause(p, text, clause, end, new Attribution(np[0], np[1], "according to", np[1]));
    }

    /** "CLAUSE, X said." or "CLAUSE, said X." (also "…, according to X."). */
    private Candidate finalAttribution(int p, String text, int start, int end) {
        AttributionFinder.Trailing t = finder.trailing(text, start, end);
        if (t == null) {
            return null;
        }
        Attribution a = t.attribution();
        if (!cues.isIndirect(a.cue()) && !cues.isSpeech(a.cue()) && !a.cue().equals("according to")) {
            return null;
        }
        return t.comma() <= start ? null : clause(p, text, start, t.comma(), a);
    }

    /** "X said (that) CLAUSE", "X told journalists (that) CLAUSE". */
    private Candidate subjectCueClause(int p, String text, int start, int end) {
        int tried = 0;
        for (Cues.Match m = index.find(text, start, end); m != null && tried++ < 2; m = index.find(text, m.end(), end)) {
            String cue = m.cue();
            if (!cues.isIndirect(cue)) {
                continue;
            }
            int[] subject = MentionParser.subjectBefore(text, start, m.start());
            if (subject == null || isFirstOrSecondPerson(text, subject)) {
                continue;
            }
            int clauseStart = clauseStart(text, m.end(), end, cue);
            if (clauseStart < 0) {
                continue;
            }
            int clauseEnd = end;
            Matcher next = NEXT_CLAUSE.matcher(text).region(clauseStart, end);
            if (next.find()) {
                clauseEnd = next.start();
            }
            if (OBJECT_VERBS.contains(cue)) {
                Matcher stop = OBJECT_END.matcher(text).region(clauseStart, clauseEnd);
                if (stop.find()) {
                    clauseEnd = stop.start();
                }
            }
            return clause(p, text, clauseStart, clauseEnd, new Attribution(subject[0], subject[1], cue, m.end()));
        }
        return null;
    }

    /** Where the reported clause starts after a cue, or -1 when none does. */
    private int clauseStart(String text, int cueEnd, int end, String cue) {
        Matcher that = THAT.matcher(text).region(cueEnd, end);
        if (that.find() && MentionParser.countWords(text, new int[]{cueEnd, that.start()}) <= 6
                && text.substring(cueEnd, that.start()).chars().noneMatch(c -> ".;:!?(".indexOf(c) >= 0)) {
            return that.end();
        }
        if (NEED_THAT.contains(cue)) {
            return -1;
        }
        int pos = cueEnd;
        if (cues.isListener(cue)) {
            pos = skipObject(text, pos, end);
            if (pos < 0) {
                return -1;
            }
        }
        MentionParser.Word first = firstWord(text, pos, end);
        if (first == null || NOT_CLAUSE_START.contains(first.lower()) || text.substring(pos, first.start()).strip().length() > 0) {
            return -1;
        }
        return first.start();
    }

    /** Skips the listener after "told": a pronoun, a name or a short noun phrase. */
    private static int skipObject(String text, int pos, int end) {
        MentionParser.Word w = firstWord(text, pos, end);
        if (w == null) {
            return -1;
        }
        if (OBJECTS.contains(w.lower())) {
            return w.end();
        }
        Matcher run = Names.NAME_RUN.matcher(text).region(w.start(), end);
        if (Character.isUpperCase(w.text().charAt(0)) && run.lookingAt()) {
            return run.end();
        }
        if (w.lower().equals("the") || w.lower().equals("a") || w.lower().equals("an")) {
            MentionParser.Word noun = firstWord(text, w.end(), end);
            return noun == null ? -1 : noun.end();
        }
        return -1;
    }

    private Candidate clause(int p, String text, int start, int end, Attribution a) {
        int[] span = MentionParser.trimmed(text, start, end);
        if (span == null || MentionParser.countWords(text, span) < MIN_CLAUSE_WORDS) {
            return null;
        }
        Candidate c = new Candidate(p, span[0], span[1]);
        c.attribute(a, p, text);
        return c;
    }

    private static boolean isFirstOrSecondPerson(String text, int[] span) {
        String s = text.substring(span[0], span[1]).strip().toLowerCase(Locale.ROOT);
        return s.equals("i") || s.equals("we") || s.equals("you") || s.equals("it") || s.equals("they");
    }

    private static MentionParser.Word firstWord(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < to && !Character.isWhitespace(text.charAt(j)) && ",.;:!?".indexOf(text.charAt(j)) < 0) {
            j++;
        }
        return j > i ? new MentionParser.Word(i, j, text.substring(i, j)) : null;
    }

    /** The sentence's end without its final punctuation. */
    private static int clauseEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static boolean overlapsQuote(int[] sentence, List<QuotedSegment> quoted) {
        for (QuotedSegment q : quoted) {
            if (q.open() < sentence[1] && q.close() > sentence[0]) {
                return true;
            }
        }
        return false;
    }
}
