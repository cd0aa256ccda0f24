package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.WordCursor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsclean.quotes.attribution.GroupCounts.groupNounEnd;
import static io.newsclean.quotes.attribution.GroupCounts.quantityPhrase;
import static io.newsclean.quotes.attribution.SpeakerPhrases.endsWithTimeNoun;
import static io.newsclean.quotes.attribution.SpeakerPhrases.isSpeakerLike;
import static io.newsclean.quotes.attribution.SpeakerPhrases.nameAfterDescription;
import static io.newsclean.quotes.lexicon.MentionWords.AUXILIARIES;
import static io.newsclean.quotes.lexicon.MentionWords.CLAUSE_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.DETERMINERS;
import static io.newsclean.quotes.lexicon.MentionWords.INNER_VERBS;
import static io.newsclean.quotes.lexicon.MentionWords.INTRO_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.NP_STOPS;
import static io.newsclean.quotes.lexicon.MentionWords.PLACE_PREPOSITIONS;
import static io.newsclean.quotes.lexicon.MentionWords.PREPOSITIONS;
import static io.newsclean.quotes.lexicon.MentionWords.SUBORDINATORS;
import static io.newsclean.quotes.lexicon.MentionWords.isDescriptionWord;
import static io.newsclean.quotes.text.Spans.onlySpaces;
import static io.newsclean.quotes.text.Spans.skipBlank;
import static io.newsclean.quotes.text.Spans.trimmed;
import static io.newsclean.quotes.text.Words.countWords;
import static io.newsclean.quotes.text.Words.firstWord;

/**
 * The noun phrase a sentence opens with, after a dateline or an introductory phrase, up to its first verb;
 * and the subject of the main clause when a participle or a subordinate phrase opens the sentence.
 */
public final class LeadingSubject {
    private LeadingSubject() {
    }

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
                from = afterStateAbbreviation(text, comma + 1, limit);
            }
        }
        return leadingSubjectAt(text, from, limit);
    }

    /** The longest abbreviation of a state or province written after its town: "Calif.", "Mass.", "N.H.". */
    private static final int STATE_ABBREVIATION = 6;

    /**
     * "At a conference in Aspen, Colo., the graduate spoke": an abbreviation with its period, set off by commas
     * right after an introductory phrase, finishes the phrase's place; the subject comes after it. A person is
     * never written so, so no name is skipped.
     */
    private static int afterStateAbbreviation(String text, int from, int limit) {
        int start = skipBlank(text, from);
        int comma = text.indexOf(',', start);
        if (comma < 0 || comma >= limit || comma - start > STATE_ABBREVIATION || comma - start < 3
                || text.charAt(comma - 1) != '.' || !Character.isUpperCase(text.charAt(start))) {
            return from;
        }
        for (int k = start; k < comma; k++) {
            if (!Character.isLetter(text.charAt(k)) && text.charAt(k) != '.') {
                return from;
            }
        }
        return comma + 1;
    }

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
            if (end >= 0 && !onlySpaces(text, end, m.start())) {
                break;
            }
            String raw = m.word();
            String lw = m.key();
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
}
