package io.newsclean.batch;

import io.newsclean.archive.CleanedRecord;
import io.newsclean.archive.RecordCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Format;
import io.newsclean.output.OutputFormat;

/** The real processor: the core's {@link RecordCleaner}, which archive cleaning uses as well. */
final class CleaningProcessor implements PageProcessor {
    private final RecordCleaner records;

    CleaningProcessor(long maxBytes, Format format, boolean explain, boolean compact) {
        this(maxBytes, format, explain, compact, OutputFormat.JSON);
    }

    CleaningProcessor(long maxBytes, Format format, boolean explain, boolean compact, OutputFormat output) {
        this.records = new RecordCleaner(maxBytes, format, explain, compact, output);
    }

    @Override
    public Processed process(WorkItem item, byte[] bytes) throws InputException {
        CleanedRecord record = records.cleanOrThrow(item.source(), bytes, item.format(), item.charset());
        return new Processed(record.json(), record.empty());
    }

    @Override
    public byte[] error(WorkItem item, String message) {
        return records.error(item.source(), message).json();
    }
}
