package io.newsclean.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsclean.model.SourceInfo;

/** The record written in place of an article for an input that failed. */
@JsonPropertyOrder({"schemaVersion", "source", "error"})
record ErrorJson(int schemaVersion, ArticleJson.SourceJson source, String error) {
    static ErrorJson of(SourceInfo source, String message) {
        return new ErrorJson(ArticleJson.SCHEMA_VERSION, ArticleJson.SourceJson.of(source), message);
    }
}
