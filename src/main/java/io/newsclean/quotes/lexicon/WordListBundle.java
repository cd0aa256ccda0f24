package io.newsclean.quotes.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every word list of the quote stages ({@code io/newsclean/quotes/*.txt}) in one resource, which
 * the build writes after copying them ({@code WordListBundle OUTPUT_DIR}). A single call reads a
 * dozen of these lists, and finding a resource on the class path costs about as much as reading
 * one (the class loaders ask every module of the JDK first), so a call finds this one instead.
 * Each list is stored as its file holds it, after a line {@code @@ NAME LENGTH}, its length in
 * bytes. A list missing from it, or no bundle at all, is read from its own file.
 */
public final class WordListBundle {
    static final String FOLDER = "/io/newsclean/quotes/";
    static final String NAME = "word-lists.bundle";
    private static final String HEADER = "@@ ";

    /** The bundle's bytes and where each list stands in them, read when a list is first asked for. */
    private static final class Read {
        static final byte[] BYTES = bytes(FOLDER.concat(NAME));
        static final Map<String, int[]> RANGES = BYTES == null ? Map.of() : ranges(BYTES);
    }

    private WordListBundle() {
    }

    /** Writes the bundle of the lists in {@code OUTPUT_DIR/io/newsclean/quotes/}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/classes").resolve(FOLDER.substring(1));
        List<Path> lists;
        try (Stream<Path> files = Files.list(folder)) {
            lists = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path list : lists) {
            byte[] bytes = Files.readAllBytes(list);
            out.write((HEADER + list.getFileName() + " " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
        }
        Files.write(folder.resolve(NAME), out.toByteArray());
    }

    /**
     * A list's bytes, or null when there is no such list: {@code at[0]} is set to where it starts
     * in the array returned, {@code at[1]} to where it ends.
     */
    static byte[] list(String name, int[] at) {
        int[] range = Read.RANGES.get(name);
        if (range != null) {
            at[0] = range[0];
            at[1] = range[1];
            return Read.BYTES;
        }
        byte[] own = bytes(FOLDER.concat(name));
        at[0] = 0;
        at[1] = own == null ? 0 : own.length;
        return own;
    }

    /** Where each list stands in a bundle. */
    static Map<String, int[]> ranges(byte[] bundle) {
        Map<String, int[]> ranges = new HashMap<>();
        String bytewise = new String(bundle, StandardCharsets.ISO_8859_1);
        for (int at = 0; bytewise.startsWith(HEADER, at); ) {
            int space = bytewise.indexOf(' ', at + HEADER.length());
            int lineEnd = bytewise.indexOf('\n', space);
            int start = lineEnd + 1;
            int end = start + Integer.parseInt(bytewise, space + 1, lineEnd, 10);
            ranges.put(bytewise.substring(at + HEADER.length(), space), new int[] {start, end});
            at = end;
        }
        return ranges;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = WordListBundle.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
