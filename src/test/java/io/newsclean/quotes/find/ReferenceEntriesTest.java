package io.newsclean.quotes.find;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which paragraphs are entries of a reference list, whose quotation marks hold titles of cited works. */
class ReferenceEntriesTest {

    @Test
    void anEntryOpeningWithABackLinkIsNotSearched() {
        assertTrue(ReferenceEntries.isEntry("^ Davis, Denise (September 2007). \"The impact of new arrivals\". "
                + "Te Ara: The Encyclopedia of New Zealand. Retrieved 30 April 2010."));
        assertTrue(ReferenceEntries.isEntry("[12] \"Royal Titles Act 1974\". Parliamentary Counsel Office. February 1974."));
    }

    @Test
    void anEntryWithARetrievalNoteAndItsDateIsNotSearched() {
        assertTrue(ReferenceEntries.isEntry("Goodger, Ben (February 6, 2006). \"Where Did Firefox Come From?\". "
                + "Inside Firefox. Archived from the original on 2011-06-23. Retrieved January 7, 2012."));
    }

    @Test
    void proseThatRetrievesSomethingIsSearched() {
        // the traps: the word without a date after it, a bracket that is no footnote number, a caret in a formula
        assertFalse(ReferenceEntries.isEntry("Retrieved from the wreck, the recorder showed that \"the crew had no "
                + "warning,\" investigators said."));
        assertFalse(ReferenceEntries.isEntry("[Update] \"We are reviewing the report,\" the company said."));
        assertFalse(ReferenceEntries.isEntry("“x^2 grows faster than x,” the teacher said."));
    }

    @Test
    void blankingKeepsTheParagraphIndices() {
        List<String> paragraphs = List.of("“We won,” she said.", "^ \"A title\". Publisher. Retrieved 1 May 2010.");
        assertEquals(List.of("“We won,” she said.", ""), ReferenceEntries.without(paragraphs));
    }
}
