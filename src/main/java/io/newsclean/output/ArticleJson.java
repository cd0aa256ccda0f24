package io.newsclean.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newsclean.model.Article;
import io.newsclean.model.Quote;
import io.newsclean.model.Removal;
import io.newsclean.model.SourceInfo;

import java.util.List;

/**
 * The wire form of schema version 1. Field order is fixed here and only here; the model
 * classes stay free of serialisation concerns.
 */
@JsonPropertyOrder({"schemaVersion", "source", "url", "title", "authors", "published", "siteName", "language",
        "description", "paragraphs", "quotes", "removed", "warnings"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record ArticleJson(int schemaVersion, SourceJson source, String url, String title, List<String> authors,
                   String published, String siteName, String language, String description,
                   List<String> paragraphs, List<QuoteJson> quotes,
                   @JsonInclude(JsonInclude.Include.NON_NULL) List<RemovalJson> removed,
                   List<String> warnings) {

    static final int SCHEMA_VERSION = 1;

    static ArticleJson of(Article a, boolean explain) {
        return new ArticleJson(SCHEMA_VERSION, SourceJson.of(a.source()), a.url(), a.title(), a.authors(),
                a.published(), a.siteName(), a.language(), a.description(), a.paragraphs(),
                a.quotes().stream().map(QuoteJson::of).toList(),
                explain ? a.removed().stream().map(RemovalJson::of).toList() : null,
                a.warnings());
    }

    @JsonPropertyOrder({"file", "record", "url", "format", "charset"})
    record SourceJson(String file, @JsonInclude(JsonInclude.Include.NON_NULL) Long record,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String url, String format, String charset) {
        static SourceJson of(SourceInfo s) {
            return new SourceJson(s.file(), s.record(), s.url(), s.format(), s.charset());
        }
    }

    @JsonPropertyOrder({"text", "speaker", "speakerMention", "cue", "type", "paragraph", "start", "end"})
    record QuoteJson(String text, String speaker, String speakerMention, String cue, String type, int paragraph,
                     int start, int end) {
        static QuoteJson of(Quote q) {
            return new QuoteJson(q.text(), q.speaker(), q.speakerMention(), q.cue(), q.type().wireName(),
                    q.paragraph(), q.start(), q.end());
        }
    }

    @JsonPropertyOrder({"text", "reason", "rule"})
    record RemovalJson(String text, String reason, String rule) {
        static RemovalJson of(Removal r) {
            return new RemovalJson(r.text(), r.reason(), r.rule());
        }
    }
}
