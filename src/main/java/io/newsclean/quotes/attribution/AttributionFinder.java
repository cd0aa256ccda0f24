package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.MentionWords;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.Spans;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.WordCursor;
import io.newsclean.quotes.text.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the attribution of a quotation inside its paragraph: right after the closing mark
 * ({@code ," he said}, {@code ," said X}, {@code ," according to X}), right before the opening
 * mark ({@code X said: "}), or anywhere earlier in the sentence for a quoted fragment
 * ({@code Russia has said …, citing "…"}). Stateless.
 */
public final class AttributionFinder {
    /** How far past a closing mark an attribution may start and end. */
    private static final int AFTER_REACH = 160;
    /** How many words may stand between a cue and the quote it introduces. */
    private static final int BEFORE_GAP_WORDS = 6;

    private final Cues cues;
    private final CueIndex index;

    public AttributionFinder(CueIndex index) {
        this.index = index;
        this.cues = index.cues();
    }

    /** An attribution that starts right after a quote's closing mark, or null. */
    public Attribution after(String text, int from, int limit) {
        if (endsWithPeriod(text, from)) {
            // “… Holocaust.” Netanyahu has said …: a new sentence, not an attribution; unless that sentence is
            // only a speaker and a cue (“… missing.” Trump said.), which can attribute nothing else
            return bareSentenceAttribution(text, from, limit);
        }
        int i = from;
        while (i < limit && (Character.isWhitespace(text.charAt(i)) || ",—–-".indexOf(text.charAt(i)) >= 0
                || StrayCloser.at(text, i, from))) {
            i++;
        }
        if (i >= limit || i - from > 4) {
            return null;
        }
        int reach = Math.min(limit, i + AFTER_REACH);
        Cues.Match cm = index.findQuoteCue(text, i, reach);
        if (cm == null || Words.countWords(text, new int[]{i, cm.start()}) > 12) {
            int[] named = cm == null ? null : nameBeforeRelative(text, i, cm.start());
            return named != null ? new Attribution(named[0], named[1], cm.cue(), cm.end()) : unknownVerb(text, from, i, reach);
        }
        String between = text.substring(i, cm.start());
        if (between.indexOf('(') >= 0) {
            between = SHORT_PARENTHETICAL.matcher(between).replaceAll("");
        }
        if (containsAny(between, "!?;:\"“”«»()") || containsSentenceEnd(between)) {
            return unknownVerb(text, from, i, reach);
        }
        String cue = cm.cue();
        if (between.isBlank()) {
            if (cues.isListener(cue) || cues.isFragment(cue) || isParticiple(cue)) {
                // "“…,” saying the city embodied …": a participle is never inverted; the words after it are
                // what was said, and the speaker is the subject of the sentence the quote stands in
                return null;
            }
            int[] np = untilMentionStop(text, NameAfterCue.phraseAfter(text, cm.end(), reach));
            if (np == null) {
                np = fullNameAfter(text, cm.end(), reach);
            }
            if (np == null) {
                return null;
            }
            int[] name = SpeakerPhrases.nameAfterDescription(text, np, reach);
            if (name != null) {
                np = name;
            }
            return new Attribution(np[0], np[1], cue, Math.max(np[1], cm.end()));
        }
        if (cues.isFragment(cue)) {
            return null;
        }
        if (isParticiple(cue) && !onlyAName(text, i, cm.start())) {
            // "…,” a nod to the front-runner acknowledging that …": a participle has no subject of its own, so
            // the words before it are an apposition to the quotation, not its speaker; only a name right before
            // it is one ("…,” Ivana writing that …", a clause with its own subject)
            return null;
        }
        int[] subject = SubjectBeforeCue.mentionBetween(text, i, cm.start(), cue.contains(" "));
        if (subject == null) {
            subject = plainSubject(text, i, cm.start());
        }
        if (subject == null) {
            subject = nameBeforeRelative(text, i, cm.start());
        }
        if (subject == null) {
            return unknownVerb(text, from, i, reach);
        }
        return new Attribution(subject[0], subject[1], cue, cm.end());
    }

    /**
     * The words naming a speaker after an inverted cue, cut before the first word that in the article's
     * language starts what follows them ("sagte Albers | nach der Abstimmung"); null when nothing is left.
     */
    private int[] untilMentionStop(String text, int[] np) {
        if (np == null) {
            return null;
        }
        WordCursor w = new WordCursor(text, np[0], np[1]);
        int end = -1;
        while (w.next()) {
            if (cues.endsMention(Names.lower(w.word()))) {
                break;
            }
            end = w.end();
        }
        return end < 0 ? null : end == np[1] ? np : Spans.trimmed(text, np[0], end);
    }

    /** How far a sentence of a speaker and a cue alone may run: "Trump said.", "Sen. Lindsey Graham added.". */
    private static final int BARE_SENTENCE_REACH = 60;

    /** The attribution when the sentence after a closing period is a speaker and a speech cue and nothing else. */
    private Attribution bareSentenceAttribution(String text, int from, int limit) {
        int i = from;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        if (i == from || i >= limit || !Character.isUpperCase(text.charAt(i))) {
            return null;
        }
        int stop = sentenceStop(text, i, Math.min(limit, i + BARE_SENTENCE_REACH));
        if (stop < 0) {
            return null;
        }
        Cues.Match cm = index.findQuoteCue(text, i, stop);
        if (cm == null || !BARE_SENTENCE_CUES.contains(cm.cue())) {
            return null;
        }
        int[] span = text.substring(cm.end(), stop).isBlank() ? Spans.trimmed(text, i, cm.start()) : null;
        if (span == null || Words.countWords(text, span) > 5 || !SpeakerPhrases.isSpeakerLike(text, span)
                || containsAny(text.substring(span[0], span[1]), ",;:\"“”«»()")) {
            return null;
        }
        return new Attribution(span[0], span[1], cm.cue(), Math.max(span[1], cm.end()));
    }

    /**
     * Verbs that take a quotation as their object, so that "X said." needs one: "The council conceded." or
     * "Lopez agreed." can stand alone.
     */
    private static final java.util.Set<String> BARE_SENTENCE_CUES = QuoteWords.ATTRIBUTION.set("attribution-finder.bare-sentence-cues");

    /** The period that ends the sentence starting at {@code i}, before {@code reach}; "Sen." and "J." end none. */
    private static int sentenceStop(String text, int i, int reach) {
        for (int k = text.indexOf('.', i); k >= 0 && k < reach; k = text.indexOf('.', k + 1)) {
            if (k + 1 < text.length() && !Character.isWhitespace(text.charAt(k + 1))) {
                continue;
            }
            Word w = Words.wordBefore(text, i, k + 1);
            if (w == null || !(Names.isInitial(w.text()) || Names.isTitle(w.text()))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "said Stephen Vladeck of the University of Texas School of Law": a full name right after an inverted
     * cue is the speaker however long the affiliation after it runs; null when no such name stands there.
     */
    private static int[] fullNameAfter(String text, int cueEnd, int reach) {
        int i = cueEnd;
        while (i < reach && text.charAt(i) == ' ') {
            i++;
        }
        if (i == cueEnd || i >= reach || !Character.isUpperCase(text.charAt(i))) {
            return null;
        }
        int end = Names.nameRunEnd(text, i);
        if (end < 0 || end > reach) {
            return null;
        }
        if (end < text.length() && text.charAt(end) == '.' && end - i > 2 && Character.isLowerCase(text.charAt(end - 1))) {
            end--; // the sentence's period
        }
        if (!Names.isFullPersonName(text.substring(i, end))) {
            return null;
        }
        boolean closes = end >= text.length() || ",.;(".indexOf(text.charAt(end)) >= 0 || text.startsWith(" of ", end);
        return closes ? new int[]{i, end} : null;
    }

    /**
     * "…,” Melanne Verveer, who served as …, told CBS News": a full name, a relative clause set off by
     * commas, then the cue; the clause may run long, the name is still the subject. So with a description in
     * apposition ("…,” Dylan Nelson, a postdoctoral fellow at … in Munich, Germany, and co-author of the study,
     * said"): the place and the coordinated role inside it are no subject.
     */
    private static int[] nameBeforeRelative(String text, int i, int cueStart) {
        if (i >= cueStart || !Character.isUpperCase(text.charAt(i))) {
            return null;
        }
        int end = Names.nameRunEnd(text, i);
        if (end < 0 || end >= cueStart || !Names.isFullPersonName(text.substring(i, end))) {
            return null;
        }
        if (text.startsWith(" of ", end)) {
            return affiliationBeforeCue(text, end, cueStart) ? new int[]{i, end} : null;
        }
        boolean relative = text.startsWith(", who ", end) || text.startsWith(", whose ", end);
        // a description opens in lower case ("a fellow", "the head of", "co-author"); a name or a place would not
        boolean description = text.startsWith(", ", end) && end + 2 < cueStart && Character.isLowerCase(text.charAt(end + 2));
        if (!relative && !description) {
            return null;
        }
        int k = cueStart;
        while (k > end && text.charAt(k - 1) == ' ') {
            k--;
        }
        String clause = text.substring(end, cueStart);
        return text.charAt(k - 1) == ',' && !containsAny(clause, "!?;:\"“”«»") && !containsSentenceEnd(clause)
                ? new int[]{i, end} : null;
    }

    /**
     * "…,” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": after a full name,
     * an "of" phrase that names an organisation (it ends in a capitalised word) and runs straight to the cue,
     * however long, is the speaker's affiliation.
     */
    private static boolean affiliationBeforeCue(String text, int nameEnd, int cueStart) {
        String clause = text.substring(nameEnd, cueStart);
        if (containsAny(clause, ",!?;:\"“”«»()") || containsSentenceEnd(clause)) {
            return false;
        }
        Word last = Words.wordBefore(text, nameEnd, cueStart);
        return last != null && Character.isUpperCase(last.text().charAt(0)) && !Names.isFunctionWord(last.text());
    }

    /**
     * What the mention parser leaves between a quotation and its cue that can still only be the subject:
     * one capitalised word that is no pronoun ("…,” Will wrote.": a name that is also a word), or a few
     * lower-case words naming people in the plural ("…,” federal prosecutors wrote).
     */
    private static int[] plainSubject(String text, int i, int cueStart) {
        int end = cueStart;
        while (end > i && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end <= i) {
            return null;
        }
        String[] words = Names.words(text.substring(i, end));
        if (words.length == 1) {
            String w = words[0];
            boolean word = w.chars().allMatch(Character::isLetter);
            return word && Character.isUpperCase(w.charAt(0)) && w.length() > 2 && !Names.PRONOUNS.contains(Names.lower(w))
                    && !NOT_A_SUBJECT.contains(Names.lower(w)) ? new int[]{i, end} : null;
        }
        if (words.length > 4) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    || Names.isFunctionWord(w)) { // "…” without reporters asking: a preposition opens no subject
                return null;
            }
        }
        String last = words[words.length - 1];
        boolean people = last.endsWith("s") && Names.PERSON_ROLES.contains(last.substring(0, last.length() - 1))
                || last.endsWith("men") || last.endsWith("women") || last.equals("people");
        return people ? new int[]{i, end} : null;
    }

    /** Capitalised words that stand before a verb without naming anyone. */
    private static final java.util.Set<String> NOT_A_SUBJECT = QuoteWords.ATTRIBUTION.set("attribution-finder.not-a-subject");

    /** A party-and-state tag or a short aside after a name: "Sen. Marco Rubio (R-Fla.) said". */
    private static final Pattern SHORT_PARENTHETICAL = Pattern.compile("\\s*\\([^()\"“”]{1,24}\\)");

    /** True when the quotation that closes just before {@code close} ends with a period. */
    private static boolean endsWithPeriod(String text, int close) {
        int k = close - 1;
        while (k > 0 && QuoteMarks.isAnyMark(text.charAt(k))) {
            k--;
        }
        return k >= 0 && k < close - 1 && text.charAt(k) == '.';
    }

    /** ", Trump barked": a speaker followed by a verb in -ed that the cue list does not know. */
    private Attribution unknownVerb(String text, int close, int i, int reach) {
        Attribution a = unknownVerbAttribution(text, close, i, reach);
        // a verb the lexicon knows as a belief, an intention or a stance ("…,” the governor wants) reports
        // no words, so it cannot attribute a quotation even where an unknown verb would; a verb of stating
        // ("…,” he points out.) that elsewhere needs "that" does attribute a quotation cut off by a comma
        if (a == null || !cues.isReportOnly(a.cue())) {
            return a;
        }
        if ((cues.kinds(a.cue()) & Cues.THAT_ONLY) != 0 && endsWithComma(text, close)) {
            return a;
        }
        // "“…?” Beck questioned.": a verb that ends its sentence right after a quotation has nothing else to report
        boolean endsClause = a.end() < text.length() && text.charAt(a.end()) == '.' && a.end() + 1 >= text.length()
                || a.end() + 1 < text.length() && text.charAt(a.end()) == '.' && Character.isWhitespace(text.charAt(a.end() + 1));
        // but a want, a hope or an impression ("…,” the governor wants.) still reports no words
        return endsClause && !cues.framesNoWords(a.cue()) && (endsWithComma(text, close) || endsWithOutcry(text, close)) ? a : null;
    }

    private static Attribution unknownVerbAttribution(String text, int close, int i, int reach) {
        if (endsWithComma(text, close) || endsWithOutcry(text, close) && i < text.length() && Character.isLowerCase(text.charAt(i))) {
            Attribution a = shortClauseAfterComma(text, i, reach);
            if (a != null) {
                return a;
            }
        }
        int probe = text.indexOf("ed", i);
        if (probe < 0 || probe >= Math.min(reach, i + 60)) {
            return null; // no verb in -ed close enough: spare the regex
        }
        Matcher m = SPEAKER_VERB.matcher(text).region(i, reach);
        if (!m.lookingAt()) {
            return null;
        }
        int[] span = {m.start(1), m.end(1)};
        if (!SpeakerPhrases.isSpeakerLike(text, span)) {
            return null;
        }
        return new Attribution(span[0], span[1], m.group(2), m.end(2));
    }

    /**
     * True when the quotation that closes just before {@code close} ends with "!" or "?": a lower-case word
     * after it carries the sentence on ("“This is fantastic!” beamed Donald Hartley").
     */
    private static boolean endsWithOutcry(String text, int close) {
        int k = close - 1;
        while (k > 0 && QuoteMarks.isAnyMark(text.charAt(k))) {
            k--;
        }
        return k >= 0 && k < close - 1 && (text.charAt(k) == '!' || text.charAt(k) == '?');
    }

    /** True when the quotation that closes just before {@code close} ends with a comma: what follows attributes it. */
    private static boolean endsWithComma(String text, int close) {
        int k = close - 1;
        while (k > 0 && QuoteMarks.isAnyMark(text.charAt(k))) {
            k--;
        }
        return k >= 0 && k < close - 1 && text.charAt(k) == ',';
    }

    /**
     * After a quotation that ends with a comma, a short clause of a subject and one verb the cue list does not
     * know ("…,” Trump shot back. "…,” the Saudis state in the paper) or the inverted form ("…,” opined the
     * Plain Dealer.) names the speaker: a quotation cut off by a comma is always attributed.
     */
    private static Attribution shortClauseAfterComma(String text, int i, int reach) {
        Matcher m = SUBJECT_THEN_VERB.matcher(text).region(i, reach);
        if (m.lookingAt() && !MentionWords.AUXILIARIES.contains(m.group(2)) && !NOT_A_VERB.contains(m.group(2))
                && !NOT_A_VERB.contains(lastWord(m.group(1)))
                && (m.end(2) == text.length() || !Character.isWhitespace(text.charAt(m.end(2)))
                || !Character.isLowerCase(lastWord(m.group(1)).charAt(0)))) {
            // before a prepositional phrase only a name or a pronoun: "…,” the lowest level of sensitivity in …
            // is an apposition, not an attribution
            int[] span = {m.start(1), m.end(1)};
            if (SpeakerPhrases.isSpeakerLike(text, span)) {
                return new Attribution(span[0], span[1], m.group(2), m.end(2));
            }
        }
        m = VERB_THEN_NAME.matcher(text).region(i, reach);
        if (m.lookingAt() && !MentionWords.AUXILIARIES.contains(m.group(1)) && !NOT_A_VERB.contains(m.group(1))) {
            int end = m.end(2);
            if (text.charAt(end - 1) == '.' && end - m.start(2) > 2 && !Character.isUpperCase(text.charAt(end - 2))) {
                end--; // the sentence's period, not an abbreviation
            }
            int[] span = {m.start(2), end};
            if (SpeakerPhrases.isSpeakerLike(text, span)) {
                return new Attribution(span[0], span[1], m.group(1), m.end(2));
            }
        }
        return null;
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** Lowercase words that follow a subject without being its verb. */
    private static final java.util.Set<String> NOT_A_VERB = QuoteWords.ATTRIBUTION.set("attribution-finder.not-a-verb");

    private static final String NAME_WORDS = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";

    /** "Trump shot back.", "an angry Hollande retaliated.", "the Saudis state in the paper": subject, verb, then an end. */
    private static final Pattern SUBJECT_THEN_VERB = Pattern.compile(
            "((?:he|she|they|I|we)|" + NAME_WORDS + "|(?:the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:" + NAME_WORDS
                    + "|\\p{Ll}[\\p{L}-]*))"
                    + "(?:,\\s[^,;“”\"()]{1,120},)?" // "Howard Dean, the former governor of Vermont, proclaimed"
                    + "\\s+(\\p{Ll}{2,}(?:\\s+(?:back|on|up|out))?)"
                    + "(?=[,.;:!?]|$|\\s+(?:in|on|at|during|after|before|to|from|with|via)\\s)");

    /** "opined the Plain Dealer.": an unknown verb, then a name that ends the sentence. */
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            "(\\p{Ll}{2,})\\s+((?:the\\s+)?" + NAME_WORDS + ")(?=[,.;:!?]|$|\\s+of\\s)");

    private static final Pattern SPEAKER_VERB = Pattern.compile(
            "((?:he|she|they|I|we)|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})"
                    + "\\s+(\\p{Ll}{2,}ed)(?=[,.;:!?]|$|\\s+(?:and|as|before|after|while|then)\\s)");

    /**
     * An attribution at the end of a sentence after a comma: "…, X said." or "…, said X, a …".
     * At most a few words may follow it.
     */
    public Trailing trailing(String text, int from, int end) {
        int last = text.lastIndexOf(',', end - 1);
        if (last >= from) {
            Matcher view = mayOpenSomeonesView(text, last + 1, end) ? IN_SOMEONES_VIEW.matcher(text).region(last + 1, end) : null;
            if (view != null && view.lookingAt() && text.substring(view.end(), end).strip().matches("[.!?]?")) {
                return new Trailing(new Attribution(view.start(1), view.end(1), view.group(2), view.end()), last);
            }
        }
        int tried = 0;
        for (int comma = text.lastIndexOf(',', end - 1); comma >= from && tried < 3; comma = text.lastIndexOf(',', comma - 1)) {
            tried++;
            Attribution a = after(text, comma + 1, end);
            if (a == null || cues.isFragment(a.cue()) || a.mentionStart() < 0) {
                continue;
            }
            String rest = text.substring(a.end(), end).strip();
            int restLimit = cues.isListener(a.cue()) ? 5 : 3;
            if (!rest.isEmpty() && !rest.startsWith(",") && Words.countWords(text, new int[]{a.end(), end}) > restLimit) {
                continue;
            }
            return new Trailing(a, comma);
        }
        return null;
    }

    /** "in Bolton’s view", "In Forbes’ words": whose view or words a quotation gives. */
    private static final Pattern IN_SOMEONES_VIEW = Pattern.compile(
            "\\s*[Ii]n\\s+(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})(?:['’]s|s?['’])\\s+(view|words|telling|estimation|opinion)\\b");

    /**
     * False when {@link #IN_SOMEONES_VIEW} surely cannot match at {@code from}: it opens with "in" and white space,
     * which most stretches tried do not, so they need no matcher.
     */
    private static boolean mayOpenSomeonesView(String text, int from, int to) {
        int k = from;
        while (k < to && Names.isRegexSpace(text.charAt(k))) {
            k++;
        }
        return k + 2 < to && (text.charAt(k) == 'I' || text.charAt(k) == 'i') && text.charAt(k + 1) == 'n'
                && Names.isRegexSpace(text.charAt(k + 2));
    }

    /** An attribution that ends a sentence, and the comma that sets it off. */
    public record Trailing(Attribution attribution, int comma) {
    }

    private static boolean containsAny(String s, String chars) {
        for (int k = 0; k < s.length(); k++) {
            if (chars.indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "Gen." and "U.S." do not end a sentence; a period before a space and a capital does. */
    private static boolean containsSentenceEnd(String s) {
        for (int k = 0; k + 2 < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && s.charAt(k + 1) == ' ' && Character.isUpperCase(s.charAt(k + 2))) {
                int w = k;
                while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                    w--;
                }
                String word = s.substring(w, k);
                if (!(word.length() <= 1 || Names.isTitle(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where a cue before a quote stands relative to it. */
    public enum Placement {
        /** The cue introduces the quote: "X said: “…”", "X said, “…”", "according to X, “…”". */
        INTRODUCES,
        /** The cue stands earlier in the sentence: the quote is a fragment of reported speech. */
        EARLIER
    }

    public record Before(Attribution attribution, Placement placement) {
    }

    /** The cue (or colon) before a quote in its sentence, and the subject that goes with it. */
    public Before before(String text, int sentenceStart, int open) {
        List<int[]> found = new ArrayList<>();
        for (Cues.Match cm = index.findQuoteCue(text, sentenceStart, open); cm != null; cm = index.findQuoteCue(text, cm.end(), open)) {
            found.add(new int[]{cm.start(), cm.end()});
        }
        String pre = text.substring(sentenceStart, open).strip();
        if (pre.endsWith(":")) {
            Attribution byVerb = colonVerbAttribution(text, sentenceStart, text.lastIndexOf(':', open));
            if (byVerb != null) {
                return new Before(byVerb, Placement.INTRODUCES);
            }
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            int cs = found.get(k)[0];
            int ce = found.get(k)[1];
            String cue = text.substring(cs, ce);
            String gap = text.substring(ce, open);
            boolean introduces = k == found.size() - 1
                    && Words.countWords(text, new int[]{ce, open}) <= BEFORE_GAP_WORDS
                    && gap.chars().noneMatch(c -> "\"“”«»".indexOf(c) >= 0)
                    && (gap.isBlank() || gap.strip().endsWith(":") || gap.strip().endsWith(","))
                    && !cues.isFragment(cue);
            if ((cue.equals("reads") || cue.equals("read")) && gap.isBlank()) {
                continue; // "she reads “War and Peace”": the quotation marks set off a title, the object of the verb
            }
            Attribution a = forCue(text, sentenceStart, cs, ce, cue, open);
            if (a != null) {
                if (!introduces || gap.isBlank() && opensLowerCase(text, open)) {
                    // a fragment the inner verb takes as its object is still the outer speaker's words
                    a = outerReporter(text, sentenceStart, cs, a, cue, open);
                }
                return new Before(a, introduces ? Placement.INTRODUCES : Placement.EARLIER);
            }
        }
        Matcher view = mayOpenSomeonesView(text, sentenceStart, open) ? IN_SOMEONES_VIEW.matcher(text).region(sentenceStart, open) : null;
        if (view != null && view.lookingAt() && text.substring(view.end(), open).strip().equals(",")) {
            // "In Forbes’ words, “…”"
            return new Before(new Attribution(view.start(1), view.end(1), view.group(2), view.end()), Placement.INTRODUCES);
        }
        if (found.isEmpty() && text.regionMatches(true, sentenceStart, ACCORDING_TO, 0, ACCORDING_TO.length())) {
            // "According to Woodward, “…”": the cue list matches the phrase in lower case, as it stands mid-sentence
            int ce = sentenceStart + ACCORDING_TO.length();
            Attribution a = forCue(text, sentenceStart, sentenceStart, ce, "according to", open);
            String gap = a == null ? "" : text.substring(a.end(), open).strip();
            if (gap.equals(",") || gap.equals(":")) {
                return new Before(a, Placement.INTRODUCES);
            }
        }
        if (pre.endsWith(":")) {
            int colon = text.lastIndexOf(':', open);
            int[] subject = sourceBeforeColon(text, sentenceStart, colon);
            if (subject == null) {
                subject = nameBeforeColon(text, sentenceStart, colon);
            }
            if (subject == null) {
                subject = LeadingSubject.leadingSubject(text, sentenceStart, colon);
            }
            if (subject != null) {
                return new Before(new Attribution(subject[0], subject[1], ":", colon + 1), Placement.INTRODUCES);
            }
        }
        return null;
    }

    private static final String ACCORDING_TO = "according to";

    /** Whether the quotation opening at {@code open} starts with a lower-case word: a fragment of a sentence. */
    private static boolean opensLowerCase(String text, int open) {
        int k = open;
        while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k))) {
            k++;
        }
        return k < text.length() && Character.isLowerCase(text.charAt(k));
    }

    /**
     * The attribution of the speech verb earlier in the sentence whose reported clause holds the clause of the
     * cue at {@code innerCueStart} (see {@link OuterReporter}); {@code inner} itself when there is none.
     */
    public Attribution outerReporter(String text, int sentenceStart, int innerCueStart, Attribution inner, String innerCue,
                                     int open) {
        if (inner.mentionStart() < 0) {
            return inner;
        }
        List<Cues.Match> earlier = new ArrayList<>();
        for (Cues.Match m = index.find(text, sentenceStart, innerCueStart); m != null; m = index.find(text, m.end(), innerCueStart)) {
            earlier.add(m);
        }
        for (int j = earlier.size() - 1; j >= 0; j--) {
            Cues.Match m = earlier.get(j);
            if (!OuterReporter.reports(text, cues, m.cue(), m.end(), inner.mentionStart(), innerCue)) {
                continue;
            }
            Attribution outer = forCue(text, sentenceStart, m.start(), m.end(), m.cue(), open);
            if (outer != null && outer.mentionStart() >= 0 && outer.mentionEnd() <= m.start()) {
                return outer;
            }
        }
        return inner;
    }

    /**
     * "…, the Christie supporter retorted: “…”", "Rubio fired back forcefully: “…”": a verb in the past tense
     * (with an adverb or a particle) that ends the clause before the colon introduces the quote, whether or not
     * the cue list knows it, and its subject is the speaker.
     */
    private static Attribution colonVerbAttribution(String text, int sentenceStart, int colon) {
        Word w = Words.wordBefore(text, sentenceStart, colon);
        for (int skipped = 0; w != null && skipped < 2 && isAdverbOrParticle(w.text()); skipped++) {
            w = Words.wordBefore(text, sentenceStart, w.start());
        }
        if (w == null || !isPastTenseVerb(w.text())) {
            return null;
        }
        int[] subject = SubjectBeforeCue.subjectBefore(text, sentenceStart, w.start());
        if (subject == null || subject[1] > w.start()) {
            return null;
        }
        return new Attribution(subject[0], subject[1], w.text(), colon + 1);
    }

    private static boolean isAdverbOrParticle(String word) {
        return word.length() > 3 && word.endsWith("ly") && Character.isLowerCase(word.charAt(0)) || PARTICLES.contains(word);
    }

    private static final java.util.Set<String> PARTICLES = QuoteWords.ATTRIBUTION.set("attribution-finder.particles");

    /** A lowercase word in -ed that is no participle of "to be" and no auxiliary: "retorted", "posted". */
    private static boolean isPastTenseVerb(String word) {
        return word.length() > 4 && word.endsWith("ed") && word.chars().allMatch(Character::isLowerCase)
                && !MentionWords.AUXILIARIES.contains(word) && !NOT_PAST_TENSE.contains(word);
    }

    /** Words in -ed that end a clause before a colon without being its verb: "as follows" has none, "the need:". */
    private static final java.util.Set<String> NOT_PAST_TENSE = QuoteWords.ATTRIBUTION.set("attribution-finder.not-past-tense");

    /**
     * Whether a name at {@code nameStart} closes a phrase opened by a preposition a few words back ("to the Dutch
     * newspaper NRC Handelsblad"), within the same stretch of punctuation.
     */
    private static boolean governedByPreposition(String text, int sentenceStart, int nameStart) {
        int end = nameStart;
        for (int k = 0; k < 4; k++) {
            Word w = Words.wordBefore(text, sentenceStart, end);
            if (w == null) {
                return false;
            }
            String lw = Names.lower(w.text());
            if (LISTENER_PREPOSITIONS.contains(lw)) {
                return true;
            }
            if (isPastTenseVerb(w.text()) || MentionWords.AUXILIARIES.contains(lw)) {
                return false;
            }
            end = w.start();
        }
        return false;
    }

    /** How many words a source named right before a colon may have: "From the report:", "- Pew Research:". */
    private static final int COLON_SOURCE_WORDS = 5;

    /**
     * A source set off right before a colon: "More from Jones: “…”", "From the report: “…”", or, after a dash
     * that closes a summary line, "Media shares blame - HuffPollster: “…”". Organisations count: the
     * quotation is their published text.
     */
    private static int[] sourceBeforeColon(String text, int sentenceStart, int colon) {
        int dash = -1;
        for (int k = colon - 1; k > sentenceStart && colon - k < 60; k--) {
            char c = text.charAt(k);
            if ((c == '-' || c == '—' || c == '–') && text.charAt(k - 1) == ' ') {
                dash = k;
                break;
            }
        }
        int from = dash >= 0 ? dash + 1 : sentenceStart;
        int[] phrase = null;
        int fromWord = lastFrom(text, from, colon);
        if (fromWord >= 0) {
            phrase = Spans.trimmed(text, fromWord, colon); // "More from Jones:", "From Bush's Facebook post:"
        } else if (dash >= 0) {
            int[] all = Spans.trimmed(text, from, colon);
            phrase = all != null && Character.isUpperCase(text.charAt(all[0])) ? all : null;
        }
        if (phrase == null || Words.countWords(text, phrase) > COLON_SOURCE_WORDS
                || containsAny(text.substring(phrase[0], phrase[1]), ",;:\"“”«»()")
                || !SpeakerPhrases.isSpeakerLike(text, phrase)) {
            return null;
        }
        return phrase;
    }

    /** Where the words after the last "from" before {@code colon} start, if "from" opens its stretch or follows "More". */
    private static int lastFrom(String text, int from, int colon) {
        String stretch = Names.lower(text.substring(from, colon));
        int k = stretch.lastIndexOf("from ");
        if (k < 0 || k > 0 && Character.isLetter(stretch.charAt(k - 1))) {
            return -1;
        }
        String lead = stretch.substring(0, k).strip();
        return lead.isEmpty() || lead.equals("more") ? from + k + 5 : -1;
    }

    /** Prepositions that make the name after them someone spoken to or about. */
    private static final java.util.Set<String> LISTENER_PREPOSITIONS = QuoteWords.ATTRIBUTION.set("attribution-finder.listener-prepositions");

    /** "… - Philip Bump: “…”": a full name that ends right at the colon. */
    private static int[] nameBeforeColon(String text, int sentenceStart, int colon) {
        int[] last = null;
        for (Names.Run r : Names.runs(text.substring(sentenceStart, colon))) {
            last = new int[]{sentenceStart + r.start(), sentenceStart + r.end()};
        }
        if (last == null || !text.substring(last[1], colon).isBlank()) {
            return null;
        }
        if (governedByPreposition(text, sentenceStart, last[0])) {
            return null; // "… broke down what was wrong to the Dutch newspaper NRC Handelsblad:": the listener
        }
        if (!Names.isFullPersonName(text.substring(last[0], last[1]))) {
            return null;
        }
        return last;
    }

    /** The subject of the cue at {@code cs..ce}. */
    public Attribution forCue(String text, int sentenceStart, int cs, int ce, String cue, int limit) {
        if (cue.equals("according to")) {
            int[] np = NameAfterCue.phraseAfter(text, ce, limit);
            return np == null ? null : new Attribution(np[0], np[1], cue, np[1]);
        }
        int[] subject;
        if (cue.endsWith("ing") && !cue.contains(" ") && precededByComma(text, sentenceStart, cs)) {
            subject = mainSubject(text, sentenceStart, cs);
        } else {
            subject = SubjectBeforeCue.subjectBefore(text, sentenceStart, cs);
            if (subject == null && !cues.isListener(cue) && !cues.isFragment(cue)) {
                int[] np = NameAfterCue.phraseAfter(text, ce, limit);
                if (np != null && SubjectBeforeCue.tailPhrase(text, sentenceStart, cs) == null
                        && (cs == sentenceStart || invertedBeforeQuote(text, sentenceStart, cs, cue, np, limit))) {
                    subject = np;
                }
            }
        }
        return subject == null ? null : new Attribution(subject[0], subject[1], cue, ce);
    }

    /**
     * "Because of how the schedule was drawn, explained Rosenberg, “…”": a speech verb set off by a comma before
     * it stands before its subject, and the name after it, closed by a comma right at the quotation, is the
     * speaker.
     */
    private boolean invertedBeforeQuote(String text, int sentenceStart, int cs, String cue, int[] np, int open) {
        if (!cues.inverts(cue) || !precededByComma(text, sentenceStart, cs) || np[1] > open) {
            return false;
        }
        String gap = text.substring(np[1], open).strip();
        return gap.equals(",") || gap.equals(":");
    }

    /** For "…, citing …": the subject of the sentence's earlier cue, or the sentence's subject. */
    private int[] mainSubject(String text, int sentenceStart, int cs) {
        int[] found = null;
        for (Cues.Match cm = index.findQuoteCue(text, sentenceStart, cs); cm != null; cm = index.findQuoteCue(text, cm.end(), cs)) {
            int[] s = SubjectBeforeCue.subjectBefore(text, sentenceStart, cm.start());
            if (s == null && afterClosingMark(text, sentenceStart, cm.start()) && !cues.isListener(cm.cue())
                    && !cues.isFragment(cm.cue())) {
                // "“…,” said Skelly, explaining …": the inverted cue's subject, right before the participle's comma
                int[] np = NameAfterCue.phraseAfter(text, cm.end(), cs);
                s = np != null && text.substring(np[1], cs).strip().equals(",") ? np : null;
            }
            if (s != null) {
                found = s;
                break;
            }
        }
        return found != null ? found : LeadingSubject.mainClauseSubject(text, sentenceStart, cs);
    }

    /** Whether a closing quotation mark stands right before {@code pos}: "“…,” said Skelly". */
    private static boolean afterClosingMark(String text, int from, int pos) {
        int k = pos;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > from && QuoteMarks.isAnyMark(text.charAt(k - 1));
    }

    /** Whether the words between {@code from} and {@code to} are one capitalised name and nothing else. */
    private static boolean onlyAName(String text, int from, int to) {
        int[] span = Spans.trimmed(text, from, to);
        if (span == null || !Character.isUpperCase(text.charAt(span[0]))) {
            return false;
        }
        int end = Names.nameRunEnd(text, span[0]);
        return end == span[1] && !Names.isFunctionWord(Names.words(text.substring(span[0], end))[0]);
    }

    /** A one-word participle cue: "saying", "adding", "calling". */
    private static boolean isParticiple(String cue) {
        return cue.endsWith("ing") && cue.indexOf(' ') < 0;
    }

    private static boolean precededByComma(String text, int from, int cs) {
        int k = cs;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > from && text.charAt(k - 1) == ',';
    }
}
