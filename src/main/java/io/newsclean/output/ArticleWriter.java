package io.newsclean.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.newsclean.model.Article;
import io.newsclean.model.BodyBlock;
import io.newsclean.model.Layout;
import io.newsclean.model.Quote;
import io.newsclean.model.Removal;
import io.newsclean.model.SourceInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Serialises articles and error records to JSON (schema version 1). The field order of the wire
 * form is fixed here and only here; the model classes stay free of serialisation concerns.
 * Thread-safe: build one and share it.
 *
 * <p>It writes through Jackson's streaming generator rather than object mapping: the wire form is
 * small and fixed, and the generator starts in a fraction of the time a data-binding mapper needs
 * to introspect classes, which a one-page run or a short batch would otherwise pay on every start.
 *
 * <p>Pretty output puts every array element and every field on a line of its own, indented by
 * two spaces, so that a long article reads well in a terminal and diffs well. Compact output is
 * one line, as JSON Lines needs. Non-ASCII text is written as is, never escaped.
 */
public final class ArticleWriter {
    /** Where the JSON Schema of this output lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/io/newsclean/schema/article-v1.schema.json";
    static final int SCHEMA_VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

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

    /** A record body: the fields written between the object's braces. */
    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator out) throws IOException;
    }

    /**
     * One article as JSON.
     *
     * @param article     the article
     * @param explain     whether to include {@code removed}
     * @param compactForm one line instead of the indented form
     * @return the JSON object, without a line end
     */
    public String toJson(Article article, boolean explain, boolean compactForm) {
        return write(compactForm, out -> {
            out.writeNumberField("schemaVersion", SCHEMA_VERSION);
            writeSource(out, article.source());
            out.writeStringField("url", article.url());
            out.writeStringField("title", article.title());
            writeStrings(out, "authors", article.authors());
            out.writeStringField("published", article.published());
            out.writeStringField("modified", article.modified());
            out.writeStringField("siteName", article.siteName());
            out.writeStringField("language", article.language());
            out.writeStringField("description", article.description());
            out.writeStringField("image", article.image());
            writeStrings(out, "tags", article.tags());
            writeStrings(out, "paragraphs", article.paragraphs());
            out.writeArrayFieldStart("blocks");
            for (BodyBlock block : article.blocks()) {
                writeBlock(out, block);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("quotes");
            for (Quote q : article.quotes()) {
                writeQuote(out, q);
            }
            out.writeEndArray();
            if (explain) {
                out.writeArrayFieldStart("removed");
                for (Removal r : article.removed()) {
                    out.writeStartObject();
                    out.writeStringField("text", r.text());
                    out.writeStringField("reason", r.reason());
                    out.writeStringField("rule", r.rule());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            writeStrings(out, "warnings", article.warnings());
        });
    }

    /**
     * An error record, written in place of an article for an input that could not be cleaned.
     *
     * @param source      the input
     * @param message     why it failed, in one line
     * @param compactForm one line instead of the indented form
     * @return the JSON object, without a line end
     */
    public String errorJson(SourceInfo source, String message, boolean compactForm) {
        return write(compactForm, out -> {
            out.writeNumberField("schemaVersion", SCHEMA_VERSION);
            writeSource(out, source);
            out.writeStringField("error", message);
        });
    }

    private static void writeSource(JsonGenerator out, SourceInfo s) throws IOException {
        out.writeObjectFieldStart("source");
        out.writeStringField("file", s.file());
        if (s.record() != null) {
            out.writeNumberField("record", s.record());
        }
        if (s.url() != null) {
            out.writeStringField("url", s.url());
        }
        out.writeStringField("format", s.format());
        out.writeStringField("charset", s.charset());
        out.writeEndObject();
    }

    /** The fields that say something for the block's kind, and only those. */
    private static void writeBlock(JsonGenerator out, BodyBlock block) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", block.kindName());
        Layout layout = block.layout();
        switch (block.kind()) {
            case HEADING -> out.writeNumberField("level", block.level());
            case LIST_ITEM -> {
                out.writeNumberField("level", block.level());
                out.writeBooleanField("ordered", layout.ordered());
            }
            case TABLE_ROW -> {
                out.writeNumberField("row", layout.row());
                out.writeNumberField("column", layout.column());
                out.writeBooleanField("header", layout.header());
            }
            default -> {
            }
        }
        out.writeEndObject();
    }

    private static void writeQuote(JsonGenerator out, Quote q) throws IOException {
        out.writeStartObject();
        out.writeStringField("text", q.text());
        out.writeStringField("speaker", q.speaker());
        out.writeStringField("speakerMention", q.speakerMention());
        out.writeStringField("cue", q.cue());
        out.writeStringField("type", q.type().wireName());
        out.writeNumberField("paragraph", q.paragraph());
        out.writeNumberField("start", q.start());
        out.writeNumberField("end", q.end());
        out.writeEndObject();
    }

    private static void writeStrings(JsonGenerator out, String field, List<String> values) throws IOException {
        out.writeArrayFieldStart(field);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static String write(boolean compactForm, Fields fields) {
        // Jackson's own segmented writer (no synchronised buffer, no copy while it grows), on the
        // factory's per-thread buffers, as the generator's are: a page's JSON is written into
        // buffers already there rather than into fresh ones that the collector then reclaims
        BufferRecycler buffers = JSON._getBufferRecycler();
        SegmentedStringWriter text = new SegmentedStringWriter(buffers);
        try {
            try (JsonGenerator out = JSON.createGenerator(text)) {
                if (!compactForm) {
                    // The printer keeps per-document indentation state, so each document gets its own.
                    out.setPrettyPrinter(PRETTY.createInstance());
                }
                out.writeStartObject();
                fields.write(out);
                out.writeEndObject();
            }
            return text.getAndClear();
        } catch (IOException e) {
            // Writing to memory does not fail short of a bug.
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }
}
