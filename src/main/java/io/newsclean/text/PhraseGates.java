package io.newsclean.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The patterns of each phrase file ({@code io/newsclean/phrases/LANG.txt}) with their literal
 * gates ({@link RequiredLiterals}), as the phrase book loads them. Working out the gates of every
 * language's patterns takes a single call about as long as cleaning a small page, and the answer
 * only changes with the files, so the build works them out once ({@link BuiltTables}) and writes
 * them into one table, read in one go; a language missing from it is read from its file. Immutable.
 *
 * <p>The table: a line naming the languages in it (every shipped one, in the index file's order,
 * so the phrase book takes its list of languages from there), then per language a line {@code @LANG}, and
 * per section a line {@code [KIND]} (the {@link PhraseKind} constant), then one line per
 * pattern: its line number in the file, the line as written (without surrounding white space),
 * then the gate's literals, if it has one, all separated by tabs. A book of English and one
 * other language (an HTML page's) parses only those two languages' lines.
 */
final class PhraseGates {
    static final String TABLE = "phrase-gates.txt";
    private static final String FOLDER = "/io/newsclean/phrases/";
    private static final String LANGUAGES_LINE = "languages: ";
    private static final String[] NO_GATE = null;

    /**
     * One pattern line of a phrase file: its section, where it stands, the line as written
     * (stripped) and the literals one of which every match contains, or null when none can be
     * named. The gate is worked out from the line as written, whether or not it is cased.
     */
    record Entry(PhraseKind kind, String file, int lineNo, String line, String[] gate) {
        /** Where the pattern stands, for messages about it. */
        String source() {
            return file.concat(":").concat(Integer.toString(lineNo));
        }
    }

    private PhraseGates() {
    }

    /** The entries of a language's phrase file, in file order. */
    static List<Entry> of(String language) {
        List<String> built = Built.BY_LANGUAGE.get(language);
        return built != null ? parse(language, built) : fromFile(language);
    }

    /** The build's table, read when first asked for: each language's lines, parsed when a book loads it. */
    private static final class Built {
        static final List<String> LINES = BuiltTables.lines(TABLE);
        static final List<String> LANGUAGES = languagesOf(LINES);
        static final Map<String, List<String>> BY_LANGUAGE = byLanguage(LINES);
    }

    /** The languages in the build's table, in the index file's order; null when there is no table. */
    static List<String> builtLanguages() {
        return Built.LANGUAGES;
    }

    /** The languages a table names on its first line; null when it has none. */
    static List<String> languagesOf(List<String> table) {
        if (table == null || table.isEmpty() || !table.get(0).startsWith(LANGUAGES_LINE)) {
            return null;
        }
        return List.of(table.get(0).substring(LANGUAGES_LINE.length()).split(" "));
    }

    /** The entries of a language's phrase file, read from the file and its gates worked out. */
    static List<Entry> fromFile(String language) {
        String file = FOLDER.concat(language).concat(".txt");
        List<Entry> entries = new ArrayList<>();
        PhraseKind section = null;
        int lineNo = 0;
        for (String raw : readLines(file)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = PhraseKind.ofSection(line.substring(1, line.length() - 1));
                if (section == null) {
                    throw new IllegalStateException(file + ":" + lineNo + ": unknown section " + line);
                }
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(file + ":" + lineNo + ": phrase outside a section");
            }
            // capturing groups are made non-capturing only when the pattern is compiled
            String regex = line.startsWith("~") ? line.substring(1) : line;
            Set<String> gate = RequiredLiterals.of(regex);
            entries.add(new Entry(section, file, lineNo, line, gate == null ? NO_GATE : gate.toArray(new String[0])));
        }
        return entries;
    }

    /** The table of every shipped language, as the build writes it. */
    static String table() {
        List<String> languages = PhraseBook.indexLanguages();
        StringBuilder out = new StringBuilder(LANGUAGES_LINE).append(String.join(" ", languages)).append('\n');
        for (String language : languages) {
            out.append('@').append(language).append('\n');
            PhraseKind section = null;
            for (Entry entry : fromFile(language)) {
                if (entry.line().indexOf('\t') >= 0) {
                    throw new IllegalStateException(entry.source() + ": a tab in a pattern; write \\t instead");
                }
                if (entry.kind() != section) {
                    section = entry.kind();
                    out.append('[').append(section.name()).append("]\n");
                }
                out.append(entry.lineNo()).append('\t').append(entry.line());
                if (entry.gate() != null) {
                    for (String literal : entry.gate()) {
                        out.append('\t').append(literal);
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The lines of each language in a table; an empty map when there is no table. */
    static Map<String, List<String>> byLanguage(List<String> table) {
        Map<String, List<String>> byLanguage = new HashMap<>();
        if (languagesOf(table) == null) {
            return byLanguage;
        }
        for (int i = 1, end; i < table.size(); i = end) {
            end = i + 1;
            while (end < table.size() && !table.get(end).startsWith("@")) {
                end++;
            }
            byLanguage.put(table.get(i).substring(1), table.subList(i + 1, end));
        }
        return byLanguage;
    }

    /** The entries of one language's lines in the table. Read with plain index scans: this runs on a single call's clock. */
    static List<Entry> parse(String language, List<String> lines) {
        String file = FOLDER.concat(language).concat(".txt");
        List<Entry> entries = new ArrayList<>(lines.size());
        PhraseKind section = null;
        for (String row : lines) {
            if (row.startsWith("[")) {
                section = PhraseKind.valueOf(row.substring(1, row.length() - 1));
                continue;
            }
            int tab = row.indexOf('\t');
            int next = row.indexOf('\t', tab + 1);
            String line = row.substring(tab + 1, next < 0 ? row.length() : next);
            String[] gate = NO_GATE;
            if (next >= 0) {
                List<String> literals = new ArrayList<>(4);
                for (int from = next + 1; from <= row.length(); from = next + 1) {
                    next = row.indexOf('\t', from);
                    if (next < 0) {
                        next = row.length();
                    }
                    literals.add(row.substring(from, next));
                }
                gate = literals.toArray(new String[0]);
            }
            entries.add(new Entry(section, file, Integer.parseInt(row, 0, tab, 10), line, gate));
        }
        return entries;
    }

    /** A resource's lines. */
    static List<String> readLines(String resource) {
        try (InputStream in = PhraseGates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
