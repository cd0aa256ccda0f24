package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

/**
 * Keeps the cells of a table inside the article body (standings, a box score, a timetable,
 * flattened one cell per line): there a bare number is a figure, not a date or a counter, and a
 * name alone is a row's label, not a menu item. Cells outside the body are left to the others.
 */
public final class TableCellRule implements Rule {

    @Override
    public String name() {
        return "table-cell";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        PageLines page = LinePage.of(context);
        int i = block.index();
        return page.tableCell(i) && page.inBody(i) ? Verdict.KEEP : Verdict.PASS;
    }
}
