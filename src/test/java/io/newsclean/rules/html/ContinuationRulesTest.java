package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Layout;
import io.newsclean.model.Mark;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.Rule;
import io.newsclean.rules.RuleChain;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static io.newsclean.rules.html.Blocks.NO_FACTS;
import static io.newsclean.rules.html.Blocks.PROSE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lists and tables the article leads into are kept as a whole, where cell by cell they would go. */
class ContinuationRulesTest {
    private final List<Block> blocks = new ArrayList<>();

    private ContinuationRulesTest block(String text, BlockKind kind, int level, double linkDensity, String container,
                                        Layout layout) {
        blocks.add(new Block(blocks.size(), text, kind, level, EnumSet.of(Mark.IN_MAIN), linkDensity, container, layout));
        return this;
    }

    private ContinuationRulesTest paragraph(String text) {
        return block(text, BlockKind.PARAGRAPH, 0, 0, "", Layout.NONE);
    }

    private ContinuationRulesTest item(String text) {
        return item(text, 0, "");
    }

    private ContinuationRulesTest item(String text, double linkDensity, String container) {
        return block(text, BlockKind.LIST_ITEM, 1, linkDensity, container, Layout.NONE);
    }

    private ContinuationRulesTest row(int row, String... cells) {
        for (int column = 0; column < cells.length; column++) {
            block(cells[column], BlockKind.TABLE_ROW, 0, 0, "", Layout.cell(row, column, false));
        }
        return this;
    }

    /** The rule that decided each block, "-" where none did. */
    private List<String> deciders(Rule... rules) {
        Judgement judgement = new RuleChain(List.of(rules)).judge(blocks, NO_FACTS);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(judgement.ruleOf(i) == null ? "-" : judgement.ruleOf(i));
        }
        return out;
    }

    @Test
    void listRunKeepsTheShortItemsOfAListBetweenParagraphs() {
        paragraph("Our hiking kit is very simple:").item("bottled water").item("baby carrier").item("camera").paragraph(PROSE);
        assertEquals(List.of("-", "list-run", "list-run", "list-run", "-"), deciders(new ListRunRule(), new LowContentRule()));
    }

    @Test
    void listRunKeepsShortItemsBesideItemsOfSeveralWords() {
        block("Apple Watch Series 3", BlockKind.HEADING, 2, 0, "", Layout.NONE)
                .item("GPS").item("S3 with dual-core processor").item("Swim proof");
        assertEquals(List.of("-", "list-run", "list-run", "list-run"), deciders(new ListRunRule(), new LowContentRule()));
    }

    @Test
    void listRunLeavesButtonsAndTagsAfterTheLastParagraph() {
        // the trap: short items after the article with nothing of it after them are its furniture
        paragraph(PROSE).item("Facebook").item("Twitter").item("Email");
        assertEquals(List.of("-", "low-content", "low-content", "low-content"),
                deciders(new ListRunRule(), new LowContentRule()));
    }

    @Test
    void listRunLeavesLinksAndListsThePageNamesAsChrome() {
        paragraph(PROSE).item("Politics", 1, "").item("Brussels", 1, "").paragraph(PROSE)
                .item("Jane Doe", 0, "byline").item("5 May 2019", 0, "byline").paragraph(PROSE);
        assertEquals(List.of("-", "-", "-", "-", "-", "-", "-"), deciders(new ListRunRule()));
    }

    @Test
    void listRunLeavesAListUnderADroppedHeadline() {
        // a byline and date list under the headline: the headline went as the title, so no text of
        // the article leads into the list
        block("Ministers agree on talks", BlockKind.HEADING, 1, 0, "", Layout.NONE).item("Jane Doe").item("5 May 2019")
                .paragraph(PROSE);
        assertEquals(List.of("repeated-title", "-", "-", "-"), deciders(new RepeatedTitleRule(), new ListRunRule()));
    }

    @Test
    void dataTableKeepsTheCellsOfAGridTheArticleLeadsInto() {
        paragraph("The final standings after 36 races:")
                .row(0, "Pos.", "Driver", "Points").row(1, "1", "Kyle Busch", "5040").row(2, "2", "Martin Truex Jr.", "5035");
        List<String> deciders = deciders(new DataTableRule(), new TimestampRule(), new LowContentRule());
        assertEquals(List.of("-", "data-table", "data-table", "data-table", "data-table", "data-table", "data-table",
                "data-table", "data-table", "data-table"), deciders);
    }

    @Test
    void dataTableLeavesAPhotoAndItsCaptionSetInATable() {
        // the trap: a layout table of one row, a photo's credit beside its caption
        paragraph(PROSE).row(0, "Reuters", "The harbour at dawn").paragraph(PROSE);
        assertEquals(List.of("-", "low-content", "-", "-"), deciders(new DataTableRule(), new LowContentRule()));
    }

    @Test
    void dataTableLeavesALayoutTableOfParagraphs() {
        paragraph(PROSE).row(0, "Menu", PROSE).row(1, "Home", PROSE).row(2, "Contact", PROSE);
        List<String> deciders = deciders(new DataTableRule(), new LowContentRule());
        assertEquals(List.of("-", "low-content", "-", "low-content", "-", "low-content", "-"), deciders);
    }

    @Test
    void dataTableLeavesAGridNoTextOfTheArticleLeadsInto() {
        row(0, "Mon", "Tue", "Wed").row(1, "1", "2", "3").row(2, "8", "9", "10").paragraph(PROSE);
        assertEquals(List.of("-", "-", "-", "-", "-", "-", "-", "-", "-", "-"), deciders(new DataTableRule()));
    }

    @Test
    void repeatedTitleKeepsATopLevelHeadingBetweenTheArticlesParagraphs() {
        block("How the talks began", BlockKind.HEADING, 1, 0, "", Layout.NONE).paragraph(PROSE)
                .block("What comes next", BlockKind.HEADING, 1, 0, "", Layout.NONE).paragraph(PROSE);
        // the trap: the first one, with no text of the article before it, is the headline
        assertEquals(List.of("repeated-title", "-", "-", "-"), deciders(new RepeatedTitleRule()));
    }
}
