package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.attribution.AttributionFinder;
import io.newsclean.quotes.attribution.CueIndex;
import io.newsclean.quotes.attribution.GroupCounts;
import io.newsclean.quotes.attribution.LeadingSubject;
import io.newsclean.quotes.attribution.QuotedLabels;
import io.newsclean.quotes.attribution.SignOffs;
import io.newsclean.quotes.attribution.TranscriptTurns;
import io.newsclean.quotes.find.Candidate;
import io.newsclean.quotes.find.MarkedQuote;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.MentionWords;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.reported.ReportedSpeechFinder;
import io.newsclean.quotes.speakers.PersonIndex;
import io.newsclean.quotes.speakers.SpeakerPhrase;
import io.newsclean.quotes.speakers.SpeakerResolver;
import io.newsclean.quotes.text.Paragraph;
import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.QuotedSegment;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The quote extraction of one article: attributes each marked quotation, joins split quotes,
 * resolves speakers, lets quote-only paragraphs inherit the previous speaker, and adds reported
 * speech. One instance per call; not shared between threads.
 */
final class ArticleQuotes {
    /**
     * What may stand between an attribution and the second half of a split quote: "…," he said, "…"
     * or "…," he said. "…". Not a colon: "he said, adding: “…”" introduces a quote of its own.
     */
    private static final Pattern SPLIT_GAP = Pattern.compile("[^.!?\"“”«»;]{0,250}?[,.]\\s*");
    /** Words before a quotation that make it the title of a work or a name, not speech. */
    private static final String TITLE_WORDS = "(?:book|film|movie|show|song|album|novel|titled|entitled|headlined|headline|"
            + "article|op-ed|column|series|program|programme|episode|play|poem|documentary|painting|hashtag|slogan|"
            + "named|dubbed|nicknamed|known as|called|label|brand|bill|act|law|magazine|newspaper|website|blog|"
            + "podcast|exhibit|exhibition|campaign|operation|group|organization|motto|sign|banner|t-shirt|shirt)";
    private static final Pattern TITLE_CONTEXT = Pattern.compile("(?i)\\b" + TITLE_WORDS + "\\b[\\s,]*(?:\\p{L}+\\s+){0,2}$");
    /**
     * The word for a work or a name right before a quotation ("his 2012 book, “An American Son.”", "the
     * TV show “Shark Tank.”"): a title in title case there is one even with the sentence's period inside
     * the marks, which a sentence-case quotation never is with no word between ("called him “my
     * friend.”" has one).
     */
    private static final Pattern TITLE_WORD_RIGHT_BEFORE = Pattern.compile("(?i)\\b" + TITLE_WORDS + "\\b[\\s,]*$");

    /**
     * A preposition, perhaps with an outlet's possessive, right before a quotation: "on NBC’s “Meet the
     * Press.”", "told Fox News’ “Hannity”", or a listener cue: "told “Fox and Friends”". A capitalised
     * quotation there names a show or a work.
     */
    private static final Pattern PLACE_OF_A_TITLE = Pattern.compile(
            "(?:\\b(?:on|in|to|with|from|of|at|told|tells)|\\p{Lu}[\\p{L}.]*(?:’s|'s|’|'))\\s*$");

    /**
     * A comma and "by" with a capitalised name after a quotation that opens its sentence or follows a
     * kicker's dash: the credit line
     * of a work's title ("“The Living Room to close,” by Times’ Ben Sisario"), not words anyone said.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("\\s*,?\\s*by\\s+(?:the\\s+)?\\p{Lu}");

    /** A quoted fragment with no cue in its sentence counts as speech from this many words on. */
    private static final int MIN_UNCUED_FRAGMENT_WORDS = 3;

    private final List<String> paragraphs;
    private final List<MarkedQuote> marked;
    private final AttributionFinder finder;
    private final CueIndex cueIndex;
    private final ReportedSpeechFinder reported;
    private final List<List<QuotedSegment>> segments = new ArrayList<>();
    /** The token layer of each paragraph, which every stage reads. */
    private final List<Paragraph> layer = new ArrayList<>();
    private final List<List<int[]>> sentences = new ArrayList<>();
    private final SpeakerResolver resolver;
    /** The last speaker of each paragraph, which a following quote-only paragraph inherits. */
    private final String[] lastSpeaker;
    /** Where in its paragraph that speaker was named, so that a person named later can take over. */
    private final int[] lastSpeakerAt;
    /** Each speaker as {@link SpeakerPhrase#shape} gives it: an article quotes the same people again and again. */
    private final Map<String, String> shapedSpeakers = new HashMap<>();
    /** The transcript turn each paragraph is, or null. */
    private final TranscriptTurns.Turn[] turns;
    /** The emitted quotes whose fragment a verb frames as words though no cue names the speaker. */
    private final Set<Quote> framedQuotes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ArticleQuotes(List<String> paragraphs, List<MarkedQuote> marked, Cues cues) {
        this.paragraphs = paragraphs;
        this.marked = marked;
        for (int p = 0; p < paragraphs.size(); p++) {
            segments.add(new ArrayList<>());
        }
        for (MarkedQuote q : marked) {
            for (QuotedSegment s : q.segments()) {
                segments.get(s.paragraph()).add(s);
            }
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            segments.get(p).sort(Comparator.comparingInt(QuotedSegment::open));
            layer.add(new Paragraph(paragraphs.get(p), segments.get(p), cues));
            sentences.add(layer.get(p).sentences());
        }
        this.cueIndex = new CueIndex(cues, layer);
        this.finder = new AttributionFinder(cueIndex);
        this.resolver = new SpeakerResolver(paragraphs, () -> new PersonIndex(layer, segments, cues));
        this.reported = new ReportedSpeechFinder(cueIndex, finder);
        this.lastSpeaker = new String[paragraphs.size()];
        this.lastSpeakerAt = new int[paragraphs.size()];
        this.turns = new TranscriptTurns.Turn[paragraphs.size()];
        for (TranscriptTurns.Turn t : TranscriptTurns.find(paragraphs)) {
            turns[t.paragraph()] = t;
        }
    }

    /**
     * The quote pass, paragraph by paragraph: attribute the marked quotations and join split ones, find the
     * reported speech, resolve every speaker, let a quote with no attribution inherit the speaker before it,
     * and emit what is kept in reading order.
     */
    List<Quote> find() {
        List<List<Candidate>> markedByParagraph = markedByParagraph();
        List<Quote> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<Candidate> quoted = attributeAndJoin(markedByParagraph.get(p));
            List<Candidate> indirect = reported.find(p, layer.get(p), segments.get(p));
            resolveSpeakers(quoted, indirect, p);
            Candidate turn = transcriptTurn(p);
            if (turn != null) {
                indirect = List.of(turn); // the turn's words are one quote, whatever cues stand inside them
            }
            List<Candidate> kept = keptInReadingOrder(quoted, indirect);
            inheritSpeakers(kept, p);
            emit(kept, out);
        }
        return out;
    }

    /** The quotes {@link #find} emitted whose fragment a verb frames as words though no cue names the speaker. */
    Set<Quote> framedQuotes() {
        return framedQuotes;
    }

    /**
     * "TAPPER: Do you think …": a transcript's turn with no quotation marks in it, as one quote whose label is
     * its attribution; the label's name resolves to the fullest name the article gives that person.
     */
    private Candidate transcriptTurn(int p) {
        TranscriptTurns.Turn t = turns[p];
        if (t == null || !segments.get(p).isEmpty()) {
            return null;
        }
        String text = paragraphs.get(p);
        Candidate c = new Candidate(p, t.textStart(), text.length());
        c.attribute(new Attribution(t.labelStart(), t.labelEnd(), ":", t.textStart()), p, text);
        c.type = QuoteType.DIRECT;
        c.speaker = resolver.resolve(t.name(), p, t.labelStart());
        return c;
    }

    /** Each marked quotation as a candidate, filed under the paragraph it opens in. */
    private List<List<Candidate>> markedByParagraph() {
        List<List<Candidate>> byParagraph = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            byParagraph.add(new ArrayList<>());
        }
        for (MarkedQuote q : marked) {
            byParagraph.get(q.first().paragraph()).add(new Candidate(q));
        }
        return byParagraph;
    }

    private List<Candidate> attributeAndJoin(List<Candidate> here) {
        here.forEach(this::attribute);
        joinSplitQuotes(here);
        return here;
    }

    private void resolveSpeakers(List<Candidate> quoted, List<Candidate> indirect, int p) {
        for (Candidate c : indirect) {
            c.speaker = resolver.resolve(c.mention, p, c.mentionStart);
        }
        for (Candidate c : quoted) {
            if (c.keep && c.attribution != null) {
                c.speaker = resolver.resolve(c.mention, c.attributionParagraph, c.mentionStart);
            }
        }
    }

    private static List<Candidate> keptInReadingOrder(List<Candidate> quoted, List<Candidate> indirect) {
        List<Candidate> all = new ArrayList<>(quoted);
        all.addAll(indirect);
        all.removeIf(c -> !c.keep);
        all.sort(Comparator.comparingInt(Candidate::startChar));
        return all;
    }

    private void inheritSpeakers(List<Candidate> kept, int p) {
        for (Candidate c : kept) {
            if (c.attribution == null) {
                inherit(c, kept, p);
            }
        }
    }

    /** Adds the kept quotes to the output and remembers each paragraph's last speaker for the next one. */
    private void emit(List<Candidate> kept, List<Quote> out) {
        for (Candidate c : kept) {
            if (c.keep) {
                c.speaker = shaped(c.speaker);
                Quote q = c.toQuote(paragraphs);
                out.add(q);
                if (c.framed) {
                    framedQuotes.add(q);
                }
                if (c.speaker != null) {
                    lastSpeaker[c.lastParagraph()] = c.speaker;
                    lastSpeakerAt[c.lastParagraph()] = c.attribution != null && c.attributionParagraph == c.lastParagraph()
                            ? c.mentionStart : c.segments.get(c.segments.size() - 1).start();
                }
            }
        }
    }

    private String shaped(String speaker) {
        if (speaker == null) {
            return null;
        }
        String shaped = shapedSpeakers.get(speaker);
        if (shaped == null && !shapedSpeakers.containsKey(speaker)) {
            shaped = SpeakerPhrase.shape(speaker);
            shapedSpeakers.put(speaker, shaped);
        }
        return shaped;
    }

    /** Finds a quote's attribution and decides whether it is speech at all, and of what type. */
    private void attribute(Candidate c) {
        QuotedSegment first = c.segments.get(0);
        QuotedSegment last = c.segments.get(c.segments.size() - 1);
        String firstText = paragraphs.get(first.paragraph());
        String lastText = paragraphs.get(last.paragraph());
        int[] content = c.contentSpan(paragraphs, first);
        if (content == null) {
            c.keep = false;
            return;
        }
        int sentenceStart = sentenceStart(first.paragraph(), first.open());
        boolean opensSentence = onlySpaceAndDashes(firstText, sentenceStart, first.open());
        Attribution after = last.close() < lastText.length()
                ? finder.after(lastText, last.close(), nextOpen(last.paragraph(), last.close(), lastText.length()))
                : null;
        if (after == null && last.close() < lastText.length()) {
            after = SignOffs.after(lastText, last.close());
        }
        after = SignOffs.withNameAfterRole(lastText, after);
        AttributionFinder.Before before = opensSentence ? null : finder.before(firstText, sentenceStart, first.open());
        String words = firstText.substring(content[0], content[1]);
        AttributionFinder.Trailing trailing;
        boolean framed = false;
        boolean fragment = !opensSentence && c.segments.size() == 1
                && (before == null || before.placement() == AttributionFinder.Placement.EARLIER
                || Character.isLowerCase(firstText.charAt(content[0])) && !introducedByPunctuation(firstText, first.open()));
        if (after != null) {
            c.attribute(after, last.paragraph(), lastText);
            c.type = fragment ? QuoteType.PARTIAL : QuoteType.DIRECT;
        } else if (before != null) {
            c.attribute(before.attribution(), first.paragraph(), firstText);
            c.type = fragment ? QuoteType.PARTIAL : QuoteType.DIRECT;
        } else if ((trailing = finder.trailing(lastText, last.close(), sentenceEnd(last.paragraph(), last.close()))) != null) {
            c.attribute(trailing.attribution(), last.paragraph(), lastText);
            c.type = opensSentence && !isFragmentText(words) ? QuoteType.DIRECT : QuoteType.PARTIAL;
        } else {
            c.type = fragment ? QuoteType.PARTIAL : QuoteType.DIRECT;
            Cues.Match framing = fragment ? framingCue(firstText, sentenceStart, first.open()) : null;
            Attribution byCue = framing == null ? null : framingAttribution(firstText, sentenceStart, framing, first.open());
            if (byCue != null) {
                c.attribute(byCue, first.paragraph(), firstText);
            } else if (fragment && Words.letterRuns(words) < MIN_UNCUED_FRAGMENT_WORDS && !isOutcry(words)) {
                // one or two quoted words: a scare quote, unless a cue frames them as someone's words; their
                // speaker is the person opening the sentence, else its subject, else the paragraph's speaker
                Word labelling = framing == null ? QuotedLabels.verbBefore(firstText, sentenceStart, first.open()) : null;
                if (framing == null && labelling == null && !QuotedLabels.uttered(firstText, sentenceStart, first.open())
                        && !QuotedLabels.whatTheyCall(firstText, sentenceStart, first.open())) {
                    c.keep = false;
                    return;
                }
                framed = true;
                // a label, a cry or "what they call" frames the words as someone's; a cue whose speaker was
                // not found ("you don't need your “things”") frames nothing
                c.framed = framing == null;
                int[] person = labelling == null ? null
                        : nameRightBefore(firstText, sentenceStart, labelling.start(), labelling.lower().endsWith("ing"));
                if (person == null) {
                    person = openingSubject(firstText, sentenceStart, first.open());
                }
                if (person == null) {
                    person = LeadingSubject.mainClauseSubject(firstText, sentenceStart, sentenceEnd(first.paragraph(), first.open()));
                }
                if (person != null) {
                    c.attribute(new Attribution(person[0], person[1], null, person[1]), first.paragraph(), firstText);
                    c.speakerInferred = true;
                }
            } else if (fragment) {
                // a judgement "as" it ("describe such work as “…”") frames it as the subject's words
                Cues.Match regard = cueIndex.find(firstText, sentenceStart, first.open());
                c.framed = regard != null && (cueIndex.cues().kinds(regard.cue()) & Cues.REGARD) != 0;
                int[] subject = LeadingSubject.mainClauseSubject(firstText, sentenceStart,
                        sentenceEnd(first.paragraph(), first.open()));
                if (subject != null) {
                    c.attribute(new Attribution(subject[0], subject[1], null, subject[1]), first.paragraph(), firstText);
                    c.speakerInferred = true;
                }
            }
        }
        boolean introduced = after != null || before != null && before.placement() == AttributionFinder.Placement.INTRODUCES;
        String lead = firstText.substring(sentenceStart, first.open());
        // a name given to someone ("referred to his rival as “Little Marco”") is the words of whoever gave
        // it, and a slogan chanted or written on a sign the words of whoever cried or wrote it
        // (asked only of title-like words, the only ones it can save)
        boolean titleLike = isTitleLike(words);
        boolean givenName = titleLike && !introduced && c.segments.size() == 1
                && QuotedLabels.givenBySomeone(firstText, sentenceStart, first.open());
        if ((opensSentence || afterDash(firstText, first.open())) && c.segments.size() == 1 && isCreditedTitle(lastText, last)
                || titleLike && (!introduced && !givenName || TITLE_CONTEXT.matcher(lead).find()
                && !QuotedLabels.whatTheyCall(firstText, sentenceStart, first.open()))
                || c.segments.size() == 1 && isTitleLike(withoutFinalPeriod(words))
                && (PLACE_OF_A_TITLE.matcher(lead).find() || TITLE_WORD_RIGHT_BEFORE.matcher(lead).find())) {
            c.keep = false;
        } else if (c.attribution == null && !framed && Words.letterRuns(words) < 3 && !isOutcry(words)) {
            c.keep = false;
        }
    }

    /**
     * The last cue before a quoted fragment in its sentence, when it frames the fragment as someone's
     * words or stance ("calling it a “no-brainer”", "criticized the “reckless” plan"); null when there is
     * none or when it is an accusation, whose quoted words are the accuser's paraphrase.
     */
    private Cues.Match framingCue(String text, int sentenceStart, int open) {
        Cues.Match last = null;
        Cues cues = cueIndex.cues();
        for (Cues.Match m = cueIndex.find(text, sentenceStart, open); m != null; m = cueIndex.find(text, m.end(), open)) {
            if (!cues.framesNoWords(m.cue())) {
                last = m;
            }
        }
        return last == null || cues.isCharge(last.cue()) ? null : last;
    }

    /** The subject of a fragment's framing cue, or else the name or pronoun standing right before the cue. */
    private Attribution framingAttribution(String text, int sentenceStart, Cues.Match framing, int open) {
        Attribution a = finder.forCue(text, sentenceStart, framing.start(), framing.end(), framing.cue(), open);
        if (a != null) {
            return finder.outerReporter(text, sentenceStart, framing.start(), a, framing.cue(), open);
        }
        int[] name = nameRightBefore(text, sentenceStart, framing.start(), framing.cue().endsWith("ing"));
        if (name == null && framing.cue().endsWith("ing") && commaBefore(text, sentenceStart, framing.start())) {
            name = openingSubject(text, sentenceStart, framing.start());
        }
        return name == null ? null : new Attribution(name[0], name[1], framing.cue(), framing.end());
    }

    private static boolean commaBefore(String text, int from, int pos) {
        int k = pos;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > from && text.charAt(k - 1) == ',';
    }

    /**
     * "She escalated her criticism on Tuesday, telling CNN that …": a personal pronoun or a name that
     * opens the sentence and is followed by a lower-case word is the subject a participle cue shares.
     */
    static int[] openingSubject(String text, int sentenceStart, int limit) {
        int start = sentenceStart;
        while (start < limit && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end;
        int wordEnd = start;
        while (wordEnd < limit && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (PERSONAL_PRONOUNS.contains(text.substring(start, wordEnd))) {
            end = wordEnd;
        } else {
            int[] group = GroupCounts.quantityPhrase(text, start, limit);
            int runEnd = group != null ? group[1]
                    : start < limit && Character.isUpperCase(text.charAt(start)) ? Names.nameRunEnd(text, start) : -1;
            if (runEnd < 0 || runEnd > limit || group == null && Names.isFunctionWord(Names.words(text.substring(start, runEnd))[0])) {
                return null;
            }
            // "Eleven progressive and Muslim organizations are asking", "Corporate lobbyists describe": a count or
            // a capitalised qualifier opens a group, and the whole group is the subject
            end = group != null ? runEnd : GroupCounts.groupNounEnd(text, runEnd, limit);
        }
        Word next = Words.wordBefore(text, end, nextWordEnd(text, end, limit));
        if (next != null && MentionWords.continuesNounPhrase(next.lower())) {
            // "Outside the arena, …", "Former prosecutor and New York City Mayor Rudy Giuliani …": the capital word
            // opens a phrase or a longer description, not the subject itself
            return null;
        }
        return next != null && Character.isLowerCase(next.text().charAt(0)) && text.substring(end, next.start()).isBlank()
                ? new int[]{start, end} : null;
    }

    private static int nextWordEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < limit && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * "with Sen. John McCain calling it …", "Sanders, who says it's …", "she has called …": the name
     * or personal pronoun just before a cue, past auxiliaries and adverbs (and "is", "was" before a
     * participle), and past a relative "who" to the name it follows. Null when anything else stands there.
     */
    static int[] nameRightBefore(String text, int sentenceStart, int cueStart, boolean participle) {
        int end = cueStart;
        Word w = Words.wordBefore(text, sentenceStart, end);
        while (w != null && (MentionWords.AUXILIARIES.contains(w.lower()) || participle && PROGRESSIVE.contains(w.lower()))) {
            end = w.start();
            w = Words.wordBefore(text, sentenceStart, end);
        }
        if (w == null) {
            return null;
        }
        if (PERSONAL_PRONOUNS.contains(w.text())) {
            return new int[]{w.start(), w.end()};
        }
        end = w.end();
        if (w.lower().equals("who")) {
            end = w.start();
            while (end > sentenceStart && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
        }
        Names.Run last = null;
        for (Names.Run r : Names.runs(text.substring(sentenceStart, end))) {
            last = r;
        }
        if (last == null || sentenceStart + last.end() != end || Names.isFunctionWord(Names.words(last.text())[0])) {
            return null;
        }
        return new int[]{sentenceStart + last.start(), end};
    }

    /** "Trump is telling a town hall …": before a participle these make a tense, not a passive. */
    private static final Set<String> PROGRESSIVE = QuoteWords.QUOTES.set("article-quotes.progressive");

    private static final Set<String> PERSONAL_PRONOUNS = QuoteWords.QUOTES.set("article-quotes.personal-pronouns");

    /** "NOW OPEN—“…”": a kicker's dash stands right before the opening mark. */
    private static boolean afterDash(String text, int open) {
        int k = open;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > 0 && (text.charAt(k - 1) == '—' || text.charAt(k - 1) == '–');
    }

    /** A comma closes the quotation, inside or outside its mark, and a credit line follows. */
    private static boolean isCreditedTitle(String text, QuotedSegment s) {
        if (s.close() >= text.length() || s.end() == s.close()) {
            return false;
        }
        boolean comma = s.end() > s.start() && text.charAt(s.end() - 1) == ','
                || text.charAt(s.close()) == ',';
        return comma && CREDIT_LINE.matcher(text).region(s.close(), text.length()).lookingAt();
    }

    /** "…," he said, "…": the second quote joins the first. */
    private void joinSplitQuotes(List<Candidate> here) {
        for (int i = 0; i + 1 < here.size(); i++) {
            Candidate a = here.get(i);
            Candidate b = here.get(i + 1);
            if (!a.keep || !b.keep || a.attribution == null || !a.attributionAfter) {
                continue;
            }
            QuotedSegment bFirst = b.segments.get(0);
            if (a.attributionParagraph != bFirst.paragraph() || a.attribution.end() > bFirst.open()) {
                continue;
            }
            String gap = paragraphs.get(bFirst.paragraph()).substring(a.attribution.end(), bFirst.open());
            if (SPLIT_GAP.matcher(gap).matches() && (b.attribution == null || !b.attributionAfter)) {
                a.segments.addAll(b.segments);
                a.type = QuoteType.DIRECT;
                b.keep = false;
                here.remove(i + 1);
                i--;
            }
        }
    }

    /**
     * A quote with no attribution of its own takes its paragraph's speaker. A quote-only paragraph takes
     * the person the previous paragraph ends on: the subject named after that paragraph's last speaker
     * ("“…,” Smith said. Jones disagreed." → Jones), else that speaker, else its subject.
     */
    private void inherit(Candidate c, List<Candidate> all, int p) {
        Candidate before = null;
        Candidate afterward = null;
        for (Candidate o : all) {
            if (o == c || o.speaker == null || o.attribution == null) {
                continue;
            }
            if (o.startChar() < c.startChar()) {
                before = o;
            } else if (afterward == null) {
                afterward = o;
            }
        }
        Candidate source = before != null ? before : afterward;
        String subject;
        String signed;
        if (source == null && c.startChar() <= 1 && quoteOnly(c) && (signed = signature(c)) != null) {
            c.speaker = signed; // a pull quote signed "Dean Baker, Center for Economic and Policy Research."
        } else if (source != null) {
            c.speaker = source.speaker;
        } else if (lastSpeaker[p] != null && lastSpeakerAt[p] < c.startChar()) {
            c.speaker = lastSpeaker[p]; // a quote that began in an earlier paragraph was attributed here
        } else if (c.startChar() > 1 && (subject = resolver.latestSubject(p, 0, c.segments.get(0).open())) != null) {
            c.speaker = subject; // "Sam Lau said in a statement. “…”": the person the paragraph is about so far
        } else if (c.startChar() <= 1 && p > 0 && quoteOnly(c)) {
            // only a quote-only paragraph inherits: words after the quote are its own attribution, even
            // one no cue here reads ("“…,” reads an editorial in the Gazette.")
            String previous = lastSpeaker[p - 1];
            String later = resolver.latestSubject(p - 1, previous != null ? lastSpeakerAt[p - 1] + 1 : 0);
            c.speaker = later != null ? later : previous != null ? previous : colonIntroduction(p - 1);
        }
    }

    /** How many words a signature line ("—Michelle Marks, Philadelphia.") may have. */
    private static final int SIGNATURE_WORDS = 12;

    /**
     * The person who signs a quote-only paragraph: a last paragraph of the quote, or the paragraph right
     * after it, that is only a short line opening with a full name and a comma or led by a dash ("Dean
     * Baker, Center for Economic and Policy Research.", "—Michelle Marks, Philadelphia."). Null otherwise.
     */
    private String signature(Candidate c) {
        QuotedSegment last = c.segments.get(c.segments.size() - 1);
        if (last.paragraph() != c.segments.get(0).paragraph()) {
            String name = signedName(paragraphs.get(last.paragraph()), last.start(), false);
            if (name != null) {
                return resolver.resolve(name, last.paragraph(), last.start());
            }
        }
        int next = last.paragraph() + 1;
        if (next < paragraphs.size() && segments.get(next).isEmpty()) {
            String text = paragraphs.get(next);
            int i = 0;
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || SignOffs.isDash(text.charAt(i)))) {
                i++;
            }
            String name = i > 0 ? signedName(text, i, true) : null;
            if (name != null) {
                return resolver.resolve(name, next, i);
            }
        }
        return null;
    }

    /** The full name a short line opens with when a comma or the line's end follows it; null otherwise. */
    private static String signedName(String text, int from, boolean dashed) {
        if (from >= text.length() || !Character.isUpperCase(text.charAt(from)) || Words.letterRuns(text, from, text.length(), Integer.MAX_VALUE) > SIGNATURE_WORDS) {
            return null;
        }
        int end = Names.nameRunEnd(text, from);
        if (end < 0) {
            return null;
        }
        String run = text.substring(from, end);
        if (!Names.isFullPersonName(run)) {
            return null;
        }
        boolean closes = end < text.length() && text.charAt(end) == ',' || dashed && onlyClosing(text, end);
        return closes ? run : null;
    }

    /** Whether nothing but space, a period or closing marks stands from {@code from} to the end. */
    private static boolean onlyClosing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '.' && !QuoteMarks.isAnyMark(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but punctuation follows the quote in its last paragraph: no attribution can hide there. */
    private boolean quoteOnly(Candidate c) {
        QuotedSegment last = c.segments.get(c.segments.size() - 1);
        String text = paragraphs.get(last.paragraph());
        for (int i = last.close(); i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph that ends "X said:" introduces the next one. */
    private String colonIntroduction(int p) {
        String text = paragraphs.get(p);
        if (!text.endsWith(":")) {
            return null;
        }
        int start = sentenceStart(p, text.length() - 1);
        AttributionFinder.Before b = finder.before(text, start, text.length());
        if (b == null || b.attribution().mentionStart() < 0) {
            return null;
        }
        return resolver.resolve(b.attribution().mention(text), p, b.attribution().mentionStart());
    }

    private int sentenceStart(int p, int pos) {
        int start = 0;
        for (int[] s : sentences.get(p)) {
            if (s[0] <= pos) {
                start = s[0];
            }
        }
        return start;
    }

    private int sentenceEnd(int p, int pos) {
        for (int[] s : sentences.get(p)) {
            if (s[0] <= pos && pos < s[1]) {
                return s[1];
            }
        }
        return paragraphs.get(p).length();
    }

    /** "USA! USA!", "Really?": a short exclamation or question is something someone cried out, not a scare quote. */
    private static boolean isOutcry(String words) {
        String w = words.strip();
        return !w.isEmpty() && (w.charAt(w.length() - 1) == '!' || w.charAt(w.length() - 1) == '?');
    }

    /** Words that do not stand as a sentence: lowercase start or no verb-bearing length. */
    private static boolean isFragmentText(String words) {
        return words.isEmpty() || Character.isLowerCase(words.charAt(0)) || Words.letterRuns(words) < 4;
    }

    private int nextOpen(int p, int from, int fallback) {
        for (QuotedSegment s : segments.get(p)) {
            if (s.open() >= from) {
                return s.open();
            }
        }
        return fallback;
    }

    /** Every longer word capitalised and no sentence punctuation: a title or a name. */
    static boolean isTitleLike(String words) {
        String w = words.strip();
        if (w.isEmpty() || ".!?".indexOf(w.charAt(w.length() - 1)) >= 0) {
            return false;
        }
        int longWords = 0;
        int tokens = 0;
        boolean allCapitalised = true;
        // word by word, as Names.words splits, without splitting the whole quote: most quotes are
        // told from a title by one of their first words
        for (int i = 0, end; i < w.length(); i = Names.skipSpaces(w, end)) {
            end = Names.wordEnd(w, i);
            String t = stripLeadingPunctuation(w.substring(i, end));
            if (t.isEmpty()) {
                continue;
            }
            tokens++;
            allCapitalised &= Character.isUpperCase(t.charAt(0));
            if (t.length() >= 4 && !TITLE_SMALL_WORDS.contains(t)) {
                longWords++;
                if (!Character.isUpperCase(t.charAt(0))) {
                    return false;
                }
            }
        }
        // "New Day", "Up Late": short words only, every one capitalised
        return longWords > 0 || tokens >= 2 && allCapitalised;
    }

    /** Prepositions that title case leaves in lower case: "Midday with Charlie Sykes". */
    private static final Set<String> TITLE_SMALL_WORDS = QuoteWords.QUOTES.set("article-quotes.title-small-words");

    /** American style puts a sentence's period inside the closing mark: "on “Meet the Press.”". */
    private static String withoutFinalPeriod(String words) {
        String w = words.strip();
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** "said: “…" and "said, “…" introduce a quotation; "promised “a fair deal”" quotes a fragment. */
    private static boolean introducedByPunctuation(String text, int open) {
        int k = open;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > 0 && (text.charAt(k - 1) == ':' || text.charAt(k - 1) == ',');
    }

    private static String stripLeadingPunctuation(String token) {
        int i = 0;
        while (i < token.length() && !Character.isLetterOrDigit(token.charAt(i))) {
            i++;
        }
        return token.substring(i);
    }

    private static boolean onlySpaceAndDashes(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '—' && c != '–' && c != '-') {
                return false;
            }
        }
        return true;
    }
}

