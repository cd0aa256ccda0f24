package io.newsclean.batch;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line messages for error records and standard error: never a stack trace. */
final class Messages {
    private Messages() {
    }

    static String of(Throwable t) {
        if (t instanceof NoSuchFileException) {
            return "no such file";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileAlreadyExistsException e) {
            return e.getFile() + ": a file is in the way";
        }
        if (t instanceof FileSystemException e && e.getReason() == null) {
            return e.getFile() + ": " + t.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
