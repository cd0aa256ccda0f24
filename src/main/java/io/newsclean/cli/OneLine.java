package io.newsclean.cli;

import java.util.regex.Pattern;

/** Turns any exception into a one-line message for standard error: never a stack trace. */
final class OneLine {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private OneLine() {
    }

    static String of(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return of(message);
    }

    /** For a failure nobody planned for: the exception's kind helps whoever reads the bug report. */
    static String ofBug(Throwable t) {
        String message = t.getMessage();
        String kind = t.getClass().getSimpleName();
        return "internal error: " + (message == null || message.isBlank() ? kind : kind + ": " + of(message));
    }

    static String of(String message) {
        return LINE_BREAKS.matcher(message).replaceAll(" ").trim();
    }
}
