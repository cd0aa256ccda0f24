package io.newsclean.batch;

import io.newsclean.archive.ArchivePage;
import io.newsclean.archive.ArchiveReader;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Hands the pages of a WARC archive to the batch, read by the core {@link ArchiveReader}: every
 * HTML page (or the problem that stands for one, or for a damaged stretch) becomes one work
 * item; other records are counted.
 *
 * <p>Records are read in order on the scanning thread, since an archive can only be read in order;
 * each body is read once, bounded by the size limit, and handed to a worker.
 */
final class WarcRecords {
    private final ArchiveReader reader;

    WarcRecords(long maxBytes) {
        this.reader = new ArchiveReader(maxBytes);
    }

    static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    void read(Path archive, Path root, Intake intake) throws InterruptedException {
        InputStream in;
        try {
            in = Files.newInputStream(archive);
        } catch (IOException e) {
            ArchivePage unreadable = ArchiveReader.unreadable(archive.toString(), e);
            intake.accept(WorkItem.rejected(unreadable.source(), archive, root, unreadable.problem()));
            return;
        }
        read(in, archive, root, intake);
    }

    /** Reads every record of the archive {@code archive} from an open stream, and closes it. */
    void read(InputStream archiveBytes, Path archive, Path root, Intake intake) throws InterruptedException {
        String name = archive.toString();
        try (InputStream in = archiveBytes) {
            reader.read(in, name, new ArchiveReader.Visitor() {
                @Override
                public boolean wants(SourceInfo source) {
                    return !intake.alreadyDone(item(source, null, null, null));
                }

                @Override
                public void page(ArchivePage page) throws InterruptedException {
                    intake.accept(item(page.source(), page.body(), page.charset(), page.problem()));
                }

                @Override
                public void skipped(SourceInfo source) {
                    intake.skipped(item(source, null, null, null));
                }

                @Override
                public void otherRecord() {
                    intake.otherRecord();
                }

                private WorkItem item(SourceInfo source, byte[] body, String charset, String problem) {
                    return new WorkItem(source, archive, root, body, charset, Format.HTML, problem);
                }
            });
        } catch (IOException e) {
            // The file could not be opened, or failed while read: what was read stays done; the
            // rest becomes one error record.
            ArchivePage rest = ArchiveReader.unreadable(name, e);
            intake.accept(WorkItem.rejected(rest.source(), archive, root, rest.problem()));
        }
    }
}
