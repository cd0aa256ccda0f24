package io.newsclean.output;

import io.newsclean.model.BodyBlock;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run of list items as a Markdown list: {@code -} for bulleted items, {@code 1.},
 * {@code 2.} ... for numbered ones, a nested item indented to its parent item's text, as
 * CommonMark reads nesting.
 */
final class MarkdownLists {
    private MarkdownLists() {
    }

    /** One open list: where its items' markers start, and how it numbers them. */
    private static final class OpenList {
        final int column;
        final boolean ordered;
        int next = 1;

        OpenList(int column, boolean ordered) {
            this.column = column;
            this.ordered = ordered;
        }
    }

    static String write(List<String> texts, List<BodyBlock> items) {
        List<OpenList> open = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int textColumn = 0;   // where the text of the last item starts: a nested list's markers go there
        for (int i = 0; i < texts.size(); i++) {
            BodyBlock item = items.get(i);
            // A deeper item than the list has room for (its parent was dropped) hangs one level down.
            int level = Math.max(1, Math.min(item.level(), open.size() + 1));
            boolean ordered = item.layout().ordered();
            while (open.size() > level) {
                open.remove(open.size() - 1);
            }
            if (open.size() == level && open.get(level - 1).ordered != ordered) {
                open.remove(level - 1);   // a list of the other kind begins at this depth
            }
            if (open.size() < level) {
                open.add(new OpenList(level == 1 ? 0 : textColumn, ordered));
            }
            OpenList list = open.get(level - 1);
            String marker = ordered ? list.next++ + ". " : "- ";
            lines.add(" ".repeat(list.column) + marker + MarkdownText.line(texts.get(i)));
            textColumn = list.column + marker.length();
        }
        return String.join("\n", lines);
    }
}
