package io.newsclean.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stopword table the language guess votes with, per script: every candidate language's
 * stopwords in one {@link WordMasks}, each word with a bit per candidate (in the order given)
 * whose list holds it.
 *
 * <p>Built from Lucene's lists, a Latin-script page would read 24 of them, each through its
 * analyser class and Lucene's list parser: for a single call, about a third of all the CPU time
 * spent on a small page. So the build writes each script's table into one resource file, from the
 * same lists ({@link BuiltTables}, run by Maven after compiling), and a call reads
 * that file instead. The file names its languages in bit order; a table missing from the class
 * path, or made for other candidates, is built from the lists as before, with the same result.
 */
public final class StopwordVotes {
    private static final String LANGUAGES_LINE = "languages:";
    /** How many words the table holds, so that reading it fills a map sized for them at once. */
    private static final String WORDS_LINE = "words: ";

    private StopwordVotes() {
    }

    /** The voting table of a script's candidates, from the build's resource when it matches them. */
    static WordMasks of(Script script, List<String> languages) {
        checkBits(languages);
        WordMasks table = read(script, languages);
        return table != null ? table : fromLists(languages);
    }

    /** The voting table built from the candidates' stopword lists. */
    static WordMasks fromLists(List<String> languages) {
        checkBits(languages);
        WordMasks words = new WordMasks(1024);
        for (Map.Entry<String, Integer> entry : masks(languages).entrySet()) {
            words.add(entry.getKey(), entry.getValue());
        }
        return words;
    }

    /** Writes the table of every script with candidates into the folder given ({@link BuiltTables}). */
    static void writeAll(Path folder) throws IOException {
        for (Map.Entry<Script, List<String>> entry : LanguageGuesser.candidates().entrySet()) {
            StringBuilder text = new StringBuilder();
            write(entry.getValue(), text);
            BuiltTables.write(folder, fileName(entry.getKey()), text.toString());
        }
    }

    /**
     * The table as text: a comment, the languages in bit order, the number of words, then one line
     * per mask (in hex) with the words that have it. Sorted, so a build writes the same bytes from
     * the same lists.
     */
    static void write(List<String> languages, Appendable out) throws IOException {
        Map<Integer, Set<String>> byMask = new TreeMap<>();
        Map<String, Integer> masks = masks(languages);
        for (Map.Entry<String, Integer> entry : masks.entrySet()) {
            byMask.computeIfAbsent(entry.getValue(), m -> new TreeSet<>()).add(entry.getKey());
        }
        out.append("# Written by the build from Lucene's stopword lists (io.newsclean.text.StopwordVotes).\n");
        out.append(LANGUAGES_LINE).append(' ').append(String.join(" ", languages)).append('\n');
        out.append(WORDS_LINE).append(Integer.toString(masks.size())).append('\n');
        for (Map.Entry<Integer, Set<String>> entry : byMask.entrySet()) {
            out.append(Integer.toHexString(entry.getKey()));
            for (String word : entry.getValue()) {
                out.append(' ').append(word);
            }
            out.append('\n');
        }
    }

    /**
     * Reads a table's lines as {@link #write} wrote them, or null when it names other languages.
     * No pattern, no string per word: it runs on a single call's clock.
     */
    static WordMasks parse(List<String> lines, List<String> languages) {
        int i = 0;
        while (i < lines.size() && lines.get(i).startsWith("#")) {
            i++;
        }
        if (i == lines.size() || !lines.get(i).startsWith(LANGUAGES_LINE)
                || !lines.get(i).substring(LANGUAGES_LINE.length()).strip().equals(String.join(" ", languages))) {
            return null;
        }
        int expected = 4096;
        if (i + 1 < lines.size() && lines.get(i + 1).startsWith(WORDS_LINE)) {
            expected = Integer.parseInt(lines.get(++i), WORDS_LINE.length(), lines.get(i).length(), 10);
        }
        WordMasks words = new WordMasks(expected);
        for (i++; i < lines.size(); i++) {
            String line = lines.get(i);
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            int mask = Integer.parseUnsignedInt(line, 0, space, 16);
            for (int start = space + 1; start < line.length(); ) {
                int end = line.indexOf(' ', start);
                if (end < 0) {
                    end = line.length();
                }
                words.add(line, start, end, mask);
                start = end + 1;
            }
        }
        return words;
    }

    /** The table the build wrote for a script, or null when there is none for these candidates. */
    static WordMasks read(Script script, List<String> languages) {
        List<String> lines = BuiltTables.lines(fileName(script));
        return lines == null ? null : parse(lines, languages);
    }

    /**
     * Each word of the candidates' lists with its bits. A list entry with white space in it (one
     * of Lucene's lists holds a line of its own comment) never matches a scanned word, so it is
     * left out, which also keeps the file's one separator unambiguous.
     */
    private static Map<String, Integer> masks(List<String> languages) {
        Map<String, Integer> masks = new TreeMap<>();
        for (int k = 0; k < languages.size(); k++) {
            for (Object key : Stopwords.of(languages.get(k))) {
                String word = key instanceof char[] chars ? new String(chars) : key.toString();
                if (!word.isEmpty() && word.chars().noneMatch(Character::isWhitespace)) {
                    masks.merge(word, 1 << k, (a, b) -> a | b);
                }
            }
        }
        return masks;
    }

    private static void checkBits(List<String> languages) {
        if (languages.size() > Integer.SIZE - 1) {
            throw new IllegalStateException("too many candidate languages: " + languages);
        }
    }

    static String fileName(Script script) {
        return "stopword-votes-" + script.name().toLowerCase(Locale.ROOT) + ".txt";
    }
}
