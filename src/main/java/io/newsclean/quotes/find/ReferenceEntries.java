package io.newsclean.quotes.find;

import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.List;
import java.util.Set;

/**
 * Entries of a reference list kept as paragraphs: "^ Davis, Denise (September 2007). "The impact of new
 * arrivals". Te Ara. Retrieved 30 April 2010." Their quotation marks hold the title of a cited work, never
 * anyone's words, so the quote finder does not search them. An entry is told by its shape, not its
 * wording: it opens with a back-link mark or a footnote number ("[12]"), or it carries a retrieval note
 * followed by a date. A sentence that merely mentions retrieving something ("the files were retrieved on
 * Monday") has neither.
 */
public final class ReferenceEntries {
    private static final Set<String> OPENING_MARKS = QuoteWords.QUOTES.set("reference-entries.opening-marks");
    private static final List<String> RETRIEVAL_NOTES = List.copyOf(QuoteWords.QUOTES.set("reference-entries.retrieval-notes"));
    /** How far after a retrieval note its date's first digit may stand: "Retrieved on 13", "Retrieved January 5". */
    private static final int NOTE_TO_DATE = 14;

    private ReferenceEntries() {
    }

    /** The paragraphs with every reference entry blanked, so that indices still name the same paragraphs. */
    public static List<String> without(List<String> paragraphs) {
        List<String> out = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            if (isEntry(paragraphs.get(p))) {
                if (out == null) {
                    out = new java.util.ArrayList<>(paragraphs);
                }
                out.set(p, "");
            }
        }
        return out == null ? paragraphs : out;
    }

    static boolean isEntry(String paragraph) {
        String text = paragraph.stripLeading();
        if (text.isEmpty()) {
            return false;
        }
        int markEnd = text.offsetByCodePoints(0, 1);
        if (OPENING_MARKS.contains(text.substring(0, markEnd)) || opensWithFootnoteNumber(text)) {
            return true;
        }
        for (String note : RETRIEVAL_NOTES) {
            for (int at = text.indexOf(note); at >= 0; at = text.indexOf(note, at + 1)) {
                if (dateFollows(text, at + note.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "[12] Smith, J. …": a bracketed number and then the entry. */
    private static boolean opensWithFootnoteNumber(String text) {
        int i = 1;
        if (text.charAt(0) != '[') {
            return false;
        }
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > 1 && i + 1 < text.length() && text.charAt(i) == ']' && Character.isWhitespace(text.charAt(i + 1));
    }

    /** A digit soon after the note, with only words and spaces before it: the note's date. */
    private static boolean dateFollows(String text, int from) {
        if (from >= text.length() || !Character.isWhitespace(text.charAt(from))) {
            return false;
        }
        for (int i = from; i < text.length() && i <= from + NOTE_TO_DATE; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            if (!Character.isLetter(c) && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
