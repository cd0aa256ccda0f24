package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLinesTest {
    static final String P1 = "The city council voted on Tuesday to close the old bridge for repairs, a decision that "
            + "will send thousands of drivers onto side roads for most of next year.";
    static final String P2 = "Engineers found cracks in two of the supporting beams during a routine inspection in "
            + "the spring, and the council was told that the work could not wait.";
    static final String P3 = "Local shop owners said they were worried about the loss of passing trade, but most "
            + "agreed that the safety of the bridge had to come first.";
    static final String COMMENT = "I drive over that bridge every single day and I have been saying for years that it "
            + "was falling apart, so it is about time somebody in the council listened to us.";

    @Test
    void theBodyIsTheStretchOfProseBetweenMenusAndComments() {
        List<String> lines = List.of("Home", "News", "Sport", "Weather", "Bridge to close for a year",
                P1, P2, "Photo: City Council", P3, "Comments", "jane_doe", "2 hours ago", COMMENT, "Reply");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(5, page.bodyStart());
        assertEquals(8, page.bodyEnd());
        assertTrue(page.inBody(7), "a credit between paragraphs does not split the body");
        assertFalse(page.inBody(12), "comments after a comments heading are not the article");
        assertTrue(page.prose(5));
        assertFalse(page.prose(4));
        assertEquals(PhraseKind.COMMENTS, page.phrase(9));
    }

    @Test
    void aCommentThreadWithoutAHeadingEndsTheBodyAtItsFirstReplyButton() {
        String comment2 = "The bridge has needed work for a decade, and the council only acts now because a "
                + "newspaper wrote about the cracks, which says a lot about how this city is run these days.";
        List<String> lines = List.of("Bridge to close for a year", P1, P2, P3, "jane_doe", "2 hours ago", COMMENT,
                "Reply", "old_timer", comment2, "Reply");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(PhraseKind.COMMENT_SIGNATURE, page.phrase(7));
        assertTrue(page.inBody(3));
        assertFalse(page.inBody(9), "a comment after a reply button is not the article");
    }

    @Test
    void aSignatureAboveTheArticleDoesNotEndIt() {
        // The trap: a blog prints its own "Posted by" line above the post, before any article was read.
        List<String> lines = List.of("Bridge to close for a year", "Posted by Jane Doe at 10:05 AM", P1, P2, P3,
                "Posted by Jane Doe at 10:05 AM", "2 comments", COMMENT);
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(PhraseKind.COMMENT_SIGNATURE, page.phrase(1));
        assertEquals(2, page.bodyStart());
        assertEquals(4, page.bodyEnd());
    }

    static final String P4 = "The council expects the bridge to reopen by the end of next summer, if the weather "
            + "allows the crews to work through the winter months without long breaks.";

    @Test
    void anArticlePrintedTwiceIsFoundInItsFirstCopy() {
        // A print copy under the article: every paragraph is said twice, yet it is the article.
        List<String> lines = List.of("Home", "News", "Bridge to close for a year", P1, P2, "Photo: City Council",
                P3, P4, "Print this article", "Bridge to close for a year", P1, P2, "Photo: City Council", P3, P4,
                "Contact us");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(3, page.bodyStart());
        assertEquals(7, page.bodyEnd());
        assertTrue(page.inBody(5), "the caption said twice belongs to the first copy too");
        assertFalse(page.inBody(10), "the second copy is not the article again");
    }

    @Test
    void teaserBlurbsListedTwiceAreStillFurniture() {
        // The trap: a list of teasers at the top and again at the bottom repeats prose in order,
        // but each blurb stands under its own headline, where an article's paragraphs adjoin.
        List<String> lines = List.of("Most read", "Mayor opens library", P2, "Bridge to close", P3, "Fire at the mill",
                P4, "Most read", "Mayor opens library", P2, "Bridge to close", P3, "Fire at the mill", P4);
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(-1, page.bodyStart(), "no article: only teasers, each said twice");
    }

    @Test
    void aTableBetweenParagraphsDoesNotSplitTheBody() {
        List<String> lines = List.of("Home", "Bridge to close for a year", P1, P2, "Player", "Plays", "Share",
                "Kim Berg", "63", "85%", "Ana Ruiz", "57", "77%", "Tom Lind", "49", "66%", P3, P4, "Contact us");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(2, page.bodyStart());
        assertEquals(17, page.bodyEnd());
        assertTrue(page.tableCell(8));
        assertFalse(page.tableCell(2));
    }

    @Test
    void aTableRightAfterTheProseJoinsTheBody() {
        List<String> lines = List.of("Home", P1, P2, "Final standings:", "Kim Berg", "5040", "5",
                "Ana Ruiz", "5035", "7", "Tom Lind", "5033", "4", "Contact us", "Privacy");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(12, page.bodyEnd());
    }

    @Test
    void aNumberedTeaserListAfterTheProseStaysOut() {
        // the trap: numbers and headlines in turn, one number a row
        List<String> lines = List.of("Home", P1, P2, "Most read", "1", "Mayor opens library", "2",
                "Bridge to close", "3", "Fire at the mill", "4", "School wins award");
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(2, page.bodyEnd());
    }

    @Test
    void countsRepeatedLines() {
        PageLines page = PageLines.analyse(List.of("News", P1, "news", P2), "en", null);
        assertEquals(2, page.occurrences(0));
        assertEquals(2, page.occurrences(2));
        assertEquals(1, page.occurrences(1));
    }

    @Test
    void shortClosingSentencesJoinTheBody() {
        PageLines page = PageLines.analyse(List.of("Bridge to close", P1, P2, "Pure nonsense.", "Follow us."), "en", null);
        assertEquals(3, page.bodyEnd(), "'Follow us.' is a known prompt; 'Pure nonsense.' ends like a sentence");
    }

    @Test
    void kadaneFindsTheBestSegment() {
        assertArrayEquals(new int[] {2, 4}, PageLines.bestStretch(new int[] {-3, -3, 20, -5, 30, -3, -40, 10}));
        assertArrayEquals(new int[] {-1, -1}, PageLines.bestStretch(new int[] {-3, -3}));
    }

    @Test
    void aPageWithoutProseHasNoBody() {
        PageLines page = PageLines.analyse(List.of("Home", "News", "Sport"), "en", null);
        assertEquals(-1, page.bodyStart());
        assertFalse(page.inBody(0));
    }
}
