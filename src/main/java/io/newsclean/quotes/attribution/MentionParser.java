package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.WordCursor;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that name a speaker around a cue: the subject before it ("the analyst was
 * quoted as saying"), the name after an inverted cue ("said Mark Dubowitz, executive director
 * …"), and a sentence's leading subject. Works on offsets in a paragraph; holds no state.
 */
public final class MentionParser {
    /** Words between a subject and its cue that belong to neither. */
    public static final Set<String> AUXILIARIES = QuoteWords.ATTRIBUTION.set("mention-parser.auxiliaries");
    private static final Set<String> PASSIVE = QuoteWords.ATTRIBUTION.set("mention-parser.passive");
    private static final Set<String> INNER_VERBS = QuoteWords.ATTRIBUTION.set("mention-parser.inner-verbs");
    private static final Set<String> CLAUSE_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.clause-words");
    public static final Set<String> DETERMINERS = QuoteWords.ATTRIBUTION.set("mention-parser.determiners");
    /** Plural or bare nouns that name a group of speakers without a determiner. */
    private static final Set<String> BARE_SOURCES = QuoteWords.ATTRIBUTION.set("mention-parser.bare-sources");
    private static final Set<String> PREPOSITIONS = QuoteWords.ATTRIBUTION.set("mention-parser.prepositions");
    /** Words that end a name or description after an inverted cue ("said Smith on Monday"). */
    private static final Set<String> NP_STOPS = QuoteWords.ATTRIBUTION.set("mention-parser.np-stops");

    private MentionParser() {
    }

    /** One word of a paragraph, with its folded key worked out on first use: the parsers ask for it again and again. */
    public static final class Word {
        private final int start;
        private final int end;
        private final String text;
        private String lower;

        public Word(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
        }

        public int start() {
            return start;
        }

        public int end() {
            return end;
        }

        public String text() {
            return text;
        }

        /** The word in lower case, without a possessive or trailing periods. */
        public String lower() {
            if (lower == null) {
                lower = Names.lower(Names.bare(text));
            }
            return lower;
        }
    }

    /** The word that ends at or before {@code end} (skipping spaces), or null if punctuation comes first. */
    public static Word wordBefore(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > from && !Character.isWhitespace(text.charAt(s - 1)) && isWordChar(text.charAt(s - 1))) {
            s--;
        }
        if (s == e) {
            return null;
        }
        WordCursor m = new WordCursor(text, s, e);
        if (!m.next()) {
            return null;
        }
        // keep the last word in the chunk
        int ws = m.start();
        int we = m.end();
        while (m.next()) {
            ws = m.start();
            we = m.end();
        }
        if (we != e) {
            return null;
        }
        return new Word(ws, we, text.substring(ws, we));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-' || c == '&';
    }

    /**
     * The subject of a cue that starts at {@code cueStart}: the words after the last clause
     * boundary, or the name before an apposition ("Chris Covert, South Carolina director for
     * Sanders, said"). Returns {start, end} or null; null also for a passive ("was announced by").
     */
    public static int[] subjectBefore(String text, int sentenceStart, int cueStart) {
        int end = withoutParenthetical(text, sentenceStart, cueStart);
        Word w;
        while ((w = wordBefore(text, sentenceStart, end)) != null && AUXILIARIES.contains(w.lower())) {
            end = w.start();
        }
        if (w != null && PASSIVE.contains(w.lower())) {
            return null;
        }
        if (w != null && (w.lower().equals("and") || w.lower().equals("but") || w.lower().equals("or"))) {
            // "Carson took the stage … and called …": the verbs share the sentence's subject
            return leadingSubject(text, sentenceStart, w.start());
        }
        int e = end;
        while (e > sentenceStart && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > sentenceStart && text.charAt(e - 1) == ',') {
            return apposition(text, sentenceStart, e - 1);
        }
        int[] group = quantityPhrase(text, skipBlank(text, sentenceStart), e);
        if (group != null && group[1] == e) {
            return group; // "Eleven progressive and Muslim organizations asked": the count opens the subject
        }
        int[] tail = tailPhrase(text, sentenceStart, e);
        int[] resident = tail == null ? null : residentBeforePlace(text, sentenceStart, tail);
        return resident != null ? resident : tail;
    }

    /**
     * "Stacy Baker of Columbia, South Carolina says": a state or country after a comma closes "NAME of TOWN";
     * the speaker is the name. A person's full name after the comma ("…, John Doe said") is left alone.
     */
    private static int[] residentBeforePlace(String text, int sentenceStart, int[] tail) {
        int k = tail[0];
        while (k > sentenceStart && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        if (k <= sentenceStart || text.charAt(k - 1) != ',' || !Character.isUpperCase(text.charAt(tail[0]))
                || countWords(text, tail) > 2 || Names.isFullPersonName(text.substring(tail[0], tail[1]))) {
            return null;
        }
        int[] head = tailPhrase(text, sentenceStart, k - 1);
        if (head == null) {
            return null;
        }
        int of = text.indexOf(" of ", head[0]);
        if (of < 0 || of >= head[1]) {
            return null;
        }
        int[] name = {head[0], of};
        return isFullName(text, name) && Character.isUpperCase(text.charAt(of + 4)) ? name : null;
    }

    /**
     * The speaker between a closing quotation mark and its cue ({@code ," the Florida senator and
     * candidate said}): all of those words, less auxiliaries; of "NAME, APPOSITION," the name.
     */
    static int[] mentionBetween(String text, int from, int cueStart, boolean phraseCue) {
        int end = withoutParenthetical(text, from, cueStart);
        Word w;
        while ((w = wordBefore(text, from, end)) != null && AUXILIARIES.contains(w.lower())) {
            end = w.start();
        }
        if (w != null && PASSIVE.contains(w.lower()) && !phraseCue) {
            return null;
        }
        int[] span = trimmed(text, from, end);
        if (span == null || span[0] != skipSpace(text, from)) {
            return null;
        }
        int comma = text.indexOf(',', span[0]);
        if (comma > 0 && comma < span[1]) {
            int[] head = trimmed(text, span[0], comma);
            int next = text.indexOf(',', comma + 1);
            int[] second = trimmed(text, comma + 1, next > 0 && next < span[1] ? next : span[1]);
            boolean headIsName = head != null && endsWithName(text, head);
            if (!headIsName && second != null && endsWithName(text, second) && startsWithName(text, second)) {
                return second;
            }
            span = head;
        }
        return span != null && isSpeakerLike(text, span) ? span : null;
    }

    /** Where a text ends once a parenthesis just before {@code end} is left out ("Phil Bryant (R) said"). */
    static int withoutParenthetical(String text, int from, int end) {
        int e = end;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > from && text.charAt(e - 1) == ')') {
            int open = text.lastIndexOf('(', e - 1);
            if (open > from && e - open < 40) {
                return open;
            }
        }
        return end;
    }

    /** Skips a short parenthesis that follows a name ("McCaskill (D-Mo.), who …"). */
    private static int afterParenthetical(String text, int i) {
        int k = skipBlank(text, i);
        if (k < text.length() && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close > 0 && close - k < 40) {
                return close + 1;
            }
        }
        return i;
    }

    private static int skipBlank(String text, int i) {
        while (i < text.length() - 1 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || ",—–-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static boolean endsWithName(String text, int[] span) {
        Word w = wordBefore(text, span[0], span[1]);
        return w != null && Character.isUpperCase(w.text().charAt(0)) && !Names.isTitle(w.text()) && !Names.isOrgWord(w.text());
    }

    /** A span that is nothing but a person's name of two or more words. */
    static boolean isFullName(String text, int[] span) {
        List<Names.Run> runs = Names.runs(text.substring(span[0], span[1]));
        return runs.size() == 1 && runs.get(0).start() == 0 && runs.get(0).end() == span[1] - span[0]
                && Names.nameTokens(runs.get(0).text()).size() >= 2;
    }

    /** "the campaign manager, Robby Mook, who …": the name set off after a description, or null. */
    static int[] nameAfterDescription(String text, int[] description, int limit) {
        if (endsWithName(text, description)) {
            return null;
        }
        int k = skipBlank(text, description[1]);
        if (k >= limit || text.charAt(k) != ',') {
            return null;
        }
        int end = text.indexOf(',', k + 1);
        int[] name = trimmed(text, k + 1, end < 0 || end > limit ? limit : end);
        return name != null && isFullName(text, name) ? name : null;
    }

    private static boolean startsWithName(String text, int[] span) {
        return Character.isUpperCase(text.charAt(span[0]));
    }

    /** "NAME, APPOSITION," before a cue: the name when it looks like one, else the apposition. */
    private static int[] apposition(String text, int sentenceStart, int comma) {
        int[] lead = leadingSubject(text, sentenceStart, comma);
        if (lead != null && lead[1] < comma && text.charAt(skipBlank(text, afterParenthetical(text, lead[1]))) == ','
                && Character.isUpperCase(text.charAt(lead[0]))) {
            return lead; // "Michael Seaman, who lives outside Sacramento, said"
        }
        int prev = lastIndexOfAny(text, ",(—;:", sentenceStart, comma);
        int[] appositive = trimmed(text, prev < 0 ? sentenceStart : prev + 1, comma);
        if (prev >= 0 && text.charAt(prev) == ',') {
            // "Sen. Richard Durbin (D-Ill.), noting …, said": the party tag is no part of the head
            int[] head = tailPhrase(text, sentenceStart, withoutParenthetical(text, sentenceStart, prev));
            if (head != null && isSpeakerLike(text, head)) {
                // "Trump's attorney, Alan Garten, said": the name in apposition beats the description
                return appositive != null && !endsWithName(text, head) && isFullName(text, appositive) ? appositive : head;
            }
        }
        if (appositive != null && isSpeakerLike(text, appositive) && countWords(text, appositive) <= 8) {
            int[] tail = tailPhrase(text, appositive[0], appositive[1]);
            return tail != null && tail[0] == appositive[0] ? tail : null;
        }
        return null;
    }

    /** The words after the last clause boundary before {@code end}, if they form a short noun phrase. */
    static int[] tailPhrase(String text, int from, int end) {
        int start = end;
        int words = 0;
        int pos = end;
        while (true) {
            int e = pos;
            while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= from || ",;:(—–\"“”«»".indexOf(text.charAt(e - 1)) >= 0) {
                break;
            }
            Word w = wordBefore(text, from, e);
            if (w == null || CLAUSE_WORDS.contains(w.lower())) {
                break;
            }
            start = w.start();
            pos = w.start();
            if (++words > 10) {
                return null;
            }
        }
        int[] span = trimmed(text, start, end);
        if (span == null) {
            return null;
        }
        span = dropLeadingAdverbs(text, span);
        if (span == null || !isSpeakerLike(text, span)) {
            return null;
        }
        return span;
    }

    private static int[] dropLeadingAdverbs(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        int start = span[0];
        String previous = null;
        while (m.next()) {
            String lw = Names.lower(Names.bare(m.word()));
            if (INTRO_WORDS.contains(lw)) {
                start = m.end();
            } else if (previous != null && previous.endsWith("ly") && (Names.PRONOUNS.contains(lw) || DETERMINERS.contains(lw))) {
                start = m.start(); // "Recently she", "Typically the senator": an adverb, then the subject
                break;
            } else if (previous != null) {
                break;
            }
            previous = start == m.end() ? null : lw;
        }
        return trimmed(text, start, span[1]);
    }

    private static final Set<String> INTRO_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.intro-words");

    /** A pronoun, a name, a determiner phrase or a bare group noun: words that can say something. */
    public static boolean isSpeakerLike(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        int count = 0;
        boolean capital = false;
        String first = null;
        while (m.next()) {
            String raw = m.word();
            String lw = Names.lower(Names.bare(raw));
            if (count == 0) {
                if (raw.length() > 2 && (raw.endsWith("’s") || raw.endsWith("'s")) && Names.isFunctionWord(raw)) {
                    return false; // "It’s", "That's": a contraction, not a possessive name
                }
                first = lw;
            } else if (INNER_VERBS.contains(lw)) {
                return false;
            }
            if (Character.isUpperCase(raw.charAt(0)) && !Names.isFunctionWord(raw)) {
                capital = true;
            }
            count++;
        }
        if (count == 0 || count > 9) {
            return false;
        }
        if (isVerbLed(text, span) || endsWithTimeNoun(text, span)) {
            return false;
        }
        if (count == 1 && Names.PRONOUNS.contains(first) && !first.equals("you")) {
            return true;
        }
        if (count == 1 && QUANTIFIER_PRONOUNS.contains(first)) {
            return true; // "Some chanted “USA!”", "“…,” tweeted another."
        }
        if (count > 1 && countWords(text, new int[]{span[0], Math.max(span[0], quantityWordsEnd(text, span[0], span[1]))}) > 1) {
            return true; // "About four in 10 voters say", "At least half of voters": a share of those asked
        }
        if (Names.PRONOUNS.contains(first) && count > 1 || PREPOSITIONS.contains(first)
                || count == 1 && DETERMINERS.contains(first)) {
            return false;
        }
        if (count <= 3 && isShareOfPeople(text, span)) {
            return true; // "to which 21 percent said “not too likely”"
        }
        return capital || DETERMINERS.contains(first) || BARE_SOURCES.contains(first);
    }

    /** Whether a mention of two or more words opens with a count or a quantifier: "Several senior Democrats", "Six in 10 voters". */
    public static boolean opensWithGroupCount(String mention) {
        int space = mention.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String first = Names.lower(Names.bare(mention.substring(0, space)));
        Word second = firstWord(mention, space, mention.length());
        if (second == null || Character.isUpperCase(second.text().charAt(0))) {
            return false; // "Majority Leader Mitch McConnell": a title, not a count
        }
        return QUANTIFIER_PRONOUNS.contains(first) || quantityWordsEnd(mention, 0, mention.length()) > 0;
    }

    /** Quantifiers that stand alone for people already in view: "Some chanted", "Many said", "said another". */
    private static final Set<String> QUANTIFIER_PRONOUNS = QuoteWords.ATTRIBUTION.set("mention-parser.quantifier-pronouns");

    /** "21 percent": a share of those asked, which answers as one speaker in poll reports. */
    private static boolean isShareOfPeople(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        if (!m.next() || !Character.isDigit(m.word().charAt(0))) {
            return false;
        }
        String number = m.word();
        return number.chars().allMatch(c -> Character.isDigit(c) || c == '.') && m.next() && m.word().equals("percent") && !m.next();
    }

    /**
     * Whether a span opens with a lowercase verb and its object or complement ("pointing to bottles of …",
     * "decried Trump’s repeated", "appeared on several …"): a mention is a noun phrase, and a participle
     * that leads one is an adjective followed by its noun ("retired general", "elected officials").
     */
    private static boolean isVerbLed(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        if (!m.next()) {
            return false;
        }
        String first = m.word();
        if (first.length() < 5 || !Character.isLowerCase(first.charAt(0)) || !(first.endsWith("ed") || first.endsWith("ing"))
                || NOT_VERBS.contains(first)) {
            return false;
        }
        if (!m.next()) {
            return false;
        }
        String second = m.word();
        String lw = Names.lower(Names.bare(second));
        return DETERMINERS.contains(lw) && !lw.equals("one") || PREPOSITIONS.contains(lw) || AUXILIARIES.contains(lw)
                || second.endsWith("’s") || second.endsWith("'s") || lw.endsWith("ly") && Character.isLowerCase(second.charAt(0));
    }

    /** Words in -ed or -ing that are nouns or adjectives, not verbs: "the evening of", "morning in". */
    private static final Set<String> NOT_VERBS = QuoteWords.ATTRIBUTION.set("mention-parser.not-verbs");

    /**
     * Whether a span is a stretch of time and nothing else ("The next day", "A month", "Each election cycle"):
     * no one speaks. A subject that a time phrase only trails ("a WBUR poll last week") is left alone.
     */
    private static boolean endsWithTimeNoun(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        int count = 0;
        String last = null;
        while (m.next()) {
            String raw = m.word();
            String lw = Names.lower(Names.bare(raw));
            if (count == 0 ? !(DETERMINERS.contains(lw) || TIME_OPENERS.contains(lw)) : !Character.isLowerCase(raw.charAt(0))
                    || PREPOSITIONS.contains(lw)) {
                return false;
            }
            last = lw;
            if (++count > 4) {
                return false;
            }
        }
        return last != null && TIME_NOUNS.contains(last);
    }

    /** Words other than determiners that open a stretch of time: "Next week", "Last year", "Each cycle". */
    private static final Set<String> TIME_OPENERS = QuoteWords.ATTRIBUTION.set("mention-parser.time-openers");

    private static final Set<String> TIME_NOUNS = QuoteWords.ATTRIBUTION.set("mention-parser.time-nouns");

    /**
     * The speaker named after an inverted cue or after "according to": a capitalised name, a
     * pronoun or a determiner phrase, up to punctuation or a word that starts an adverbial.
     */
    public static int[] phraseAfter(String text, int from, int limit) {
        WordCursor m = new WordCursor(text, from, limit);
        int start = -1;
        int end = -1;
        int count = 0;
        while (m.next()) {
            String between = text.substring(end < 0 ? from : end, m.start());
            if (!between.isBlank() && between.trim().chars().anyMatch(c -> ",;:.!?()\"“”—".indexOf(c) >= 0)) {
                break;
            }
            String raw = m.word();
            String lw = Names.lower(Names.bare(raw));
            if (count > 0 && NP_STOPS.contains(lw) && !(count == 1 && WEEKDAYS.contains(lw) && isArticle(text, start, end))) {
                break; // "said Smith Monday", but "reads a Wednesday editorial": after an article the day is a modifier
            }
            if (start < 0) {
                start = m.start();
            }
            end = m.end();
            count++;
            if (raw.endsWith(".") && !Names.isInitial(raw) && !Names.isTitle(raw) && !Names.isDottedInitials(raw)) {
                end = m.end() - 1;
                break;
            }
            if (count == 1 && Names.PRONOUNS.contains(lw)) {
                break;
            }
            if (count >= 9) {
                return null;
            }
        }
        if (start < 0 || NP_STOPS.contains(Names.lower(Names.bare(Names.words(text.substring(start, end))[0])))) {
            return null;
        }
        int[] span = {start, end};
        return isSpeakerLike(text, span) ? span : null;
    }

    private static final Set<String> WEEKDAYS = QuoteWords.ATTRIBUTION.set("mention-parser.weekdays");

    private static boolean isArticle(String text, int start, int end) {
        return Names.isArticle(Names.lower(text.substring(start, end)));
    }

    private static final Set<String> SUBORDINATORS = QuoteWords.ATTRIBUTION.set("mention-parser.subordinators");

    /**
     * The subject of a sentence's main clause. When the sentence opens with a participle or a
     * subordinate phrase ("Citing last week's attack as …, Will urged …"), the subject is the
     * first noun phrase after a comma that a verb follows.
     */
    public static int[] mainClauseSubject(String text, int sentenceStart, int sentenceEnd) {
        sentenceStart = afterDateline(text, sentenceStart, sentenceEnd);
        Word first = firstWord(text, sentenceStart, sentenceEnd);
        if (first == null) {
            return null;
        }
        String fl = first.lower();
        boolean intro = Character.isUpperCase(first.text().charAt(0))
                && (SUBORDINATORS.contains(fl) || fl.endsWith("ing") || fl.endsWith("ed") && !Names.isTitle(first.text()));
        if (!intro) {
            return leadingSubject(text, sentenceStart, sentenceEnd);
        }
        for (int comma = text.indexOf(',', sentenceStart); comma > 0 && comma < sentenceEnd; comma = text.indexOf(',', comma + 1)) {
            int from = comma + 1;
            Word w = firstWord(text, from, sentenceEnd);
            while (w != null && (w.lower().equals("though") || w.lower().equals("however") || w.lower().equals("too"))) {
                from = w.end();
                w = firstWord(text, from, sentenceEnd);
                if (w != null && text.substring(from, w.start()).contains(",")) {
                    from = text.indexOf(',', from) + 1;
                }
            }
            if (w == null || !(Character.isUpperCase(w.text().charAt(0)) || DETERMINERS.contains(w.lower()))) {
                continue;
            }
            int[] np = leadingSubjectAt(text, from, sentenceEnd);
            if (np == null) {
                continue;
            }
            Word next = firstWord(text, np[1], sentenceEnd);
            if (next != null && Character.isLowerCase(next.text().charAt(0)) && !PREPOSITIONS.contains(next.lower())
                    && !CLAUSE_WORDS.contains(next.lower()) && text.substring(np[1], next.start()).isBlank()) {
                return np;
            }
        }
        return null;
    }

    /** A dateline before the first sentence: "WASHINGTON —", "NEW YORK (AP) -", "JACKSON, Miss. -", "BOSTON, Dec. 8 (UPI) —". */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:,[^—–()\\n]{1,30}?)?(?:\\s*\\([^()]{1,30}\\))?\\s*(?:—|–|--?)\\s*");

    /** Where the text proper starts after a dateline at {@code from}, or {@code from}. */
    static int afterDateline(String text, int from, int limit) {
        if (from + 3 > limit || !Character.isUpperCase(text.charAt(from))) {
            return from;
        }
        if (!Character.isUpperCase(text.charAt(from + 1))) {
            // "Washington (AFP) –": a place in title case is a dateline only with the agency's tag
            int paren = text.indexOf('(', from);
            if (paren < 0 || paren >= limit || paren - from > AGENCY_DATELINE_REACH) {
                return from;
            }
            Matcher m = AGENCY_DATELINE.matcher(text).region(from, limit);
            return m.lookingAt() ? m.end() : from;
        }
        Matcher m = DATELINE.matcher(text).region(from, limit);
        return m.lookingAt() ? m.end() : from;
    }

    /** How far into a paragraph the agency's tag of a title-case dateline may open. */
    private static final int AGENCY_DATELINE_REACH = 30;

    /** "Mexico City (AFP) –", "Cleveland (Reuters) -": a place in title case, the agency in parentheses, a dash. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’]*(?:\\s+\\p{Lu}[\\p{L}.'’]*){0,2},?\\s*\\([\\p{Lu}][\\p{L}]{1,15}\\)\\s*(?:—|–|--?)\\s*");

    /** The noun phrase a sentence opens with (after an introductory phrase), before its first verb. */
    public static int[] leadingSubject(String text, int sentenceStart, int limit) {
        int[] subject = leadingDescriptionOrName(text, sentenceStart, limit);
        if (subject == null) {
            return null;
        }
        // "Trump’s Virginia state director, Mike Rubino, reached out": the name set off after a description
        int[] name = nameAfterDescription(text, subject, limit);
        return name != null && name[1] < limit && text.charAt(name[1]) == ',' ? name : subject;
    }

    private static int[] leadingDescriptionOrName(String text, int sentenceStart, int limit) {
        int from = afterDateline(text, sentenceStart, limit);
        int comma = text.indexOf(',', from);
        if (comma > 0 && comma < limit && countWords(text, new int[]{from, comma}) <= 10) {
            Word first = firstWord(text, from, comma);
            String fl = first == null ? "" : first.lower();
            if (first != null && (Names.isFunctionWord(first.text()) || INTRO_WORDS.contains(fl) || PLACE_PREPOSITIONS.contains(fl)
                    || fl.endsWith("ing") || fl.endsWith("ly")) && !DETERMINERS.contains(fl)
                    || endsInTimeWord(text, from, comma)) { // "Eight years ago, he said …"
                from = comma + 1;
            }
        }
        return leadingSubjectAt(text, from, limit);
    }

    /** Whether a lowercase word right after a capitalised word carries on its phrase: an article, or a title ("Former prosecutor"). */
    public static boolean continuesNounPhrase(String lower) {
        return Names.isArticle(lower) || isDescriptionWord(lower);
    }

    /** Prepositions of place that open an introductory phrase: "Outside the arena, about 200 protesters …". */
    private static final Set<String> PLACE_PREPOSITIONS = QuoteWords.ATTRIBUTION.set("mention-parser.place-prepositions");

    /** Whether the phrase before a comma is a stretch of time: "Eight years ago", "Two days later", "Last week". */
    private static boolean endsInTimeWord(String text, int from, int comma) {
        int[] span = trimmed(text, from, comma);
        return span != null && endsWithTimeNoun(text, span);
    }

    /** The noun phrase that starts at {@code from}, up to its verb. */
    private static int[] leadingSubjectAt(String text, int from, int limit) {
        int[] quantity = quantityPhrase(text, skipBlank(text, from), limit);
        if (quantity != null) {
            return quantity;
        }
        Matcher run = Names.NAME_RUN.matcher(text).region(skipBlank(text, from), limit);
        if (run.lookingAt() && !Names.isFunctionWord(Names.words(run.group())[0])) {
            int end = run.end();
            for (int k = 0; k < 2; k++) {
                // "Former Pennsylvania governor Ed Rendell": a lowercase title between two runs joins them
                int gapEnd = end;
                int lowercase = 0;
                Word title;
                while (lowercase < 3 && (title = firstWord(text, gapEnd, limit)) != null
                        && Character.isLowerCase(title.text().charAt(0)) && text.substring(gapEnd, title.start()).isBlank()
                        && !PREPOSITIONS.contains(title.lower()) && !CLAUSE_WORDS.contains(title.lower())
                        && !INNER_VERBS.contains(title.lower()) && !AUXILIARIES.contains(title.lower())
                        && isDescriptionWord(title.lower())) {
                    gapEnd = title.end();
                    lowercase++;
                    Word and = firstWord(text, gapEnd, limit);
                    Word next = and == null || !and.lower().equals("and") ? null : firstWord(text, and.end(), limit);
                    if (next != null && Character.isUpperCase(next.text().charAt(0)) && !Names.isFunctionWord(next.text())
                            && text.substring(gapEnd, next.start()).strip().equals("and")) {
                        gapEnd = and.end(); // "Former prosecutor and New York City Mayor Rudy Giuliani": two offices
                        break;
                    }
                    Word of = firstWord(text, gapEnd, limit);
                    Word field = of == null || !of.lower().equals("of") ? null : firstWord(text, of.end(), limit);
                    if (field != null && Character.isLowerCase(field.text().charAt(0)) && !Names.isFunctionWord(field.text())
                            && text.substring(gapEnd, field.start()).strip().equals("of")) {
                        gapEnd = field.end(); // "Former US secretary of state Madeleine Albright": the office's field
                    }
                }
                Matcher more = Names.NAME_RUN.matcher(text).region(Math.min(skipBlank(text, gapEnd), limit), limit);
                if (lowercase == 0 || !more.lookingAt() || !text.substring(gapEnd, more.start()).isBlank()) {
                    break;
                }
                end = more.end();
            }
            Word next = firstWord(text, end, limit);
            boolean possessive = run.group().endsWith("’s") || run.group().endsWith("'s");
            // "Sanders’ campaign": a name in -s takes the apostrophe alone
            boolean bareApostrophe = !possessive && end < limit && text.charAt(end - 1) == 's'
                    && (text.charAt(end) == '’' || text.charAt(end) == '\'') && next != null && next.start() > end + 1
                    && text.substring(end + 1, next.start()).isBlank();
            if ((possessive && text.substring(end, next == null ? end : next.start()).isBlank() || bareApostrophe)
                    && next != null && Character.isLowerCase(next.text().charAt(0))) {
                possessive = true;
                end = next.end(); // "Clinton’s campaign"
            }
            if (possessive || run.group().contains("’s ") || run.group().contains("'s ")) {
                // "Hillary Clinton’s right-hand woman", "Trump’s Virginia state director": the description runs
                // on to its head noun
                end = descriptionEnd(text, end, limit);
            } else {
                end = groupNounEnd(text, end, limit);
            }
            int[] span = {run.start(), end};
            return isSpeakerLike(text, span) ? span : null;
        }
        WordCursor m = new WordCursor(text, from, limit);
        int start = -1;
        int end = -1;
        int count = 0;
        while (m.next()) {
            String between = text.substring(end < 0 ? from : end, m.start());
            if (end >= 0 && between.trim().length() > 0) {
                break;
            }
            String raw = m.word();
            String lw = Names.lower(Names.bare(raw));
            if (count > 0 && (INNER_VERBS.contains(lw) || AUXILIARIES.contains(lw) || lw.endsWith("ed") && Character.isLowerCase(raw.charAt(0))
                    || CLAUSE_WORDS.contains(lw) || NP_STOPS.contains(lw))) {
                break;
            }
            if (start < 0) {
                start = m.start();
            }
            end = m.end();
            if (++count >= 7 || Names.PRONOUNS.contains(lw)) {
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int[] span = {start, end};
        return isSpeakerLike(text, span) ? span : null;
    }

    /** Words that hedge a count: "about four in 10", "nearly half", "more than 200". */
    private static final Set<String> APPROXIMATORS = QuoteWords.ATTRIBUTION.set("mention-parser.approximators");
    /** Second words of two-word hedges: "more than", "fewer than", "at least", "at most". */
    private static final Set<String> HEDGE_ENDS = QuoteWords.ATTRIBUTION.set("mention-parser.hedge-ends");
    private static final Set<String> HEDGE_STARTS = QuoteWords.ATTRIBUTION.set("mention-parser.hedge-starts");
    /** Counts spelled out, and shares: "Eleven organizations", "half of voters", "a majority of". */
    private static final Set<String> NUMBER_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.number-words");
    /** Words that may follow a count inside its phrase: "four in 10", "six out of ten", "half of voters". */
    private static final Set<String> SHARE_LINKS = QuoteWords.ATTRIBUTION.set("mention-parser.share-links");

    /**
     * Where the count that opens {@code [from, limit)} ends, hedges and "in 10" included ("About four in
     * 10", "More than half", "Eleven", "75 percent"), or -1 when the words do not open with a count.
     */
    static int quantityWordsEnd(String text, int from, int limit) {
        WordCursor m = new WordCursor(text, from, limit);
        if (!m.next()) {
            return -1;
        }
        String lw = Names.lower(Names.bare(m.word()));
        if (APPROXIMATORS.contains(lw) || HEDGE_STARTS.contains(lw)) {
            boolean twoWords = HEDGE_STARTS.contains(lw);
            if (!m.next()) {
                return -1;
            }
            lw = Names.lower(Names.bare(m.word()));
            if (twoWords) {
                if (!HEDGE_ENDS.contains(lw) || !m.next()) {
                    return -1;
                }
                lw = Names.lower(Names.bare(m.word()));
            }
        }
        if (lw.equals("a") && m.next()) { // "a majority of", "a third of"
            lw = Names.lower(Names.bare(m.word()));
            if (!NUMBER_WORDS.contains(lw)) {
                return -1;
            }
        }
        if (!isCount(lw)) {
            return -1;
        }
        int end = m.end();
        boolean more = m.next();
        if (more && (m.word().equals("percent") || m.word().equals("%"))) {
            end = m.end();
        } else if (more && (m.word().equals("in") || m.word().equals("out"))) {
            // "four in 10", "six out of ten": the count of a share
            if (m.word().equals("out") && !(m.next() && m.word().equals("of"))) {
                return end;
            }
            if (m.next() && isCount(Names.lower(Names.bare(m.word())))) {
                end = m.end();
            }
        }
        return end;
    }

    /** Whether the next word after {@code from} is a capitalised word other than a function word. */
    private static boolean startsName(String text, int from, int limit) {
        Word next = firstWord(text, from, limit);
        return next != null && Character.isUpperCase(next.text().charAt(0)) && !Names.isFunctionWord(next.text())
                && text.substring(from, next.start()).isBlank();
    }

    private static boolean isCount(String lower) {
        return NUMBER_WORDS.contains(lower) || !lower.isEmpty() && Character.isDigit(lower.charAt(0))
                && lower.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }

    /**
     * "About four in 10 voters", "Eleven progressive and Muslim organizations", "Most Republicans": a subject
     * that opens with a count runs on through "of" and the group's words to its verb. Null when the words do not
     * open with a count, or when the count stands alone with no group named.
     */
    public static int[] quantityPhrase(String text, int from, int limit) {
        int countEnd = quantityWordsEnd(text, from, limit);
        if (countEnd < 0) {
            return null;
        }
        WordCursor first = new WordCursor(text, from, countEnd);
        first.next();
        from = first.start();
        int end = countEnd;
        int words = 0;
        String previous = null;
        WordCursor m = new WordCursor(text, countEnd, limit);
        while (m.next() && words < 7 && text.substring(end, m.start()).isBlank()) {
            String raw = m.word();
            String lw = Names.lower(Names.bare(raw));
            boolean joins = (lw.equals("and") || lw.equals("or")) && previous != null && !previous.endsWith("s");
            boolean of = lw.equals("of") && words == 0 || (lw.equals("the") || lw.equals("those")) && "of".equals(previous);
            if (!joins && !of && (INNER_VERBS.contains(lw) || AUXILIARIES.contains(lw) || CLAUSE_WORDS.contains(lw)
                    || NP_STOPS.contains(lw) || PREPOSITIONS.contains(lw) || Names.PRONOUNS.contains(lw)
                    || lw.endsWith("ed") && Character.isLowerCase(raw.charAt(0)) && !isDescriptionWord(lw))) {
                break;
            }
            if (!joins && !of && Character.isLowerCase(raw.charAt(0)) && !isDescriptionWord(lw) && !isPeopleNoun(lw)
                    && !PLACE_PREPOSITIONS.contains(lw) && startsName(text, m.end(), limit)) {
                break; // "Many fear Trump will …": a lowercase word before a name is the verb, not the group's noun
            }
            end = m.end();
            previous = lw;
            words++;
        }
        if (previous != null && (previous.equals("of") || previous.equals("and") || previous.equals("or")
                || previous.equals("the") || previous.equals("those"))) {
            return null;
        }
        int[] span = {from, end};
        if (Character.isDigit(text.charAt(from)) && countWords(text, new int[]{from, countEnd}) == 1
                && !isPeopleNoun(previous == null ? "" : previous)) {
            return null; // "21 buses", "2016 was": a bare figure counts people only when it names them
        }
        if (endsWithTimeNoun(text, span)) {
            return null; // "Four years later": a time, not a group
        }
        // a bare count names a group only as a share ("About four in 10 said", "Most said"); "2016 was" and
        // "One would require" name no one
        return words > 0 || countWords(text, span) > 1 || QUANTIFIER_PRONOUNS.contains(Names.lower(Names.bare(first.word())))
                ? span : null;
    }

    /**
     * Where a capitalised word's noun phrase ends when a plural noun for people follows it ("Corporate lobbyists
     * describe", "Clinton supporters chanted", "Democratic senators said"): the capital word qualifies the group,
     * and the group speaks. {@code runEnd} itself when no such noun follows.
     */
    public static int groupNounEnd(String text, int runEnd, int limit) {
        Word next = firstWord(text, runEnd, limit);
        if (next == null || !Character.isLowerCase(next.text().charAt(0)) || !text.substring(runEnd, next.start()).isBlank()) {
            return runEnd;
        }
        return isPeopleNoun(next.lower()) ? next.end() : runEnd;
    }

    /** A plural noun for people who may speak: "lobbyists", "voters", "senators". */
    private static boolean isPeopleNoun(String lw) {
        return lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")
                && (BARE_SOURCES.contains(lw) || Names.PERSON_ROLES.contains(lw.substring(0, lw.length() - 1)));
    }

    /** Where the lowercase title and role words from {@code from} end: "state director", "campaign manager". */
    private static int descriptionEnd(String text, int from, int limit) {
        int end = from;
        Word w;
        for (int k = 0; k < 3 && (w = firstWord(text, end, limit)) != null; k++) {
            if (!Character.isLowerCase(w.text().charAt(0)) || !text.substring(end, w.start()).isBlank()
                    || !isDescriptionWord(w.lower())) {
                break;
            }
            end = w.end();
        }
        return end;
    }

    /** Lowercase words that may stand between an affiliation and a name: "Clinton campaign chairman John Podesta". */
    private static final Set<String> DESCRIPTION_ADJECTIVES = QuoteWords.ATTRIBUTION.set("mention-parser.description-adjectives");

    /**
     * Whether a lowercase word can be part of the description before a name. A verb cannot: in "Todd pressed
     * Republican National Chairman Reince Priebus" the subject is Todd alone.
     */
    private static boolean isDescriptionWord(String lower) {
        return Names.TITLES.contains(lower) || Names.PERSON_ROLES.contains(lower) || DESCRIPTION_ADJECTIVES.contains(lower);
    }

    private static Word firstWord(String text, int from, int to) {
        WordCursor m = new WordCursor(text, from, to);
        return m.next() ? new Word(m.start(), m.end(), m.word()) : null;
    }

    /** Words in a span: runs of letters and digits, joined by inner periods, apostrophes, "&" or hyphens. */
    public static int countWords(String text, int[] span) {
        int n = 0;
        boolean in = false;
        for (int i = span[0]; i < span[1]; i++) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                if (!in) {
                    n++;
                    in = true;
                }
            } else if (c == ' ' || !(in && ".'’&-".indexOf(c) >= 0 && i + 1 < span[1] && isLetterOrDigit(text.charAt(i + 1)))) {
                in = false;
            }
        }
        return n;
    }

    /** {@link Character#isLetterOrDigit(char)}, without the table look-up for ASCII. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            int folded = c | 0x20;
            return folded >= 'a' && folded <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    public static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || ",—–-".indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return s < e ? new int[]{s, e} : null;
    }

    private static int lastIndexOfAny(String text, String chars, int from, int before) {
        for (int i = before - 1; i >= from; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
