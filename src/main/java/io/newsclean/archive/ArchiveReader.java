package io.newsclean.archive;

import io.newsclean.input.BoundedReader;
import io.newsclean.input.InputException;
import io.newsclean.model.SourceInfo;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads a WARC archive (plain, or gzipped record by record) into HTML pages: every successful
 * HTML response record becomes one page with its target URI and the charset of its HTTP
 * {@code Content-Type}; every other record (requests, metadata, images, redirects, error pages)
 * is passed over and counted.
 *
 * <h2>Damage</h2>
 * A record that cannot be read is one error page, with the archive and the record's offset, and
 * reading goes on with the next record:
 * <ul>
 *   <li>a gzip member that is cut short or corrupt, or a record whose WARC header does not parse:
 *       the next record is looked for from just past the damaged one's start (a gzip member's
 *       magic bytes, or a line starting {@code WARC/1.}), and whatever fails on the way there
 *       belongs to the same damage;</li>
 *   <li>a {@code Content-Length} that lies shows as a record not followed by its end marker,
 *       or a gzip member that ends inside the record. Each record is therefore handed on only
 *       once the archive is known to continue properly after it;</li>
 *   <li>a response record whose HTTP message has no readable status line or headers.</li>
 * </ul>
 * A failure of the stream itself (a disk or network error) is not damage: it ends the reading
 * with a {@link SourceException}, since reading again may succeed.
 *
 * <p>Offsets are those of gzip members in a gzipped archive and of records in a plain one, so
 * an offset leads straight back to its record. Thread-safe; one call reads one archive.
 */
public final class ArchiveReader {
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final byte[] WARC_LINE = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final long maxBytes;

    /** @param maxBytes the largest page body kept; a larger one is a problem page */
    public ArchiveReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What reading finds, in archive order. */
    public interface Visitor {
        /** Whether this page is wanted; a page not wanted (already done) is not read. */
        default boolean wants(SourceInfo source) {
            return true;
        }

        /** A page, or a problem that stands in for one or for a damaged stretch of the archive. */
        void page(ArchivePage page) throws InterruptedException;

        /** A page passed over because it was not wanted. */
        default void skipped(SourceInfo source) {
        }

        /** A record that is not an HTML page. */
        default void otherRecord() {
        }
    }

    /**
     * Reads a whole archive.
     *
     * @param name what the pages' sources call the archive
     * @throws SourceException when the stream itself fails
     */
    public void read(InputStream in, String name, Visitor visitor) throws IOException, InterruptedException {
        RawSource raw = new RawSource(in);
        int first = raw.peek();
        if (first < 0) {
            return;
        }
        new Pass(raw, name, visitor, first == GZIP_MAGIC_1).run();
    }

    /** One reading of one archive. */
    private final class Pass {
        private final RawSource raw;
        private final String name;
        private final Visitor visitor;
        private final boolean gzipped;
        /** Set after damage until a record reads well again: failures on the way are the same damage. */
        private boolean searching;

        Pass(RawSource raw, String name, Visitor visitor, boolean gzipped) {
            this.raw = raw;
            this.name = name;
            this.visitor = visitor;
            this.gzipped = gzipped;
        }

        void run() throws IOException, InterruptedException {
            while (raw.peek() >= 0) {
                long start = raw.position();
                raw.keepFrom(start);
                long damagedAt;
                try {
                    damagedAt = gzipped ? readMember(start) : readPlain(start);
                } catch (SourceException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    damagedAt = start;
                    damage(start, e);
                }
                if (damagedAt >= 0) {
                    seekNextRecord(damagedAt);
                }
            }
        }

        /** Reads one gzip member's records; returns where damage starts, or -1 when there is none. */
        private long readMember(long start) throws IOException, InterruptedException {
            try (GzipMember member = new GzipMember(raw)) {
                return readRecords(new WarcReader(member), start, true);
            }
        }

        /** Reads records up to the end or the first damage; returns where damage starts, or -1. */
        private long readPlain(long start) throws IOException, InterruptedException {
            return readRecords(new WarcReader(new RawStream(raw)), start, false);
        }

        /**
         * Reads the records of one stretch; returns where to look for the next record after
         * damage, or -1 when the stretch ended cleanly. Each record is handed on only once the
         * next one (or the end) has been reached cleanly, since only then is its length known to
         * be true.
         */
        private long readRecords(WarcReader reader, long base, boolean oneMember) throws IOException, InterruptedException {
            // jwarc reads on past a record whose end marker is not where its length says, with a warning.
            boolean[] lengthLied = {false};
            reader.onWarning(warning -> lengthLied[0] |= warning.contains("trailer"));
            Found pending = null;
            while (true) {
                Optional<WarcRecord> next;
                IOException failure = null;
                try {
                    next = reader.next();
                } catch (SourceException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    next = null;
                    failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
                if (lengthLied[0] && pending != null) {
                    damage(pending.offset, new IOException("the record's Content-Length does not match its end"));
                    return oneMember ? base : pending.offset;
                }
                if (failure != null) {
                    // The reader moves on from a record only once it has read the whole of it; in
                    // a gzip member, whatever fails after a record may be that record's bytes
                    // inflated wrong, since the member is known whole only at its very end.
                    boolean pendingBroken = pending != null
                            && (oneMember || base + reader.position() == pending.offset);
                    if (!pendingBroken) {
                        deliver(pending);
                    }
                    long at = pendingBroken ? pending.offset : base + reader.position();
                    damage(at, failure);
                    return oneMember ? base : at;
                }
                searching = false;
                deliver(pending);
                if (next.isEmpty()) {
                    return -1;
                }
                long offset = base + reader.position();
                if (!oneMember) {
                    raw.keepFrom(offset);
                }
                pending = examine(next.get(), offset);
            }
        }

        private void deliver(Found found) throws InterruptedException {
            if (found == null) {
                return;
            }
            if (found.page != null) {
                visitor.page(found.page);
            } else if (found.skipped != null) {
                visitor.skipped(found.skipped);
            } else {
                visitor.otherRecord();
            }
        }

        /** What a record holds: an HTML page (or the problem reading it), a page not wanted, or neither. */
        private Found examine(WarcRecord record, long offset) {
            if (!(record instanceof WarcResponse response) || !isHttp(record.contentType())) {
                return new Found(offset, null, null);
            }
            SourceInfo source = SourceInfo.ofArchiveRecord(name, offset, response.target());
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                return wanted(source, () -> ArchivePage.failed(source, "cannot read HTTP response: " + describe(e)));
            }
            if (!isPage(http)) {
                return new Found(offset, null, null);
            }
            return wanted(source, () -> {
                String charset = charsetOf(http.contentType());
                try (InputStream body = http.bodyDecoded().stream()) {
                    return new ArchivePage(source, BoundedReader.readAll(body, maxBytes), charset, null);
                } catch (InputException e) {
                    return ArchivePage.failed(source, e.getMessage());
                } catch (IOException | RuntimeException e) {
                    return ArchivePage.failed(source, "cannot read record body: " + describe(e));
                }
            });
        }

        private Found wanted(SourceInfo source, Supplier<ArchivePage> page) {
            return visitor.wants(source) ? new Found(source.record(), page.get(), null) : new Found(source.record(), null, source);
        }

        private void damage(long offset, Exception e) throws InterruptedException {
            if (searching) {
                return;
            }
            searching = true;
            SourceInfo source = SourceInfo.ofArchiveRecord(name, offset, null);
            if (visitor.wants(source)) {
                visitor.page(ArchivePage.failed(source, "cannot read archive: " + describe(e)));
            } else {
                visitor.skipped(source);
            }
        }

        /** Moves to the next place a record may start, past the start of the damaged one. */
        private void seekNextRecord(long damagedAt) throws IOException {
            searching = true;
            if (!raw.rewind(damagedAt + 1)) {
                // Too far back to be kept: look on from where reading stopped.
                if (raw.position() <= damagedAt && raw.read() < 0) {
                    return;
                }
            }
            boolean lineStart = false;
            while (true) {
                int b = raw.peek();
                if (b < 0) {
                    return;
                }
                if (gzipped ? b == GZIP_MAGIC_1 && startsWith(new byte[] {GZIP_MAGIC_1, (byte) GZIP_MAGIC_2, 8})
                        : lineStart && startsWith(WARC_LINE)) {
                    return;
                }
                lineStart = raw.read() == '\n';
            }
        }

        /** Whether the bytes ahead start with {@code prefix}; reads nothing. */
        private boolean startsWith(byte[] prefix) throws IOException {
            long at = raw.position();
            raw.keepFrom(at);
            boolean match = true;
            for (byte expected : prefix) {
                if (raw.read() != (expected & 0xff)) {
                    match = false;
                    break;
                }
            }
            raw.rewind(at);
            return match;
        }
    }

    private static boolean isHttp(MediaType type) {
        return type.type().equalsIgnoreCase("application") && type.subtype().equalsIgnoreCase("http");
    }

    /** A successful HTML response; redirects and error pages are not articles. */
    private static boolean isPage(HttpResponse http) {
        if (http.status() < 200 || http.status() > 299) {
            return false;
        }
        MediaType type = http.contentType();
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String charsetOf(MediaType type) {
        String charset = type.parameters().get("charset");
        return charset == null || charset.isBlank() ? null : charset.trim();
    }

    /**
     * The problem that stands for the rest of an archive whose stream failed (or that could not
     * be opened at all), for a caller that gives up on it.
     */
    public static ArchivePage unreadable(String name, IOException failure) {
        long offset = failure instanceof SourceException stream ? stream.offset() : 0;
        Throwable cause = failure instanceof SourceException && failure.getCause() != null ? failure.getCause() : failure;
        SourceInfo where = offset == 0 ? SourceInfo.ofFile(name) : SourceInfo.ofArchiveRecord(name, offset, null);
        return ArchivePage.failed(where, "cannot read archive: " + describe(cause));
    }

    /** One line naming what is wrong, never a stack trace. */
    static String describe(Throwable t) {
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof EOFException) {
            return t.getMessage() == null ? "the archive ends inside a record" : t.getMessage();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        } else if (t instanceof ParsingException) {
            message = "bad WARC record: " + message;
        }
        return oneLine(message);
    }

    private static String oneLine(String message) {
        StringBuilder line = new StringBuilder(message.length());
        boolean space = false;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                space = true;
                continue;
            }
            if (space && !line.isEmpty()) {
                line.append(' ');
            }
            space = false;
            line.append(c);
        }
        return line.toString().trim();
    }

    /** A record read: the page it holds, or the source of a page not wanted, or neither (another record). */
    private record Found(long offset, ArchivePage page, SourceInfo skipped) {
    }

    /** The raw source as a stream, for reading a plain archive. */
    private static final class RawStream extends InputStream {
        private final RawSource raw;

        RawStream(RawSource raw) {
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            return raw.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            return raw.read(into, offset, length);
        }
    }
}
