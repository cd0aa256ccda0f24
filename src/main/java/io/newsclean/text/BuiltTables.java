package io.newsclean.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables the build works out once and writes into the class path, so that a call reads each in
 * one go instead of working it out again at every start, which for a single call is most of the
 * CPU it spends beyond the page itself: the stopword lists ({@link Stopwords}), the language
 * guess's stopword votes ({@link StopwordVotes}), the month and weekday names ({@link DateWords}) and the phrase files'
 * literal gates ({@link PhraseGates}). Run by Maven after compiling ({@code BuiltTables
 * OUTPUT_DIR}). Each reader checks that a table was made for what it needs, and works the table
 * out at run time, with the same result, when the class path has none.
 *
 * <p>A table is read before the JIT has compiled anything, where decoding UTF-8 costs several
 * times more per character than copying bytes, and a table decoded whole becomes UTF-16 as soon
 * as one character needs it. So each line that holds characters beyond ASCII is marked by a
 * leading DEL character (U+007F): the reader copies the other lines as they are and decodes
 * only the marked ones.
 */
public final class BuiltTables {
    /** Where the tables go, under the output folder and on the class path. */
    static final String FOLDER = "io/newsclean/text/";
    private static final char BEYOND_ASCII = '\u007f';

    private BuiltTables() {
    }

    /** Writes every table into {@code OUTPUT_DIR/io/newsclean/text/}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/classes").resolve(FOLDER);
        Files.createDirectories(folder);
        Stopwords.writeAll(folder);
        StopwordVotes.writeAll(folder);
        write(folder, DateWords.TABLE, DateWords.table());
        write(folder, PhraseGates.TABLE, PhraseGates.table());
    }

    /** Writes a table's lines, each that holds characters beyond ASCII marked. */
    static void write(Path folder, String name, String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length() + 256);
        text.lines().forEach(line -> {
            if (line.indexOf(BEYOND_ASCII) >= 0) {
                throw new IllegalArgumentException(name + ": a line holds the marker character: " + line);
            }
            if (line.chars().anyMatch(c -> c > 0x7f)) {
                out.append(BEYOND_ASCII);
            }
            out.append(line).append('\n');
        });
        Files.writeString(folder.resolve(name), out, StandardCharsets.UTF_8);
    }

    /** The lines of a table the build wrote, or null when the class path has none by that name. */
    static List<String> lines(String name) {
        byte[] bytes;
        try (InputStream in = BuiltTables.class.getResourceAsStream("/".concat(FOLDER).concat(name))) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines(bytes);
    }

    /** The lines of a table as {@link #write} writes it. */
    static List<String> lines(byte[] bytes) {
        // one byte a character: exact for the unmarked lines, which are ASCII
        String bytewise = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>(1024);
        for (int start = 0, end; start < bytewise.length(); start = end + 1) {
            end = bytewise.indexOf('\n', start);
            if (end < 0) {
                end = bytewise.length();
            }
            lines.add(bytewise.charAt(start) == BEYOND_ASCII
                    ? new String(bytes, start + 1, end - start - 1, StandardCharsets.UTF_8)
                    : bytewise.substring(start, end));
        }
        return lines;
    }
}
