package io.newsclean.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;

import java.io.UncheckedIOException;

/**
 * Serialises articles and error records to JSON (schema version 1). The only code that uses
 * Jackson. Thread-safe: build one and share it.
 *
 * <p>Pretty output puts every array element and every field on a line of its own, indented by
 * two spaces, so that a long article reads well in a terminal and diffs well. Compact output is
 * one line, as JSON Lines needs. Non-ASCII text is written as is, never escaped.
 */
public final class ArticleWriter {
    /** Where the JSON Schema of this output lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/io/newsclean/schema/article-v1.schema.json";

    private final ObjectWriter pretty;
    private final ObjectWriter compact;

    public ArticleWriter() {
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.pretty = mapper.writer(prettyPrinter());
        this.compact = mapper.writer();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(twoSpaces)
                .withArrayIndenter(twoSpaces);
    }

    /**
     * One article as JSON.
     *
     * @param explain     whether to include {@code removed}
     * @param compactForm one line instead of the indented form
     */
    public String toJson(Article article, boolean explain, boolean compactForm) {
        return write(ArticleJson.of(article, explain), compactForm);
    }

    /** An error record, written in place of an article for an input that could not be cleaned. */
    public String errorJson(SourceInfo source, String message, boolean compactForm) {
        return write(ErrorJson.of(source, message), compactForm);
    }

    private String write(Object value, boolean compactForm) {
        try {
            return (compactForm ? compact : pretty).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Wire records hold only strings, numbers and lists: this cannot happen short of a bug.
            throw new UncheckedIOException(e);
        }
    }
}
