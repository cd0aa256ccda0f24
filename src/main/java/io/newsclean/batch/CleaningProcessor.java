package io.newsclean.batch;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.output.OutputFormat;

import java.nio.charset.StandardCharsets;

/** The real processor: the {@link NewsCleaner} library, then the writer of the output format. */
final class CleaningProcessor implements PageProcessor {
    private final NewsCleaner cleaner;
    private final Format format;
    private final boolean explain;
    private final boolean compact;
    private final OutputFormat output;

    CleaningProcessor(long maxBytes, Format format, boolean explain, boolean compact) {
        this(maxBytes, format, explain, compact, OutputFormat.JSON);
    }

    CleaningProcessor(long maxBytes, Format format, boolean explain, boolean compact, OutputFormat output) {
        this.cleaner = new NewsCleaner(maxBytes);
        this.format = format;
        this.explain = explain;
        this.compact = compact;
        this.output = output;
    }

    @Override
    public Processed process(WorkItem item, byte[] bytes) throws InputException {
        // A format the container knows (a WARC record's HTTP type) wins over the run's default.
        Format pageFormat = item.format() != null && format == null ? item.format() : format;
        CleanOptions options = new CleanOptions(pageFormat, item.source().url(), item.charset(), explain);
        Article article = cleaner.clean(bytes, options, item.source());
        return new Processed(withoutLineEnd(output.write(article, explain, compact)), article.paragraphs().isEmpty());
    }

    @Override
    public byte[] error(WorkItem item, String message) {
        return withoutLineEnd(output.writeError(item.source(), message, compact));
    }

    /** The sinks end each record with its line break. */
    private static byte[] withoutLineEnd(String record) {
        String body = record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
