package io.newsclean.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
    void aShortArticleUnderItsHeadlineWinsOverTheFootersNotices() {
        // The footer's legal notices are prose too; three of them outweigh a two-paragraph article.
        String n1 = "The information provided on this website is intended for general purposes only and does "
                + "not replace the advice of a doctor, a lawyer or any other professional you may need.";
        String n2 = "Results vary with the starting point, the goals and the effort of each reader, and no "
                + "promise of any result is made by the publisher of this website or by its partners.";
        String n3 = "These statements have not been evaluated by any public authority, and the products named "
                + "here are not meant to diagnose, treat, cure or prevent any disease that you may have.";
        List<String> lines = new ArrayList<>(List.of("Home", "Bridge to close for a year", "By Jane Doe",
                "November 20, 2019", P1, P2));
        for (int i = 1; i <= 24; i++) {
            lines.add("Archive entry " + i);
        }
        lines.addAll(List.of("Privacy Policy", "Terms of Use", n1, n2, n3));
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(4, page.bodyStart());
        assertEquals(5, page.bodyEnd());
    }

    @Test
    void picturesBetweenTheOpeningAndTheRestLeaveOneArticle() {
        // the trap: a gallery splits the article; the part under the headline and the longer
        // part below it are one text, not an article and something else
        String p5 = "Drivers who use the bridge every morning will have to plan for longer journeys, and the "
                + "bus company said it would add extra services on the two roads around the river.";
        String p6 = "The mayor promised that the work would be finished on time and said the council would "
                + "publish a report on the state of every other bridge in the city before the spring.";
        List<String> lines = new ArrayList<>(List.of("Home", "Bridge to close for a year", "November 20, 2019",
                P1, P2));
        for (int i = 1; i <= 12; i++) {
            lines.addAll(List.of("Image " + i + " of 12", "The old bridge, view " + i, "(Image credit: City Council)"));
        }
        lines.addAll(List.of(P3, P4, p5, p6, "Contact us"));
        PageLines page = PageLines.analyse(lines, "en", null);
        assertEquals(3, page.bodyStart());
        assertEquals(44, page.bodyEnd());
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
