package io.newsclean.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds reported speech without quotation marks, one sentence at a time: "According to X, …",
 * "…, X said.", "…, according to X.", and every "X said (that) …", "X told journalists (that) …",
 * "X wants to …", "X asked whether …" in a sentence. The text is the reported clause, without
 * its subject and cue. A clause that would take in words between quotation marks is left to the
 * quote finder, so no words are reported twice. Stateless.
 */
final class ReportedSpeechFinder {
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to\\s+");
    /** "…, according to X" after the words it reports. */
    private static final Pattern LATER_ACCORDING_TO = Pattern.compile(",\\s*according to\\s+");
    /** Twelve words at most stand between a cue and its "that". */
    private static final int THAT_REACH_CHARS = 120;
    /** Cues that report a belief or a finding, which need "that" to introduce a clause. */
    private static final Set<String> NEED_THAT = Names.set(
            "found", "finds", "show", "shows", "showed", "revealed",
            "reveals", "indicated", "indicates", "estimated", "estimates", "agreed", "agrees", "promised",
            "promises", "vowed", "vows", "pledged", "pledges", "complained", "complains", "recalled", "recalls",
            "testified", "testifies", "reported", "reports", "maintained", "maintains", "states", "stated", "adds",
            "pledged", "pledges");
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
    private static final int MIN_CLAUSE_WORDS = 2;
    /** "that" and three words at least after a noun: "the notion that it works" is too slight to report. */
    private static final int MIN_NOUN_CLAUSE_WORDS = 4;
    /** A noun among a sentence's first words is its subject's head, whose clause runs into the main verb. */
    private static final int SUBJECT_NOUN_WORDS = 4;
    private static final Set<String> POSSESSIVES = Names.set("his", "her", "their", "its");
    /** An opening this short before "…, he said, …" is an adverbial, not a report of its own. */
    private static final int SHORT_LEAD_WORDS = 4;
    /** An intention or a question may be short: "declined to comment", "asked about Sullivan". */
    private static final int MIN_SHORT_CLAUSE_WORDS = 2;
    /** Cues tried per sentence: enough for "A said X, while B said Y", bounded so a long list costs little. */
    private static final int MAX_CUES_PER_SENTENCE = 10;
    /** Verbs whose report is their object, not a clause ("X endorsed Y"): the object ends at an adjunct. */
    private static final Set<String> OBJECT_VERBS = Names.set(
            "endorsed", "endorses", "endorsing", "criticized", "criticizes", "criticised", "accused", "accuses",
            "accusing", "praised", "praises", "supported", "supports", "opposed", "opposes", "defended", "defends",
            "defending", "proposed", "proposes", "denied", "denies", "rejected", "rejects", "dismissed", "dismisses",
            "blamed", "blames", "questioned", "questions", "called for", "calls for", "calling for", "pushed for",
            "pushes for", "voted for", "voted against", "urged", "urges", "demanded", "demands", "announced",
            "announces", "backed", "backs", "backing", "supporting");
    /** The reader is no source: "you say", "do you think". */
    private static final Set<String> WORDS_NOT_SUBJECTS = Names.set("you");
    /** Words that open an embedded question after "asked" or "wondered". */
    private static final Set<String> QUESTION_WORDS = Names.set(
            "whether", "if", "why", "what", "how", "who", "whom", "when", "where", "which", "about");
    /** Intentions that may name who is to act before "to": "wants his party to work", "urged Congress to act". */
    private static final Set<String> INTENT_WITH_OBJECT = Names.set(
            "want", "wants", "wanted", "wanting", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking",
            "called on", "calls on", "calling on", "call on");
    /** Words after "to" that make it a preposition, not the mark of an infinitive. */
    private static final Set<String> NOT_INFINITIVE = Names.set(
            "him", "her", "them", "us", "me", "you", "it", "date");
    /** Verbs that stand before their subject at a sentence's end in news prose: "…, said the official." */
    private static final Set<String> INVERTING_CUES = Names.set(
            "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "noted", "notes", "explained",
            "continued", "recalled", "replied", "answered", "observed", "warned", "argued", "insisted", "stated",
            "declared", "remarked", "countered", "acknowledged", "conceded", "cautioned", "told", "according to");
    /** Cues that are as often plural nouns: "in nine states", "the questions it must resolve", "his remarks". */
    private static final Set<String> PLURAL_NOUN_CUES = Names.set(
            "states", "questions", "remarks", "promises", "pledges", "answers", "estimates", "fears", "hopes",
            "claims", "reports");
    /** Those of them that, as nouns, take a "that" clause of what is feared or claimed: "growing fears that …". */
    private static final Set<String> THAT_NOUN_CUES = Names.set("promises", "pledges", "fears", "hopes", "claims", "reports");
    /** Adverbs that stand between a subject and its verb: "Trump also states", "she often questions". */
    private static final Set<String> ADVERBS = Names.set(
            "also", "now", "still", "often", "never", "even", "just", "again", "always", "already", "then", "too", "later");
    /** Words that open an apposition after a name: "Kasich, a Republican", "Lau, the party's spokesman". */
    private static final Set<String> APPOSITION_OPENERS = Names.set("a", "an", "the", "who", "whose", "which", "its", "his", "her", "their");
    /** An object that only points back: "endorsed him", "praised herself". */
    private static final Set<String> OBJECT_PRONOUNS = Names.set(
            "him", "her", "them", "it", "me", "us", "you", "himself", "herself", "themselves", "itself", "this", "that");
    /** Words that put a hedge inside a side or relative clause ("what appeared to be", "if it seems"). */
    private static final Set<String> SIDE_CLAUSE_WORDS = Names.set(
            "who", "whom", "whose", "which", "that", "what", "if", "when", "whenever", "after", "before", "while",
            "because", "though", "although", "even", "whether", "where", "since", "once", "until", "unless", "as",
            "like");
    private static final Set<String> CLAUSE_PRONOUNS = Names.set("he", "she", "they", "it", "we", "i", "you", "there");
    /** "… and added", "… but said" closing a clause before a quotation of its own. */
    private static final Pattern AND_CUE = Pattern.compile("\\s+(?:and|but)(?:\\s+\\p{Ll}+){1,2}\\s*$");
    /** Verbs that report what evidence shows: with a poll or a study as subject they need no "that". */
    private static final Set<String> FINDING_VERBS = Names.set(
            "show", "shows", "showed", "found", "finds", "suggest", "suggests", "suggested", "indicate", "indicates",
            "indicated", "reveal", "reveals", "revealed");
    /** Sources of findings: "the poll showed Clinton ahead", "filings show it has $1 million". */
    private static final Set<String> EVIDENCE_NOUNS = Names.set(
            "poll", "polls", "polling", "survey", "surveys", "study", "studies", "analysis", "analyses", "data",
            "records", "record", "filings", "filing", "report", "reports", "research", "numbers", "figures",
            "results", "review", "investigation", "audit", "documents", "emails", "email", "count", "tally",
            "estimates", "census", "projections", "models", "statistics", "evidence", "findings", "video", "footage");
    /** Subordinators that make a sentence's first clause a side clause: its report ends at the comma. */
    private static final Set<String> SIDE_CLAUSE_OPENERS = Names.set(
            "while", "although", "though", "because", "as", "when", "after", "before", "since", "if", "whereas",
            "unless", "once", "until");
    /** Words that open a clause without belonging to its subject. */
    private static final Set<String> CLAUSE_OPENERS = Names.set(
            "but", "and", "if", "while", "when", "because", "although", "though", "that", "where", "so", "yet", "as",
            "since", "whereas", "now", "still", "instead");
    /** A sentence that opens by naming a survey or a document: "In a CBS News poll released Monday, …". */
    private static final Pattern IN_A_SOURCE = Pattern.compile(
            "(?i)in\\s+((?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}\\p{N}/’'.-]+\\s+){0,6}"
                    + "(?:poll|survey|study|statement|interview|report|letter|memo|filing|analysis|op-ed|speech|tweet)"
                    + "(?:\\s+(?:released|published|conducted|taken|out|issued)(?:\\s+[\\p{L}\\p{N}]+){0,3})?)\\s*,\\s*");
    /** Where the writer's own words give way to a reported clause just before a late "according to". */
    private static final Pattern REPORT_BOUNDARY = Pattern.compile(
            ",\\s+(?:and|but|while|whereas)\\s+|;\\s*|\\(|\\s[—–]\\s|\\s--\\s");
    private static final Set<String> FINITE_VERBS = Names.set(
            "is", "was", "would", "will", "could", "should", "has", "had", "must", "might", "may", "means", "meant",
            "can", "isn't", "wasn't", "won't", "wouldn't");
    /** Prepositions that open an adjunct between a cue and its "that": "said in a statement that …". */
    private static final Set<String> ADJUNCT_STARTS = Names.set(
            "in", "on", "at", "during", "via", "through", "after", "before", "to", "from", "over");
    /** A time or a medium between a cue and its clause. */
    private static final Pattern TIME_OR_MEDIUM = Pattern.compile(
            "(?i)\\s*(?:(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?"
                    + "|(?:last|this|earlier this|later that|next)\\s+(?:week|month|year|night|morning|afternoon|evening|weekend)"
                    + "|in\\s+(?:an?|the|his|her|their|its)\\s+(?:\\p{L}+\\s+)?(?:interview|statement|speech|letter|email|post|"
                    + "tweet|op-ed|memo|conference|call|appearance|video|message|filing|report))\\b,?(?=\\s)");
    private static final Set<String> BE = Names.set("is", "are", "was", "were");
    /** Relative pronouns that stand for a speaker named just before them: "Driscoll, who said …". */
    private static final Set<String> RELATIVES = Names.set("who", "which", "that");
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
    /**
     * Where a reported clause gives way to the writer's own next clause: "… Clinton is honest, and
     * three-quarters said the same of Sanders", "…, compared with 64 percent". "…, and that …" goes on
     * reporting.
     */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            ",\\s+(?:(?:and|but)(?!\\s+that\\b)|while|although|though|whereas|compared|after|according|which|\\p{Ll}+ing)\\b|;|\\s[—–]\\s|\\s--\\s");
    /** Where an object noun phrase gives way to an adjunct of time, place or circumstance. */
    private static final Pattern OBJECT_END = Pattern.compile(
            ",|\\s[—–]|\\s--|\\s(?:during|at|last|after|before|while|when|because|since|despite|who|which|as|"
                    + "and (?:has|had|is|was|will|would|said|says|then|later)|in (?:a|an|the|his|her|their|early|late|mid) "
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
            int end = clauseEnd(text, s[0], s[1]);
            // the cue index holds lowercase cues: a sentence may open with "According to" or "In a poll,"
            boolean opening = text.regionMatches(true, s[0], "in ", 0, 3)
                    || text.regionMatches(s[0], "According to", 0, 12);
            Cues.Match first = opening ? null : index.find(text, s[0], end);
            if (!opening && first == null) {
                continue; // no cue, no report: most sentences cost one look-up
            }
            if (!opening && onlyNouns(text, first, end)) {
                cueClauses(p, text, s[0], end, quoted, out); // "the report", "concerns": no verb for the other patterns
                continue;
            }
            boolean quotes = overlapsQuote(s[0], s[1], quoted);
            Candidate c = accordingTo(p, text, s[0], end);
            if (c == null) {
                c = inASource(p, text, s[0], end);
            }
            if (c == null && !quotes) {
                c = finalAttribution(p, text, s[0], end);
            }
            if (c == null) {
                c = laterAccordingTo(p, text, s[0], end);
            }
            if (c != null && !overlapsQuote(c, quoted)) {
                out.add(c);
                continue;
            }
            cueClauses(p, text, s[0], end, quoted, out);
        }
        return out;
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

    /** "According to X, CLAUSE." */
    private Candidate accordingTo(int p, String text, int start, int end) {
        if (!text.regionMatches(true, start, "according to", 0, 12)) {
            return null;
        }
        Matcher m = ACCORDING_TO.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        int[] np = MentionParser.phraseAfter(text, m.end(), end);
        int comma = np == null ? -1 : text.indexOf(',', np[1]);
        if (comma < 0 || comma >= end || !text.substring(np[1], comma).isBlank()) {
            // a long or lowercase source: "According to early results of exit polls conducted by …, CLAUSE"
            comma = text.indexOf(',', m.end());
            if (comma < 0 || comma >= end || MentionParser.countWords(text, new int[]{m.end(), comma}) > 25) {
                return null;
            }
            np = MentionParser.trimmed(text, m.end(), comma);
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
        return clause(p, text, clause, end, new Attribution(np[0], np[1], "according to", np[1]), MIN_CLAUSE_WORDS);
    }

    /**
     * "In the new Post-ABC poll, CLAUSE", "In a statement, CLAUSE": a survey or a document named
     * first, whose finding or content follows the comma.
     */
    private Candidate inASource(int p, String text, int start, int end) {
        if (start + 3 > end || !text.regionMatches(true, start, "in", 0, 2) || !Names.isRegexSpace(text.charAt(start + 2))) {
            return null; // the pattern opens with "in" and white space: most sentences need no match tried
        }
        Matcher m = IN_A_SOURCE.matcher(text).region(start, end);
        if (!m.lookingAt()) {
            return null;
        }
        int[] np = MentionParser.trimmed(text, m.start(1), m.end(1));
        return clause(p, text, m.end(), end, new Attribution(np[0], np[1], "in", np[1]), MIN_CLAUSE_WORDS);
    }

    /**
     * "CLAUSE, according to X." and "Lead, according to X, CLAUSE.": the source may be long ("an
     * analysis of … by Crowdpac, a political website"), so only the words before it are weighed,
     * and those after the source's own comma when the sentence goes on.
     */
    private Candidate laterAccordingTo(int p, String text, int start, int end) {
        int literal = text.indexOf("according to", start);
        if (literal < 0 || literal >= end) {
            return null;
        }
        Matcher m = LATER_ACCORDING_TO.matcher(text).region(start, end);
        if (!m.find()) {
            return null;
        }
        int[] np = MentionParser.phraseAfter(text, m.end(), end);
        if (np == null) {
            // "…, according to exit polls.": a lowercase source, up to the next comma or the end
            int stop = text.indexOf(',', m.end());
            np = MentionParser.trimmed(text, m.end(), stop < 0 || stop > end ? end : stop);
            if (np == null || MentionParser.countWords(text, np) > 12) {
                return null;
            }
        }
        Attribution a = new Attribution(np[0], np[1], "according to", np[1]);
        // the report is the last clause before the source: "…, and won 77 percent, according to exit polls"
        Matcher boundary = REPORT_BOUNDARY.matcher(text).region(start, m.start());
        while (boundary.find()) {
            start = boundary.end();
        }
        int before = MentionParser.countWords(text, new int[]{start, m.start()});
        int comma = text.indexOf(',', np[1]);
        // the sentence goes on after the source: "Now, according to the poll, some are swinging"
        if (comma > 0 && comma < end && before <= 4 && MentionParser.countWords(text, new int[]{np[1], comma}) <= 2) {
            Candidate c = clause(p, text, comma + 1, end, a, MIN_CLAUSE_WORDS);
            if (c != null) {
                return c;
            }
        }
        return before >= MIN_CLAUSE_WORDS ? clause(p, text, start, m.start(), a, MIN_CLAUSE_WORDS) : null;
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
        if (t.comma() <= start) {
            return null;
        }
        boolean inverted = a.mentionStart() > t.comma() && lastNonSpace(text, t.comma() + 1, a.mentionStart()) > t.comma();
        if (inverted && !INVERTING_CUES.contains(a.cue())) {
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
                && MentionParser.countWords(text, new int[]{start, t.comma()}) <= SHORT_LEAD_WORDS) {
            // "In particular, he said, the foundation had …": the report goes on after the attribution
            Candidate c = clause(p, text, start, t.comma(), a, 1);
            int[] rest = MentionParser.trimmed(text, after + 1, end);
            if (c == null || rest == null || MentionParser.countWords(text, rest) < MIN_CLAUSE_WORDS) {
                return null;
            }
            c.segments.add(new QuotedSegment(p, rest[0], rest[0], rest[1], rest[1]));
            return c;
        }
        return clause(p, text, start, t.comma(), a, MIN_CLAUSE_WORDS);
    }

    /**
     * Every "X said (that) CLAUSE", "X told journalists (that) CLAUSE", "X wants to …" and "X asked
     * whether …" of a sentence, left to right; a cue inside a clause already taken belongs to it.
     */
    private void cueClauses(int p, String text, int start, int end, List<QuotedSegment> quoted, List<Candidate> out) {
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
        int clauseAt = indirect ? clauseStart(text, m.end(), end, cue, true) : -1;
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
                    ? clauseStart(text, m.end(), end, cue, false) : clauseAt;
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
            Matcher next = NEXT_CLAUSE.matcher(text).region(clauseStart, end);
            if (next.find()) {
                clauseEnd = next.start();
            }
        }
        if (objectVerb) {
            Matcher stop = OBJECT_END.matcher(text).region(clauseStart, clauseEnd);
            if (stop.find()) {
                clauseEnd = stop.start();
            }
            MentionParser.Word object = firstWord(text, clauseStart, clauseEnd);
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
     * "Trump's suggestion that the vote was rigged", "amid concerns that the plan will fail": a noun of
     * saying or believing and the "that" clause right after it. The speaker is the possessor
     * ("Trump's", "his"); without one the claim is reported without a speaker.
     */
    private Candidate nounClause(int p, String text, int start, int end, Cues.Match m) {
        MentionParser.Word that = firstWord(text, m.end(), end);
        if (that == null || !that.text().equals("that") || !text.substring(m.end(), that.start()).isBlank()) {
            return null;
        }
        if (MentionParser.countWords(text, new int[]{start, m.start()}) < SUBJECT_NOUN_WORDS) {
            return null; // "Trump's suggestion that the vote was rigged alarmed …": where the clause ends needs a parse
        }
        int clauseEnd = end;
        Matcher next = NEXT_CLAUSE.matcher(text).region(that.end(), end);
        if (next.find()) {
            clauseEnd = next.start();
        }
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
        MentionParser.Word w = MentionParser.wordBefore(text, start, nounStart);
        for (int k = 0; k < 3 && w != null; k++) {
            String lower = w.lower();
            if (POSSESSIVES.contains(lower)) {
                return new int[]{w.start(), w.end()};
            }
            if (w.text().endsWith("'s") || w.text().endsWith("’s")) {
                int nameEnd = w.end() - 2;
                int nameStart = w.start();
                for (MentionParser.Word v = MentionParser.wordBefore(text, start, nameStart);
                     v != null && Character.isUpperCase(v.text().charAt(0)); v = MentionParser.wordBefore(text, start, v.start())) {
                    nameStart = v.start();
                }
                return Character.isUpperCase(text.charAt(nameStart)) ? new int[]{nameStart, nameEnd} : null;
            }
            if (MentionParser.DETERMINERS.contains(lower)) {
                return null; // "the suggestion", "a belief": no one's in particular
            }
            w = MentionParser.wordBefore(text, start, w.start());
        }
        return null;
    }

    /**
     * "Sanders appears to have a slight lead", "Obama is expected to join Clinton": a claim hedged
     * as an impression or an expectation, whose source goes unnamed. The text is the whole
     * clause, its subject included; there is no speaker.
     */
    private Candidate seeming(int p, String text, int start, int end, Cues.Match m) {
        MentionParser.Word next = firstWord(text, m.end(), end);
        if (next == null || !Character.isLowerCase(next.text().charAt(0))) {
            return null;
        }
        String w = next.lower();
        boolean hedge = w.equals("to") || !m.cue().equals("expected") && (w.equals("like")
                || !NOT_CLAUSE_START.contains(w) && !MentionParser.DETERMINERS.contains(w));
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
        MentionParser.Word first = firstWord(text, from, m.start());
        if (first == null) {
            return null;
        }
        if (SIDE_CLAUSE_OPENERS.contains(first.lower())) {
            return null; // "If the plan seems unlikely, …": a condition or a circumstance, not a claim
        }
        if (CLAUSE_OPENERS.contains(first.lower())) {
            from = first.end();
        }
        for (MentionParser.Word v = firstWord(text, from, m.start()); v != null; v = firstWord(text, v.end(), m.start())) {
            if (SIDE_CLAUSE_WORDS.contains(v.lower())) {
                return null; // the hedge belongs to a side or relative clause, not to the sentence's claim
            }
        }
        int clauseEnd = end;
        Matcher stop = NEXT_CLAUSE.matcher(text).region(m.end(), end);
        if (stop.find()) {
            clauseEnd = stop.start();
        }
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
        int[] rest = MentionParser.trimmed(text, after + 1, end);
        if (c == null || rest == null || MentionParser.countWords(text, rest) < MIN_CLAUSE_WORDS) {
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
     * Whether the words before an attribution's comma are a name, or a name and its apposition
     * ("Sam Lau", "Gov. John Kasich of Ohio, a Republican who …"): the subject of the cue, not what it reports.
     */
    private static boolean isSubjectNounPhrase(String text, int start, int comma) {
        int nameEnd = comma;
        int inner = text.lastIndexOf(',', comma - 1);
        if (inner > start) {
            MentionParser.Word next = firstWord(text, inner + 1, comma);
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
    private static boolean inNonRestrictiveRelative(String text, int start, int cueStart) {
        MentionParser.Word w = relativeBefore(text, start, cueStart);
        return w != null && !w.lower().equals("that") && text.lastIndexOf(',', w.start()) >= start;
    }

    /** The relative pronoun whose clause a cue is the verb of ("who has long backed", "which wants"), or null. */
    private static MentionParser.Word relativeBefore(String text, int start, int cueStart) {
        MentionParser.Word w = MentionParser.wordBefore(text, start, cueStart);
        while (w != null && (MentionParser.AUXILIARIES.contains(w.lower()) || w.lower().endsWith("ly")
                || ADVERBS.contains(w.lower()))) {
            w = MentionParser.wordBefore(text, start, w.start());
        }
        return w != null && RELATIVES.contains(w.lower()) ? w : null;
    }

    /** Whether an attribution's cue stands after its speaker: "…, Blackwell maintains." */
    private static boolean cueLast(Attribution a) {
        return a.end() > a.mentionEnd() && !a.cue().equals("according to");
    }

    /**
     * Whether a cue that is also a plural noun is used as one: after a possessive or a lowercase
     * word that is neither a pronoun nor an adverb ("four other states", "the internal questions").
     */
    private static boolean nounUse(String text, int start, int cueStart, String cue) {
        if (!PLURAL_NOUN_CUES.contains(cue)) {
            return false;
        }
        MentionParser.Word w = MentionParser.wordBefore(text, start, cueStart);
        if (w == null) {
            return false;
        }
        if (w.text().endsWith("'s") || w.text().endsWith("’s")) {
            return true;
        }
        String lower = w.lower();
        return Character.isLowerCase(w.text().charAt(0)) && !CLAUSE_PRONOUNS.contains(lower) && !RELATIVES.contains(lower)
                && !MentionParser.AUXILIARIES.contains(lower) && !lower.endsWith("ly") && !ADVERBS.contains(lower);
    }

    /** Whether a whole word opens the text at {@code at}. */
    private static boolean startsWithWord(String text, int at, String word) {
        int after = at + word.length();
        return text.startsWith(word, at) && (after == text.length() || !Character.isLetter(text.charAt(after)));
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

    /** "is expected", "were widely expected": an expectation whose holder goes unnamed. */
    private static boolean afterBe(String text, int start, int cueStart) {
        MentionParser.Word w = MentionParser.wordBefore(text, start, cueStart);
        if (w != null && w.lower().equals("widely")) {
            w = MentionParser.wordBefore(text, start, w.start());
        }
        return w != null && BE.contains(w.lower());
    }

    /** Whether a comma or the sentence's end follows a cue: "…, legal experts say." */
    private static boolean commaOrEndAfter(String text, int cueEnd, int end) {
        int k = Sentences.skipSpace(text, cueEnd);
        return k >= end || text.charAt(k) == ',';
    }

    /**
     * The speaker before a cue: the subject the mention parser finds; for a participle after a
     * comma ("X attacked Y, saying …") the subject of the main clause; for a relative pronoun the
     * words it stands for; a quantity of people ("47% say"); or a name followed by appositions
     * ("Shelby, the Alabama Republican who heads …, said").
     */
    private static int[] subject(String text, int start, int cueStart, String cue) {
        int before = lastNonSpace(text, start, cueStart);
        boolean afterComma = before >= start && text.charAt(before) == ',';
        if (afterComma && cue.endsWith("ing")) {
            return MentionParser.mainClauseSubject(text, start, before);
        }
        MentionParser.Word w = MentionParser.wordBefore(text, start, cueStart);
        while (w != null && MentionParser.AUXILIARIES.contains(w.lower())) {
            w = MentionParser.wordBefore(text, start, w.start());
        }
        if (w != null && RELATIVES.contains(w.lower())) {
            int[] antecedent = MentionParser.subjectBefore(text, start, w.start());
            if (antecedent == null) {
                antecedent = groupSubject(text, start, lastNonSpace(text, start, w.start()) + 1);
            }
            return antecedent != null ? antecedent : new int[]{w.start(), w.end()};
        }
        int[] s = MentionParser.subjectBefore(text, start, cueStart);
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
            int[] lead = MentionParser.leadingSubject(text, start, before);
            if (lead != null) {
                int after = Sentences.skipSpace(text, lead[1]);
                if (after < before && text.charAt(after) == ',') {
                    return lead;
                }
            }
        }
        return null;
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
        return MentionParser.trimmed(text, m.start(1) + shift, m.end(1) + shift);
    }

    /** False when {@link #NEXT_CLAUSE} surely cannot match: no comma, semicolon or dash in the stretch. */
    private static boolean mayHaveNextClause(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '—' || c == '–' || c == '-' && i + 1 < end && text.charAt(i + 1) == '-') {
                return true;
            }
        }
        return false;
    }

    /** "47% say", "Nearly half of Republicans said": the words back to a clause boundary, if they count people. */
    private static int[] quantitySubject(String text, int start, int end) {
        int from = Math.max(start, end - 90);
        return mayCountPeople(text, from, end) ? tailMatch(QUANTITY_SUBJECT, text, start, end, 90) : null;
    }

    private static final String[] QUANTITY_WORDS = {"half", "third", "quarter", "fifth", "majority", "plurality",
            "minority", "most", "many", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

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

    /** Whether the words before a subject open the sentence with a subordinator and no comma yet. */
    private static boolean opensWithSideClause(String text, int start, int subjectStart) {
        MentionParser.Word first = firstWord(text, start, subjectStart);
        return first != null && SIDE_CLAUSE_OPENERS.contains(first.lower()) && text.indexOf(',', start) > subjectStart
                || first != null && SIDE_CLAUSE_OPENERS.contains(first.lower()) && text.indexOf(',', start) < 0;
    }

    /** "When asked why …", "Asked about …", "Trump was asked whether …": the one asking is not named, and need not be. */
    private static boolean noSubjectNeeded(String text, int start, int cueStart) {
        String lead = text.substring(start, cueStart).strip().toLowerCase(Locale.ROOT);
        return lead.isEmpty() || lead.equals("when") || lead.equals("if") || lead.equals("after")
                || lead.endsWith(", when") || lead.endsWith(", after") || lead.endsWith(" was") || lead.endsWith(" were")
                || lead.endsWith(" been") || lead.endsWith(" is") || lead.endsWith(" are");
    }

    /** After "asked": an optional listener of up to four words, then "whether", "if", "why", "about" …. */
    private static int questionStart(String text, int cueEnd, int end) {
        int pos = cueEnd;
        for (int k = 0; k <= 4; k++) {
            MentionParser.Word w = firstWord(text, pos, end);
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
    private static int asComplementStart(String text, int cueEnd, int end) {
        int pos = cueEnd;
        MentionParser.Word first = firstWord(text, pos, end);
        if (first == null || !text.substring(pos, first.start()).isBlank() || NOT_CLAUSE_START.contains(first.lower())) {
            return -1;
        }
        for (int k = 0; k <= 6; k++) {
            MentionParser.Word w = firstWord(text, pos, end);
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
    private static int infinitiveStart(String text, int cueEnd, int end, String cue) {
        int pos = cueEnd;
        int objectWords = INTENT_WITH_OBJECT.contains(cue) ? 4 : 0;
        for (int k = 0; k <= objectWords; k++) {
            MentionParser.Word w = firstWord(text, pos, end);
            if (w == null || !text.substring(pos, w.start()).isBlank()) {
                return -1;
            }
            if (w.lower().equals("to")) {
                MentionParser.Word verb = firstWord(text, w.end(), end);
                if (verb == null || !Character.isLowerCase(verb.text().charAt(0))
                        || MentionParser.DETERMINERS.contains(verb.lower()) || NOT_INFINITIVE.contains(verb.lower())) {
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

    /** Where the reported clause starts after a cue, or -1 when none does. */
    private int clauseStart(String text, int cueEnd, int end, String cue, boolean evidence) {
        int kinds = cues.kinds(cue);
        boolean listener = (kinds & Cues.LISTENER) != 0;
        int that = thatAfter(text, cueEnd, Math.min(end, cueEnd + THAT_REACH_CHARS));
        if (that >= 0) {
            MentionParser.Word next = firstWord(text, cueEnd, end);
            // "said in one of a series of Twitter messages that …", "told the audience at his fundraiser that …"
            int reach = listener || next != null && ADJUNCT_STARTS.contains(next.lower()) ? 12 : 6;
            if (MentionParser.countWords(text, new int[]{cueEnd, that}) <= reach
                    && text.substring(cueEnd, that).chars().noneMatch(c -> ".;:!?(".indexOf(c) >= 0)) {
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
            MentionParser.Word first = firstWord(text, adjunct.end(), end);
            return first != null && opensClause(first) && !NOT_CLAUSE_START.contains(first.lower()) ? first.start() : -1;
        }
        MentionParser.Word first = firstWord(text, pos, end);
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

    /** Whether a subject's head noun is a poll, a study or records: a source of findings. */
    private static boolean isEvidence(String text, int[] subject) {
        if (subject == null) {
            return false;
        }
        // any noun of the subject: "New polls released Sunday", "A CNN/ORC poll last month"
        for (MentionParser.Word w = firstWord(text, subject[0], subject[1]); w != null; w = firstWord(text, w.end(), subject[1])) {
            if (EVIDENCE_NOUNS.contains(Names.lower(w.text()))) {
                return true;
            }
        }
        return false;
    }

    /** "said this was the only chance": "this" as a subject, not "said this week". */
    private static boolean demonstrativeSubject(String text, MentionParser.Word first, int end) {
        if (!first.lower().equals("this")) {
            return false;
        }
        MentionParser.Word next = firstWord(text, first.end(), end);
        return next != null && FINITE_VERBS.contains(next.lower());
    }

    /** The first whole word "that" in {@code [from, to)}, or -1: a literal search, no regex. */
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
    private static boolean opensClause(MentionParser.Word w) {
        char c = w.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || MentionParser.DETERMINERS.contains(w.lower())
                || CLAUSE_PRONOUNS.contains(w.lower());
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
            return gluedTokenEnd(text, run.end(), end);
        }
        if (w.lower().equals("the") || w.lower().equals("a") || w.lower().equals("an")) {
            MentionParser.Word noun = firstWord(text, w.end(), end);
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

    private Candidate clause(int p, String text, int start, int end, Attribution a, int minWords) {
        int[] span = MentionParser.trimmed(text, start, end);
        if (span == null || MentionParser.countWords(text, span) < minWords) {
            return null;
        }
        Candidate c = new Candidate(p, span[0], span[1]);
        c.attribute(a, p, text);
        return c;
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

    private static int lastNonSpace(String text, int from, int before) {
        int k = before - 1;
        while (k >= from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k;
    }


    /** The sentence's end without its final punctuation. */
    private static int clauseEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e;
    }

    private static boolean overlapsQuote(Candidate c, List<QuotedSegment> quoted) {
        for (QuotedSegment s : c.segments) {
            if (overlapsQuote(s.start(), s.end(), quoted)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsQuote(int start, int end, List<QuotedSegment> quoted) {
        for (QuotedSegment q : quoted) {
            if (q.open() < end && q.close() > start) {
                return true;
            }
        }
        return false;
    }
}
