package io.newsclean.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * The output could not be written (a full disk, a folder made read-only, a file in the way). The
 * run stops: its message is one line that names the output, {@code PATH: cannot write: why}.
 */
public final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputException(String output, String what, IOException cause) {
        super(output + ": " + what + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return Messages.of(e);
    }
}
