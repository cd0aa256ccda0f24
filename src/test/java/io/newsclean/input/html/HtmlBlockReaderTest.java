package io.newsclean.input.html;

import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Format;
import io.newsclean.model.Mark;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.input.html.HtmlPages.block;
import static io.newsclean.input.html.HtmlPages.prose;
import static io.newsclean.input.html.HtmlPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlBlockReaderTest {

    private static final String PAGE = """
            <html><body>
            <nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li></ul></nav>
            <div class="sidebar"><p>%s</p></div>
            <article><div class="article-body">
              <p>%s</p>
              <figure><img src="x.jpg" alt="Ministers shake hands in Brussels on Friday"><figcaption>Ministers in Brussels</figcaption></figure>
              <h2>What comes next</h2>
              <p>%s</p>
              <ul><li>First point of the plan</li><li>Second point of the plan</li></ul>
              <blockquote><p>"We will meet again," the minister said.</p></blockquote>
              <table><tr><td>Russia</td><td>12 envoys</td></tr></table>
              <p>%s</p>
              <div style="display: none">Hidden promo text</div>
              <template><div>Template title</div></template>
              <p><a href="/related">A related story headline here</a></p>
            </div></article>
            <div id="comments" class="comments"><p>%s</p></div>
            </body></html>
            """.formatted(prose("Sidebar blurb."), prose("First."), prose("Second."), prose("Third."),
            prose("A reader comment."));

    @Test
    void choosesTheArticleOverSidebarAndComments() {
        ParsedPage parsed = read(PAGE);
        assertTrue(block(parsed, prose("First.")).orElseThrow().has(Mark.IN_MAIN));
        assertTrue(block(parsed, prose("Third.")).orElseThrow().has(Mark.IN_MAIN));
        assertFalse(block(parsed, prose("Sidebar blurb.")).orElseThrow().has(Mark.IN_MAIN));
        assertFalse(block(parsed, prose("A reader comment.")).orElseThrow().has(Mark.IN_MAIN));
        assertTrue(block(parsed, prose("A reader comment.")).orElseThrow().has(Mark.IN_COMMENTS));
        assertTrue(block(parsed, "World").orElseThrow().has(Mark.IN_NAV));
    }

    @Test
    void emitsBlocksInReadingOrderWithTheirKinds() {
        List<Block> main = read(PAGE).blocks().stream().filter(b -> b.has(Mark.IN_MAIN)).toList();
        List<String> texts = HtmlPages.texts(main);
        assertEquals(List.of(prose("First."), "Ministers shake hands in Brussels on Friday", "Ministers in Brussels",
                "What comes next", prose("Second."), "First point of the plan", "Second point of the plan",
                "\"We will meet again,\" the minister said.", "Russia", "12 envoys", prose("Third."),
                "Hidden promo text", "Template title", "A related story headline here"), texts);
        assertEquals(BlockKind.HEADING, main.get(3).kind());
        assertEquals(2, main.get(3).level());
        assertEquals(BlockKind.LIST_ITEM, main.get(5).kind());
        assertEquals(BlockKind.BLOCKQUOTE, main.get(7).kind());
        assertEquals(BlockKind.TABLE_ROW, main.get(8).kind());
    }

    @Test
    void marksFiguresImagesHiddenTemplatesAndLinks() {
        ParsedPage parsed = read(PAGE);
        Block alt = block(parsed, "Ministers shake hands in Brussels on Friday").orElseThrow();
        assertTrue(alt.has(Mark.IMAGE_TEXT));
        Block caption = block(parsed, "Ministers in Brussels").orElseThrow();
        assertTrue(caption.has(Mark.IN_FIGURE));
        assertEquals(BlockKind.CAPTION, caption.kind());
        assertTrue(block(parsed, "Hidden promo text").orElseThrow().has(Mark.HIDDEN));
        assertTrue(block(parsed, "Template title").orElseThrow().has(Mark.TEMPLATE));
        Block link = block(parsed, "A related story headline here").orElseThrow();
        assertTrue(link.has(Mark.ALL_LINK));
        assertEquals(1.0, link.linkDensity(), 1e-9);
        assertEquals(0.0, block(parsed, prose("First.")).orElseThrow().linkDensity(), 1e-9);
    }

    @Test
    void recordsThePagesOwnVocabularyInsideTheArticle() {
        ParsedPage parsed = read("""
                <html><body><div class="story-body">
                <p>%s</p>
                <div class="related-links"><p>Another story you may like today</p></div>
                <p>%s</p>
                </div></body></html>
                """.formatted(prose("One."), prose("Two.")));
        assertEquals("related", block(parsed, "Another story you may like today").orElseThrow().container());
        assertEquals("", block(parsed, prose("One.")).orElseThrow().container());
    }

    @Test
    void joinsArticleSectionsSplitByOtherMarkup() {
        ParsedPage parsed = read("""
                <html><body><div class="page">
                <div class="wrap"><div class="post-text"><p>%s</p><p>%s</p><p>%s</p></div></div>
                <div class="ad-slot">Buy now</div>
                <div class="wrap"><div class="post-text"><p>%s</p><p>%s</p></div></div>
                </div></body></html>
                """.formatted(prose("A."), prose("B."), prose("C."), prose("D."), prose("E.")));
        assertTrue(block(parsed, prose("A.")).orElseThrow().has(Mark.IN_MAIN));
        assertTrue(block(parsed, prose("E.")).orElseThrow().has(Mark.IN_MAIN));
    }

    @Test
    void breaksDivTextAtLineBreaksButNotParagraphText() {
        ParsedPage parsed = read("""
                <html><body><article><div>%s</div>
                <div class="box">Line one<br>Line two</div><p>Start of a<br>paragraph</p></article></body></html>
                """.formatted(prose("Body.")));
        assertTrue(block(parsed, "Line one").isPresent());
        assertTrue(block(parsed, "Line two").isPresent());
        assertTrue(block(parsed, "Start of a paragraph").isPresent());
    }

    @Test
    void pageWithoutTextGivesNoBlocks() {
        assertTrue(read("<html><body><img src=x.png></body></html>").blocks().isEmpty());
    }

    @Test
    void theMainContentReadsTheSameWhetherOrNotTheChromeIsWalked() {
        // The traps: the article sits in a list item, inside a link, after loose text, in a heading.
        String page = "<html><body>Loose text <ul><li><a href=\"/s\"><div class=\"story\"><p>" + prose("First.")
                + "</p><p>" + prose("Second.") + "</p><div>One line<br>Another line</div>"
                + "<ul><li>A point of the plan</li></ul></div></a></li></ul></body></html>";
        Page html = new Page(page, Format.HTML, "UTF-8", SourceInfo.ofFile("t.html").withDecoding(Format.HTML, "UTF-8"), null);
        List<Block> whole = new HtmlBlockReader(true).read(html).blocks().stream().filter(b -> b.has(Mark.IN_MAIN)).toList();
        List<Block> main = new HtmlBlockReader(false).read(html).blocks();
        assertEquals(List.of(prose("First."), prose("Second."), "One line", "Another line", "A point of the plan"),
                HtmlPages.texts(main));
        assertEquals(main.size(), whole.size());
        for (int i = 0; i < main.size(); i++) {
            Block a = main.get(i);
            Block b = whole.get(i);
            assertEquals(List.of(a.text(), a.kind(), a.level(), a.marks(), a.linkDensity()),
                    List.of(b.text(), b.kind(), b.level(), b.marks(), b.linkDensity()));
        }
        assertEquals(BlockKind.PARAGRAPH, main.get(0).kind());
        assertEquals(BlockKind.LIST_ITEM, main.get(4).kind());
    }
}
