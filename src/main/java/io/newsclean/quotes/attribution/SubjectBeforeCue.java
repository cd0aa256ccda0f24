package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.WordCursor;

import static io.newsclean.quotes.attribution.GroupCounts.quantityPhrase;
import static io.newsclean.quotes.attribution.LeadingSubject.leadingSubject;
import static io.newsclean.quotes.attribution.SpeakerPhrases.endsWithName;
import static io.newsclean.quotes.attribution.SpeakerPhrases.isFullName;
import static io.newsclean.quotes.attribution.SpeakerPhrases.isSpeakerLike;
import static io.newsclean.quotes.attribution.SpeakerPhrases.startsWithName;
import static io.newsclean.quotes.lexicon.MentionWords.AUXILIARIES;
import static io.newsclean.quotes.lexicon.MentionWords.CLAUSE_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.DETERMINERS;
import static io.newsclean.quotes.lexicon.MentionWords.INTRO_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.PASSIVE;
import static io.newsclean.quotes.text.Spans.afterParenthetical;
import static io.newsclean.quotes.text.Spans.lastIndexOfAny;
import static io.newsclean.quotes.text.Spans.skipBlank;
import static io.newsclean.quotes.text.Spans.skipSpace;
import static io.newsclean.quotes.text.Spans.trimmed;
import static io.newsclean.quotes.text.Spans.withoutParenthetical;
import static io.newsclean.quotes.text.Words.countWords;
import static io.newsclean.quotes.text.Words.wordBefore;

/**
 * The words before a cue that name its speaker: the subject after the last clause boundary ("the analyst
 * was quoted as saying"), the name before an apposition ("Chris Covert, South Carolina director for
 * Sanders, said"), and the speaker between a closing quotation mark and its cue.
 */
public final class SubjectBeforeCue {
    private SubjectBeforeCue() {
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
            String lw = m.key();
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
}
