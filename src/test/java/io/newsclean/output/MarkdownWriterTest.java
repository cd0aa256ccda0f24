package io.newsclean.output;

import io.newsclean.model.Article;
import io.newsclean.model.BlockKind;
import io.newsclean.model.BodyBlock;
import io.newsclean.model.Format;
import io.newsclean.model.Layout;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MarkdownWriterTest {
    private static final SourceInfo SOURCE = SourceInfo.ofFile("in/page.html").withDecoding(Format.HTML, "UTF-8");

    @TempDir
    Path tmp;

    private final MarkdownWriter writer = new MarkdownWriter();

    @Test
    void aTableKeepsItsGridWithTheHeaderRowOnTopAndAnEmptyPlaceForADroppedCell() {
        String md = body(
                cell("Departure", 0, 0, true), cell("Pier", 0, 1, true),
                cell("07:10", 1, 0, false), cell("Old | north", 1, 1, false),
                cell("12:30", 2, 0, false));

        assertEquals("""
                | Departure | Pier |
                | --- | --- |
                | 07:10 | Old \\| north |
                | 12:30 |  |
                """, md);
    }

    @Test
    void aTableWithoutHeaderCellsGetsAnEmptyHeaderRowAndTwoTablesInARowStayApart() {
        String md = body(cell("a", 0, 0, false), cell("b", 0, 1, false), cell("c", 0, 0, false));

        assertEquals("""
                |  |  |
                | --- | --- |
                | a | b |

                |  |
                | --- |
                | c |
                """, md);
    }

    @Test
    void nestedListsIndentUnderTheirParentsTextAndNumberingGoesOnAfterANestedList() {
        String md = body(
                item("one", 1, true), item("inner", 2, false), item("two", 1, true), item("deep orphan", 3, true));

        assertEquals("""
                1. one
                   - inner
                2. two
                   1. deep orphan
                """, md);
    }

    @Test
    void headingsStartAtTwoHashesBelowTheTitleAndStopAtSix() {
        String md = body(heading("Top", 1), heading("Sub", 3), heading("Deepest", 6));

        assertEquals("## Top\n\n### Sub\n\n###### Deepest\n", md);
    }

    @Test
    void textThatWouldBeMarkupIsEscaped() {
        assertEquals("\\*not emphasis\\* and \\_this\\_ \\[not a link\\](x) \\<b\\> \\`code\\`",
                MarkdownText.line("*not emphasis* and _this_ [not a link](x) <b> `code`"));
        assertEquals("1\\. Not a list", MarkdownText.line("1. Not a list"));
        assertEquals("\\# Not a heading", MarkdownText.line("# Not a heading"));
        assertEquals("\\- not an item", MarkdownText.line("- not an item"));
        assertEquals("\\---", MarkdownText.line("---"));
        assertEquals("\\> not a quote", MarkdownText.line("> not a quote"));
        // the trap: the same characters inside a sentence need nothing at the start
        assertEquals("In 1999. #1 - the best", MarkdownText.line("In 1999. #1 - the best"));
    }

    @Test
    void preformattedTextGetsAFenceLongerThanAnyBackticksInIt() {
        assertEquals("````\nuse ``` here\n````\n", body(new BodyBlock(BlockKind.PREFORMATTED, 0, Layout.NONE), "use ``` here"));
    }

    @Test
    void theFrontMatterEscapesWhatYamlWouldMisreadAndLeavesOutWhatThePageDoesNotGive() {
        Article article = new Article(SOURCE, null, "Say \"no\" \\ then\tgo: yes # not a comment", List.of("Ana\u0007 Lima"),
                null, null, null, null, List.of("x"), List.of(), List.of(), List.of());

        String md = writer.toMarkdown(article);

        assertEquals("""
                ---
                title: "Say \\"no\\" \\\\ then\\tgo: yes # not a comment"
                authors:
                  - "Ana\\x07 Lima"
                source: "in/page.html"
                ---

                # Say "no" \\\\ then\tgo: yes # not a comment

                x
                """, md);
    }

    @Test
    void aYamlScalarReadsBackAsTheStringWritten() {
        for (String value : List.of("plain", "quote \" and \\ back", "line\nbreak\ttab", "bell\u0007 del\u007f",
                "line\u2028separator", "ünïcødé — “quoted”")) {
            assertEquals(value, YamlScalars.unquoted(YamlScalars.quoted(value)), value);
        }
        assertNull(YamlScalars.unquoted("not quoted"));
        assertNull(YamlScalars.unquoted("\"bad \\q escape\""));
    }

    @Test
    void aBatchRerunReadsTheSourceOfAMarkdownOutputFromItsFrontMatter() throws IOException {
        SourceInfo record = SourceInfo.ofArchiveRecord("crawl \"a\".warc.gz", 4242, "https://example.com/")
                .withDecoding(Format.HTML, "UTF-8");
        Article article = new Article(record, null, "T", List.of(), null, null, null, null, List.of("x"), List.of(),
                List.of(), List.of());
        Path file = tmp.resolve("4242.md");
        Files.writeString(file, writer.toMarkdown(article));
        Path failed = tmp.resolve("failed.md");
        Files.writeString(failed, writer.errorMarkdown(SourceInfo.ofFile("in/b.html"), "no such file"));

        assertEquals(new RecordSource.Key("crawl \"a\".warc.gz", 4242L), RecordSource.peek(file));
        assertEquals(new RecordSource.Key("in/b.html", null), RecordSource.peek(failed));
    }

    private String body(BodyBlock block, String text) {
        Article article = new Article(SOURCE, null, null, List.of(), null, null, null, null, null, null, List.of(),
                List.of(text), List.of(block), List.of(), List.of(), List.of());
        return withoutFrontMatter(writer.toMarkdown(article));
    }

    private String body(Object... blocksAndTexts) {
        List<String> texts = new ArrayList<>();
        List<BodyBlock> blocks = new ArrayList<>();
        for (Object part : blocksAndTexts) {
            Object[] pair = (Object[]) part;
            blocks.add((BodyBlock) pair[0]);
            texts.add((String) pair[1]);
        }
        Article article = new Article(SOURCE, null, null, List.of(), null, null, null, null, null, null, List.of(),
                texts, blocks, List.of(), List.of(), List.of());
        return withoutFrontMatter(writer.toMarkdown(article));
    }

    private static String withoutFrontMatter(String md) {
        return md.substring(md.indexOf("---\n\n") + 5);
    }

    private static Object[] cell(String text, int row, int column, boolean header) {
        return new Object[] {new BodyBlock(BlockKind.TABLE_ROW, 0, Layout.cell(row, column, header)), text};
    }

    private static Object[] item(String text, int level, boolean ordered) {
        return new Object[] {new BodyBlock(BlockKind.LIST_ITEM, level, ordered ? Layout.ORDERED : Layout.NONE), text};
    }

    private static Object[] heading(String text, int level) {
        return new Object[] {new BodyBlock(BlockKind.HEADING, level, Layout.NONE), text};
    }
}
