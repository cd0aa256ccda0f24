package io.newsclean.batch;

import java.nio.file.AccessDeniedException;
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
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
