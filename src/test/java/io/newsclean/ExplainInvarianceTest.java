package io.newsclean;

import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * {@code --explain} walks the whole page, chrome included, where a plain clean walks only the
 * main content. The article must come out the same: nothing around the main content may reach
 * its blocks. Each page here once gave a different article with an explanation.
 */
class ExplainInvarianceTest {
    private static final NewsCleaner CLEANER = new NewsCleaner();
    private static final String STORY = """
            <p>The council voted on Tuesday to approve the new budget, which includes funding for roads, schools and parks.</p>
            <p>Officials said the plan, debated for months, would raise spending by four percent over the next two years.</p>
            <p>Residents who spoke at the meeting were divided, some praising the investment and others worried about debt.</p>
            """;

    private static List<String> paragraphs(String html, boolean explain) {
        Page page = new Page(html, Format.HTML, "UTF-8", SourceInfo.ofFile("t.html").withDecoding(Format.HTML, "UTF-8"), null);
        Article article = CLEANER.clean(page, explain);
        return article.paragraphs();
    }

    private static List<String> sameWithAndWithoutExplain(String html) {
        List<String> plain = paragraphs(html, false);
        assertEquals(plain, paragraphs(html, true));
        assertFalse(plain.isEmpty());
        return plain;
    }

    @Test
    void aLineBreakInsideTheArticleSplitsLinesEvenWhenAHeadingEnclosesIt() {
        // The trap: inside a heading a <br> joins lines, and the heading is outside the article.
        List<String> kept = sameWithAndWithoutExplain("<!doctype html><html><body><h2><div class=story>" + STORY
                + "<div>The first line of the note<br>The second line of the note</div></div></h2></body></html>");
        assertEquals("The second line of the note", kept.get(kept.size() - 1));
    }

    @Test
    void looseTextBeforeAnInlineArticleContainerStaysOutOfIt() {
        List<String> kept = sameWithAndWithoutExplain("<html><body>Loose words before the story <span class=story>"
                + STORY + "</span> loose words after</body></html>");
        assertEquals(3, kept.size());
        assertEquals(List.of(), kept.stream().filter(p -> p.contains("Loose")).toList());
    }

    @Test
    void anArticleWrappedInALinkIsNotALink() {
        List<String> kept = sameWithAndWithoutExplain("<html><body><a href=\"/story\"><div class=story>" + STORY
                + "<div>The next meeting is in March.</div></div></a></body></html>");
        assertEquals("The next meeting is in March.", kept.get(kept.size() - 1));
    }
}
