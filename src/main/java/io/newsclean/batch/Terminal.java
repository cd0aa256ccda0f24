package io.newsclean.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal, so progress is drawn only where a person watches. */
public final class Terminal {
    private Terminal() {
    }

    public static boolean stderrIsTerminal() {
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            return false;
        }
        // Java has no isatty; on Linux the descriptor's link names the device it writes to.
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String device = Files.readSymbolicLink(fd).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not Linux: a console means standard input and output are terminals; take it for standard error too.
            return System.console() != null;
        }
    }
}
