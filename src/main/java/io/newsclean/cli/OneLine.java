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

    static String of(String message) {
        return LINE_BREAKS.matcher(message).replaceAll(" ").trim();
    }
}
