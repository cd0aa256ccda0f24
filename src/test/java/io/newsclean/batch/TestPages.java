package io.newsclean.batch;

import io.newsclean.model.Format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Small pages and option sets for the batch tests. */
final class TestPages {
    private TestPages() {
    }

    static String article(String title) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "<p>The council met on Tuesday evening to discuss the new budget for the coming year, and the debate ran long.</p>"
                + "<p>Members argued about the cost of repairing the old bridge, which has been closed to traffic since the spring floods.</p>"
                + "<p>A final vote is expected next month, after the public has had a chance to comment on the proposal.</p>"
                + "</article></body></html>";
    }

    static Path write(Path file, String content) throws IOException {
        return write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BatchOptions jsonl(Path jsonl, Path... inputs) {
        return new BatchOptions(List.of(inputs), null, null, jsonl, 2, BatchOptions.DEFAULT_GLOB, false, null, false,
                BatchOptions.DEFAULT_MAX_BYTES, Duration.ofSeconds(30));
    }

    static BatchOptions tree(Path out, Path... inputs) {
        return new BatchOptions(List.of(inputs), null, out, null, 2, BatchOptions.DEFAULT_GLOB, false, null, false,
                BatchOptions.DEFAULT_MAX_BYTES, Duration.ofSeconds(30));
    }

    static BatchOptions with(BatchOptions o, String glob, boolean force, long maxBytes, Duration timeout) {
        return new BatchOptions(o.inputs(), o.filesFrom(), o.outDir(), o.jsonl(), o.threads(), glob, force, (Format) null,
                o.explain(), maxBytes, timeout);
    }
}
