package io.newsclean.output;

import io.newsclean.model.Article;
import io.newsclean.model.BlockKind;
import io.newsclean.model.BodyBlock;
import io.newsclean.model.Layout;
import io.newsclean.model.SourceInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes an article as Markdown that keeps its shape: the metadata in a YAML front-matter block,
 * the title as the one {@code #} heading, subheadings at their level (from {@code ##}), list items
 * as {@code -} and {@code 1.} lists, block quotes behind {@code >}, preformatted text fenced, and
 * table cells as GitHub-style tables. Article text is escaped so that it reads as the words it is.
 * Thread-safe.
 */
public final class MarkdownWriter {

    /**
     * The article as Markdown, ending with a line break.
     *
     * @param article the article to write
     * @return the front matter, the title and the body
     */
    public String toMarkdown(Article article) {
        StringBuilder md = new StringBuilder();
        frontMatter(md, article);
        List<String> parts = new ArrayList<>();
        if (article.title() != null) {
            parts.add("# " + MarkdownText.inline(article.title()));
        }
        List<String> texts = article.paragraphs();
        List<BodyBlock> blocks = article.blocks();
        int i = 0;
        while (i < texts.size()) {
            BlockKind kind = blocks.get(i).kind();
            int end = kind == BlockKind.TABLE_ROW ? tableEnd(blocks, i) : runEnd(blocks, i);
            parts.add(switch (kind) {
                case HEADING -> "#".repeat(Math.min(6, Math.max(2, blocks.get(i).level()))) + " "
                        + MarkdownText.inline(texts.get(i));
                case LIST_ITEM -> MarkdownLists.write(texts.subList(i, end), blocks.subList(i, end));
                case TABLE_ROW -> MarkdownTables.write(texts.subList(i, end), blocks.subList(i, end));
                case BLOCKQUOTE -> quote(texts.subList(i, end));
                case PREFORMATTED -> fenced(texts.get(i));
                default -> MarkdownText.line(texts.get(i));
            });
            i = end;
        }
        md.append(String.join("\n\n", parts));
        if (!parts.isEmpty()) {
            md.append('\n');
        }
        return md.toString();
    }

    /** Where a run of blocks that are written together (list items, quoted paragraphs) ends. */
    private static int runEnd(List<BodyBlock> blocks, int start) {
        BlockKind kind = blocks.get(start).kind();
        if (kind != BlockKind.LIST_ITEM && kind != BlockKind.BLOCKQUOTE) {
            return start + 1;
        }
        int end = start + 1;
        while (end < blocks.size() && blocks.get(end).kind() == kind) {
            end++;
        }
        return end;
    }

    /**
     * Where the table that starts at {@code start} ends: at a block that is no cell, or at a cell
     * that stands before the last one in the grid (a row numbered back, or a column in the same
     * row), which only the next table's cells do.
     */
    private static int tableEnd(List<BodyBlock> blocks, int start) {
        int end = start + 1;
        while (end < blocks.size() && blocks.get(end).kind() == BlockKind.TABLE_ROW
                && !before(blocks.get(end).layout(), blocks.get(end - 1).layout())) {
            end++;
        }
        return end;
    }

    private static boolean before(Layout cell, Layout previous) {
        return cell.row() < previous.row() || (cell.row() == previous.row() && cell.column() < previous.column());
    }

    /** Paragraphs of one quotation, kept in one quote by an empty quoted line between them. */
    private static String quote(List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.add("> " + MarkdownText.line(paragraph));
        }
        return String.join("\n>\n", lines);
    }

    /** Preformatted text in a fence longer than any run of backticks inside it. */
    private static String fenced(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "\n" + text + "\n" + fence;
    }

    /**
     * The Markdown that stands for an input that could not be cleaned: a front matter with the
     * source and the error, and no body.
     *
     * @param source  the input
     * @param message why it failed, in one line
     * @return the front matter
     */
    public String errorMarkdown(SourceInfo source, String message) {
        StringBuilder md = new StringBuilder("---\n");
        sourceFields(md, source);
        field(md, "error", message);
        return md.append("---\n").toString();
    }

    private static void frontMatter(StringBuilder md, Article article) {
        md.append("---\n");
        field(md, "title", article.title());
        list(md, "authors", article.authors());
        field(md, "published", article.published());
        field(md, "modified", article.modified());
        field(md, "siteName", article.siteName());
        field(md, "language", article.language());
        field(md, "url", article.url());
        field(md, "description", article.description());
        field(md, "image", article.image());
        list(md, "tags", article.tags());
        sourceFields(md, article.source());
        md.append("---\n\n");
    }

    /** The input's file and, for a WARC record, its offset: what a batch rerun knows its own outputs by. */
    private static void sourceFields(StringBuilder md, SourceInfo source) {
        field(md, "source", source.file());
        if (source.record() != null) {
            md.append("record: ").append(source.record()).append('\n');
        }
    }

    /** A list the page gives, one item a line; an empty one is left out. */
    private static void list(StringBuilder md, String name, List<String> values) {
        if (!values.isEmpty()) {
            md.append(name).append(":\n");
            for (String value : values) {
                md.append("  - ").append(YamlScalars.quoted(value)).append('\n');
            }
        }
    }

    /** A field the page gives; one it does not give is left out rather than written as null. */
    private static void field(StringBuilder md, String name, String value) {
        if (value != null) {
            md.append(name).append(": ").append(YamlScalars.quoted(value)).append('\n');
        }
    }
}
