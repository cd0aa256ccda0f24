package io.newsclean.cli;

/** Turns any exception into a one-line message for standard error: never a stack trace. */
final class OneLine {
    private OneLine() {
    }

    static String of(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
