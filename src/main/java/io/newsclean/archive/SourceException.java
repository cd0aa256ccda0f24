package io.newsclean.archive;

import java.io.IOException;

/**
 * The stream an archive is read from failed (a disk or network error), as opposed to the
 * archive's bytes being damaged. Reading again may succeed, so this is not made a record.
 */
public final class SourceException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    SourceException(IOException cause, long offset) {
        super(cause.getMessage(), cause);
        this.offset = offset;
    }

    /** How far into the archive the stream failed. */
    public long offset() {
        return offset;
    }
}
