package io.newsclean.quotes.attribution;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.Word;
import io.newsclean.quotes.text.Words;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quoted word given as someone's label for a person or a thing: "hailed the vote as “fantastic”",
 * "Will described Trump as a “caricature”", "referred to his rival as “Pocahontas”". The verb of
 * labelling names whoever chose the word, so the quoted word is that person's, however short.
 * A passive naming with no one behind it ("known as “Guccifer”", "register as “undeclared”") and a
 * clause opened by "as" ("as the “establishment” wing…") are not labels. Slogans chanted or written on
 * a sign, and what someone "calls" a thing, are likewise someone's words.
 */
public final class QuotedLabels {
    /** Verbs of labelling, inflected; "as" follows their object. */
    private static final Set<String> LABEL_VERBS = QuoteWords.ATTRIBUTION.set("quoted-labels.label-verbs");

    /**
     * A verb of chanting or shouting, or a sign or a message "that read", right before a quotation: the
     * quoted words are what a crowd cried or a sign said ("chanting “Feel the Bern”", "a hat that read
     * “Make Mexico Great Again”"), speech however much they look like a title. A bare "read" or
     * "reading" is left out: "he read “The Art of the Deal”" names a book.
     */
    private static final Pattern UTTERED_RIGHT_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:chants|cries|calls|shouts|cheers) of|chant(?:ed|ing)|shout(?:ed|ing)|yell(?:ed|ing)|scream(?:ed|ing)"
                    + "|cried|crying|sang|singing|(?:that|which) (?:read|reads|said|says))[\\s,:]*$");

    /**
     * "what he called the “Evil Empire”", "what some call the “Charleston loophole”": the quoted words
     * are the label that whoever "calls" it uses, not the name of a work.
     */
    private static final Pattern WHAT_THEY_CALL = Pattern.compile(
            "(?i)\\bwhat\\s+(?:[\\p{L}’'-]+\\s+){1,4}?(?:call|calls|called|term|terms|termed|dub|dubs|dubbed)"
                    + "\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\p{L}+\\s+)?$");

    /** Longer than any phrase {@link #UTTERED_RIGHT_BEFORE} knows, with room for spaces and a comma. */
    private static final int UTTERED_LOOKBACK = 24;

    /** How far before a quotation {@link #WHAT_THEY_CALL} may start. */
    private static final int WHAT_THEY_CALL_LOOKBACK = 60;

    /** How many words may stand between the verb and "as": its object ("the European Union's deal with Turkey"). */
    private static final int MAX_OBJECT_WORDS = 10;

    private QuotedLabels() {
    }

    /** Whether the quotation is someone's label, a chant or a sign's words, or what someone "calls" a thing. */
    public static boolean givenBySomeone(String text, int sentenceStart, int open) {
        return verbBefore(text, sentenceStart, open) != null || uttered(text, sentenceStart, open)
                || whatTheyCall(text, sentenceStart, open);
    }

    /** Whether a verb of crying out, or a sign's "that read", stands right before the opening mark. */
    public static boolean uttered(String text, int sentenceStart, int open) {
        return UTTERED_RIGHT_BEFORE.matcher(text).region(Math.max(sentenceStart, open - UTTERED_LOOKBACK), open).find();
    }

    /** Whether "what … call(s)" stands right before the opening mark. */
    public static boolean whatTheyCall(String text, int sentenceStart, int open) {
        return WHAT_THEY_CALL.matcher(text).region(Math.max(sentenceStart, open - WHAT_THEY_CALL_LOOKBACK), open).find();
    }

    /**
     * The verb of labelling when the quotation opening at {@code open} follows "as" (perhaps "as a",
     * "as an", "as the") and that verb stands before it in the same clause; null otherwise.
     */
    public static Word verbBefore(String text, int sentenceStart, int open) {
        Word w = Words.wordBefore(text, sentenceStart, open);
        if (w != null && Names.isArticle(w.lower())) {
            w = Words.wordBefore(text, sentenceStart, w.start());
        }
        if (w == null || !w.lower().equals("as")) {
            return null;
        }
        int end = w.start();
        for (int n = 0; n <= MAX_OBJECT_WORDS; n++) {
            Word v = Words.wordBefore(text, sentenceStart, end);
            if (v == null || clauseBreak(text, v.end(), end)) {
                return null;
            }
            if (LABEL_VERBS.contains(v.lower())) {
                return v;
            }
            end = v.start();
        }
        return null;
    }

    /** A comma, semicolon, colon or dash between two words ends the clause the verb must stand in. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }
}
