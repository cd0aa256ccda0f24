package io.newsclean.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tables the build works out once and writes into the class path, so that a call reads each in
 * one go instead of working it out again at every start, which for a single call is most of the
 * CPU it spends beyond the page itself: the language guess's stopword votes
 * ({@link StopwordVotes}), the month and weekday names ({@link DateWords}) and the phrase files'
 * literal gates ({@link PhraseGates}). Run by Maven after compiling ({@code BuiltTables
 * OUTPUT_DIR}). Each reader checks that a table was made for what it needs, and works the table
 * out at run time, with the same result, when the class path has none.
 */
public final class BuiltTables {
    /** Where the tables go, under the output folder and on the class path. */
    static final String FOLDER = "io/newsclean/text/";

    private BuiltTables() {
    }

    /** Writes every table into {@code OUTPUT_DIR/io/newsclean/text/}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/classes").resolve(FOLDER);
        Files.createDirectories(folder);
        StopwordVotes.writeAll(folder);
        Files.writeString(folder.resolve(DateWords.TABLE), DateWords.table(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(PhraseGates.TABLE), PhraseGates.table(), StandardCharsets.UTF_8);
    }

    /** The text of a table the build wrote, or null when the class path has none by that name. */
    static String read(String name) {
        try (InputStream in = BuiltTables.class.getResourceAsStream("/".concat(FOLDER).concat(name))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
