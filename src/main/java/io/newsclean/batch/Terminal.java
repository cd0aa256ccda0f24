package io.newsclean.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells whether a standard stream is a terminal: progress is drawn only where a person watches,
 * and a person who runs the command without input is told what it waits for.
 */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            return false;
        }
        return isTerminal(2);
    }

    public static boolean stdinIsTerminal() {
        return isTerminal(0);
    }

    private static boolean isTerminal(int descriptor) {
        // Java has no isatty; on Linux the descriptor's link names the device it reads or writes.
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        try {
            String device = Files.readSymbolicLink(fd).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not Linux: a console means standard input and output are terminals; take it for standard error too.
            return System.console() != null;
        }
    }
}
