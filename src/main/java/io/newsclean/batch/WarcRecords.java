package io.newsclean.batch;

import io.newsclean.input.BoundedReader;
import io.newsclean.input.InputException;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads WARC archives (plain or gzipped) with jwarc: every successful HTML response record becomes
 * one work item, with its target URI and the charset of its HTTP {@code Content-Type}; every other
 * record (requests, metadata, images, redirects, errors) is passed over and counted.
 *
 * <p>Records are read in order on the scanning thread, since an archive can only be read in order;
 * each body is read once, bounded by the size limit, and handed to a worker.
 */
final class WarcRecords {
    private final long maxBytes;

    WarcRecords(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    void read(Path archive, Path root, Intake intake) throws InterruptedException {
        ReadableByteChannel channel;
        try {
            channel = FileChannel.open(archive);
        } catch (IOException | RuntimeException e) {
            intake.accept(WorkItem.rejected(SourceInfo.ofFile(archive.toString()), archive, root,
                    "cannot read archive: " + Messages.of(e)));
            return;
        }
        read(channel, archive, root, intake);
    }

    /** Reads every record of the archive {@code archive} from an open channel, and closes it. */
    void read(ReadableByteChannel channel, Path archive, Path root, Intake intake) throws InterruptedException {
        String name = archive.toString();
        long offset = 0;
        try (ReadableByteChannel in = channel; WarcReader reader = new WarcReader(in)) {
            Optional<WarcRecord> next;
            while ((next = reader.next()).isPresent()) {
                offset = reader.position();
                if (!(next.get() instanceof WarcResponse response) || !isHttp(response.contentType())) {
                    intake.otherRecord();
                    continue;
                }
                SourceInfo source = SourceInfo.ofArchiveRecord(name, offset, response.target());
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException e) {
                    intake.accept(WorkItem.rejected(source, archive, root, "cannot read HTTP response: " + Messages.of(e)));
                    continue;
                }
                if (!isPage(http)) {
                    intake.otherRecord();
                    continue;
                }
                WorkItem item = new WorkItem(source, archive, root, null, charsetOf(http.contentType()), Format.HTML, null);
                if (intake.alreadyDone(item)) {
                    intake.skipped(item);
                } else {
                    intake.accept(withBody(item, http));
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged archive: what was read stays done; the rest becomes one error record.
            SourceInfo where = offset == 0 ? SourceInfo.ofFile(name) : SourceInfo.ofArchiveRecord(name, offset, null);
            intake.accept(WorkItem.rejected(where, archive, root, "cannot read archive: " + Messages.of(e)));
        }
    }

    /** Reads the body once, decoded from its transfer and content encodings, within the size limit. */
    private WorkItem withBody(WorkItem item, HttpResponse http) {
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] bytes = BoundedReader.readAll(body, maxBytes);
            return new WorkItem(item.source(), item.file(), item.root(), bytes, item.charset(), item.format(), null);
        } catch (InputException e) {
            return WorkItem.rejected(item.source(), item.file(), item.root(), e.getMessage());
        } catch (IOException e) {
            return WorkItem.rejected(item.source(), item.file(), item.root(), "cannot read record body: " + Messages.of(e));
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
}
