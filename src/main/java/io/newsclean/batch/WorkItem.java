package io.newsclean.batch;

import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;

import java.nio.file.Path;

/**
 * One page to clean: a file, or one record of a WARC archive.
 *
 * @param source    where the page came from, as the output will say
 * @param file      the file to read, or the archive that holds the record
 * @param root      the input folder the file was found under; the output tree mirrors the path below it
 * @param payload   the page bytes when already read (archive records), else null: the worker reads {@code file}
 * @param charset   a charset declared by the container (HTTP header), or null
 * @param format    a format known from the container, or null for the run's choice
 * @param rejection why the input cannot be cleaned at all (unreadable, too large), or null
 */
record WorkItem(SourceInfo source, Path file, Path root, byte[] payload, String charset, Format format,
                String rejection) {

    static WorkItem ofFile(Path file, Path root) {
        return new WorkItem(SourceInfo.ofFile(file.toString()), file, root, null, null, null, null);
    }

    static WorkItem rejected(SourceInfo source, Path file, Path root, String why) {
        return new WorkItem(source, file, root, null, null, null, why);
    }
}
