package io.newsclean.output;

import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;

import java.util.Locale;

/** The forms an article can be written in, each with the file extension its outputs take. */
public enum OutputFormat {
    /** The full record, schema version 1: the default. */
    JSON("json"),
    /** The title and the paragraphs, separated by blank lines. */
    TEXT("txt"),
    /** The article's shape in Markdown, with the metadata in a YAML front-matter block. */
    MARKDOWN("md");

    private static final ArticleWriter JSON_WRITER = new ArticleWriter();
    private static final TextWriter TEXT_WRITER = new TextWriter();
    private static final MarkdownWriter MARKDOWN_WRITER = new MarkdownWriter();

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /**
     * The extension of an output file in this format, without its dot.
     *
     * @return {@code json}, {@code txt} or {@code md}
     */
    public String extension() {
        return extension;
    }

    /**
     * The article in this format. The text forms end with a line break; JSON does not, so that a
     * caller can end a record as it needs (one per line, or one per file).
     *
     * @param article     the article
     * @param explain     JSON only: whether to include the dropped blocks
     * @param compactForm JSON only: one line instead of the indented form
     * @return the written article
     */
    public String write(Article article, boolean explain, boolean compactForm) {
        return switch (this) {
            case JSON -> JSON_WRITER.toJson(article, explain, compactForm);
            case TEXT -> TEXT_WRITER.toText(article);
            case MARKDOWN -> MARKDOWN_WRITER.toMarkdown(article);
        };
    }

    /**
     * The record that stands for an input that could not be cleaned: a JSON error record, a
     * Markdown front matter naming the source and the error, or for text one line with the error.
     *
     * @param source      the input
     * @param message     why it failed, in one line
     * @param compactForm JSON only: one line instead of the indented form
     * @return the written error
     */
    public String writeError(SourceInfo source, String message, boolean compactForm) {
        return switch (this) {
            case JSON -> JSON_WRITER.errorJson(source, message, compactForm);
            case TEXT -> "error: " + message + "\n";
            case MARKDOWN -> MARKDOWN_WRITER.errorMarkdown(source, message);
        };
    }

    /**
     * The format a user names: {@code json}, {@code text} (or {@code txt}), {@code markdown} (or {@code md}).
     *
     * @param name the name, in any case
     * @return the format
     * @throws IllegalArgumentException for any other name
     */
    public static OutputFormat named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "text", "txt" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            default -> throw new IllegalArgumentException(
                    "invalid output format '" + name + "': expected json, text or markdown");
        };
    }

    @Override
    public String toString() {
        return this == MARKDOWN ? "markdown" : this == TEXT ? "text" : "json";
    }
}
