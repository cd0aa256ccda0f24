package io.newsclean.batch;

import io.newsclean.model.SourceInfo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The inputs of {@code --files-from}: one path per line, read as the run goes (a list of millions
 * of paths is never held whole). Blank lines are skipped; a line that is not a valid path becomes
 * an error record, and the list goes on.
 */
final class InputList implements AutoCloseable {
    /** No list. */
    static final InputList NONE = new InputList(null, null);

    private final String name;
    private final BufferedReader lines;

    private InputList(String name, BufferedReader lines) {
        this.name = name;
        this.lines = lines;
    }

    /**
     * @param list the list file, {@code -} for standard input, or null for none
     * @throws IOException naming the list, when it cannot be opened
     */
    static InputList open(Path list, InputStream stdin) throws IOException {
        if (list == null) {
            return NONE;
        }
        if (BatchOptions.isStandardStream(list)) {
            return new InputList("standard input", new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)));
        }
        try {
            return new InputList(list.toString(), Files.newBufferedReader(list, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException(list + ": cannot read the list of inputs: " + Messages.of(e), e);
        }
    }

    /** The next path, or null at the end of the list. */
    Path next(Intake intake) throws InterruptedException {
        if (lines == null) {
            return null;
        }
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (IOException | UncheckedIOException e) {
                intake.accept(WorkItem.rejected(SourceInfo.ofFile(name), Path.of(""), Path.of(""),
                        "cannot read the list of inputs: " + Messages.of(e)));
                return null;
            }
            if (line == null) {
                return null;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                return Path.of(line);
            } catch (InvalidPathException e) {
                intake.accept(WorkItem.rejected(SourceInfo.ofFile(line), Path.of(""), Path.of(""), "not a valid file name"));
            }
        }
    }

    @Override
    public void close() throws IOException {
        // Standard input belongs to the process; only a list file is closed.
        if (lines != null && !"standard input".equals(name)) {
            lines.close();
        }
    }
}
