package io.newsclean.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;

import java.io.UncheckedIOException;

/** Serialises articles and error records to JSON. The only code that uses Jackson. Thread-safe. */
public final class ArticleWriter {
    private final ObjectWriter pretty;
    private final ObjectWriter compact;

    public ArticleWriter() {
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        this.pretty = mapper.writerWithDefaultPrettyPrinter();
        this.compact = mapper.writer();
    }

    /** One article as JSON; compact output is one line, as JSON Lines needs. */
    public String toJson(Article article, boolean explain, boolean compactForm) {
        return write(ArticleJson.of(article, explain), compactForm);
    }

    /** An error record for an input that could not be cleaned. */
    public String errorJson(SourceInfo source, String message, boolean compactForm) {
        return write(ErrorJson.of(source, message), compactForm);
    }

    private String write(Object value, boolean compactForm) {
        try {
            return (compactForm ? compact : pretty).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
