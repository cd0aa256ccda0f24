package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.WordCursor;

import java.util.List;

import static io.newsclean.quotes.attribution.GroupCounts.quantityWordsEnd;
import static io.newsclean.quotes.lexicon.MentionWords.AUXILIARIES;
import static io.newsclean.quotes.lexicon.MentionWords.BARE_SOURCES;
import static io.newsclean.quotes.lexicon.MentionWords.DETERMINERS;
import static io.newsclean.quotes.lexicon.MentionWords.INNER_VERBS;
import static io.newsclean.quotes.lexicon.MentionWords.NOT_VERBS;
import static io.newsclean.quotes.lexicon.MentionWords.PREPOSITIONS;
import static io.newsclean.quotes.lexicon.MentionWords.QUANTIFIER_PRONOUNS;
import static io.newsclean.quotes.lexicon.MentionWords.TIME_NOUNS;
import static io.newsclean.quotes.lexicon.MentionWords.TIME_OPENERS;
import static io.newsclean.quotes.text.Spans.skipBlank;
import static io.newsclean.quotes.text.Spans.trimmed;
import static io.newsclean.quotes.text.Words.countWords;
import static io.newsclean.quotes.text.Words.wordBefore;

/**
 * Whether words can name a speaker: a pronoun, a name, a determiner phrase or a group noun, never a verb
 * phrase or a stretch of time; and whether a span is a person's full name.
 */
public final class SpeakerPhrases {
    private SpeakerPhrases() {
    }

    /** A pronoun, a name, a determiner phrase or a bare group noun: words that can say something. */
    public static boolean isSpeakerLike(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        int count = 0;
        boolean capital = false;
        String first = null;
        while (m.next()) {
            String raw = m.word();
            String lw = m.key();
            if (count == 0) {
                if (raw.length() > 2 && (raw.endsWith("’s") || raw.endsWith("'s")) && Names.isFunctionWord(raw)) {
                    return false; // "It’s", "That's": a contraction, not a possessive name
                }
                first = lw;
            } else if (INNER_VERBS.contains(lw)) {
                return false;
            }
            if (!capital && Character.isUpperCase(raw.charAt(0)) && !Names.isFunctionWord(raw)) {
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

    /**
     * Whether a span is a stretch of time and nothing else ("The next day", "A month", "Each election cycle"):
     * no one speaks. A subject that a time phrase only trails ("a WBUR poll last week") is left alone.
     */
    static boolean endsWithTimeNoun(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        int count = 0;
        String last = null;
        while (m.next()) {
            String raw = m.word();
            String lw = m.key();
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

    /** "21 percent": a share of those asked, which answers as one speaker in poll reports. */
    private static boolean isShareOfPeople(String text, int[] span) {
        WordCursor m = new WordCursor(text, span[0], span[1]);
        if (!m.next() || !Character.isDigit(m.word().charAt(0))) {
            return false;
        }
        String number = m.word();
        return number.chars().allMatch(c -> Character.isDigit(c) || c == '.') && m.next() && m.word().equals("percent") && !m.next();
    }

    static boolean endsWithName(String text, int[] span) {
        Word w = wordBefore(text, span[0], span[1]);
        return w != null && Character.isUpperCase(w.text().charAt(0)) && !Names.isTitle(w.text()) && !Names.isOrgWord(w.text());
    }

    static boolean startsWithName(String text, int[] span) {
        return Character.isUpperCase(text.charAt(span[0]));
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
}
