package io.newsclean.cli;

import io.newsclean.input.BoundedReader;
import io.newsclean.input.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the inputs named on the command line: files, or standard input for {@code -}. Every
 * way a read can fail becomes an {@link InputException} whose message is one line fit for a user.
 */
final class InputFiles {
    static final String STDIN = "-";

    private final InputStream stdin;
    private final long maxBytes;

    InputFiles(InputStream stdin, long maxBytes) {
        this.stdin = stdin;
        this.maxBytes = maxBytes;
    }

    /** What to call an input in a message. */
    static String displayName(String input) {
        return STDIN.equals(input) ? "standard input" : OneLine.of(input);
    }

    byte[] read(String input) throws InputException {
        try {
            if (STDIN.equals(input)) {
                return BoundedReader.readAll(stdin, maxBytes);
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                throw new InputException("is a directory (to clean a folder, use: newsclean batch)");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return BoundedReader.readAll(in, maxBytes);
            }
        } catch (InvalidPathException e) {
            throw new InputException("not a valid file name");
        } catch (IOException e) {
            throw new InputException(describe(e));
        }
    }

    /** A short reason for a failed read, without the file name (the caller puts it in front). */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return "cannot read: " + OneLine.of(fs.getReason());
        }
        return "cannot read: " + OneLine.of(e);
    }
}
