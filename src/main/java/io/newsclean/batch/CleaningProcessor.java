package io.newsclean.batch;

import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.output.ArticleWriter;

import java.nio.charset.StandardCharsets;

/** The real processor: the {@link NewsCleaner} library, then the JSON writer. */
final class CleaningProcessor implements PageProcessor {
    private final NewsCleaner cleaner;
    private final ArticleWriter writer = new ArticleWriter();
    private final Format format;
    private final boolean explain;
    private final boolean compact;

    CleaningProcessor(long maxBytes, Format format, boolean explain, boolean compact) {
        this.cleaner = new NewsCleaner(maxBytes);
        this.format = format;
        this.explain = explain;
        this.compact = compact;
    }

    @Override
    public Processed process(WorkItem item, byte[] bytes) throws InputException {
        // A format the container knows (a WARC record's HTTP type) wins over the run's default.
        Format pageFormat = item.format() != null && format == null ? item.format() : format;
        CleanOptions options = new CleanOptions(pageFormat, item.source().url(), item.charset(), explain);
        Article article = cleaner.clean(bytes, options, item.source());
        byte[] json = writer.toJson(article, explain, compact).getBytes(StandardCharsets.UTF_8);
        return new Processed(json, article.paragraphs().isEmpty());
    }

    @Override
    public byte[] error(WorkItem item, String message) {
        return writer.errorJson(item.source(), message, compact).getBytes(StandardCharsets.UTF_8);
    }
}
