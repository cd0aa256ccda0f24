package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.WordCursor;

import static io.newsclean.quotes.attribution.SpeakerPhrases.endsWithTimeNoun;
import static io.newsclean.quotes.lexicon.MentionWords.APPROXIMATORS;
import static io.newsclean.quotes.lexicon.MentionWords.AUXILIARIES;
import static io.newsclean.quotes.lexicon.MentionWords.CLAUSE_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.HEDGE_ENDS;
import static io.newsclean.quotes.lexicon.MentionWords.HEDGE_STARTS;
import static io.newsclean.quotes.lexicon.MentionWords.INNER_VERBS;
import static io.newsclean.quotes.lexicon.MentionWords.NP_STOPS;
import static io.newsclean.quotes.lexicon.MentionWords.NUMBER_WORDS;
import static io.newsclean.quotes.lexicon.MentionWords.PLACE_PREPOSITIONS;
import static io.newsclean.quotes.lexicon.MentionWords.PREPOSITIONS;
import static io.newsclean.quotes.lexicon.MentionWords.QUANTIFIER_PRONOUNS;
import static io.newsclean.quotes.lexicon.MentionWords.isCount;
import static io.newsclean.quotes.lexicon.MentionWords.isDescriptionWord;
import static io.newsclean.quotes.lexicon.MentionWords.isPeopleNoun;
import static io.newsclean.quotes.text.Words.countWords;
import static io.newsclean.quotes.text.Words.firstWord;

/**
 * Subjects that open with a count or a share: "About four in 10 voters", "Eleven progressive and Muslim
 * organizations", "Most Republicans", and the plural people nouns a capitalised qualifier leads ("Clinton
 * supporters").
 */
public final class GroupCounts {
    private GroupCounts() {
    }

    /**
     * Where the count that opens {@code [from, limit)} ends, hedges and "in 10" included ("About four in
     * 10", "More than half", "Eleven", "75 percent"), or -1 when the words do not open with a count.
     */
    static int quantityWordsEnd(String text, int from, int limit) {
        WordCursor m = new WordCursor(text, from, limit);
        if (!m.next()) {
            return -1;
        }
        String lw = m.key();
        if (APPROXIMATORS.contains(lw) || HEDGE_STARTS.contains(lw)) {
            boolean twoWords = HEDGE_STARTS.contains(lw);
            if (!m.next()) {
                return -1;
            }
            lw = m.key();
            if (twoWords) {
                if (!HEDGE_ENDS.contains(lw) || !m.next()) {
                    return -1;
                }
                lw = m.key();
            }
        }
        if (lw.equals("a") && m.next()) { // "a majority of", "a third of"
            lw = m.key();
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
            if (m.next() && isCount(m.key())) {
                end = m.end();
            }
        }
        return end;
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
            String lw = m.key();
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
        return words > 0 || countWords(text, span) > 1 || QUANTIFIER_PRONOUNS.contains(first.key())
                ? span : null;
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

    /** Whether the next word after {@code from} is a capitalised word other than a function word. */
    private static boolean startsName(String text, int from, int limit) {
        Word next = firstWord(text, from, limit);
        return next != null && Character.isUpperCase(next.text().charAt(0)) && !Names.isFunctionWord(next.text())
                && text.substring(from, next.start()).isBlank();
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
}
