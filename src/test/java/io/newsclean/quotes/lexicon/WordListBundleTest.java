package io.newsclean.quotes.lexicon;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class WordListBundleTest {

    @Test
    void theBuildsBundleHoldsEveryListAsItsFileHoldsIt() throws IOException {
        byte[] bundle = read(WordListBundle.NAME);
        assertNotNull(bundle, "the build wrote no bundle");
        Map<String, int[]> ranges = WordListBundle.ranges(bundle);
        for (String name : List.of("names-en.txt", "attribution-en.txt", "clauses-en.txt", "sentences-en.txt",
                "quotes-en.txt", "first-names.txt", "cues-en.txt", "cues-de.txt", "speakers-fr.txt")) {
            int[] range = ranges.get(name);
            assertNotNull(range, name);
            assertArrayEquals(read(name), Arrays.copyOfRange(bundle, range[0], range[1]), name);
        }
    }

    @Test
    void findsEachListByItsNameAndNoListByAnother() {
        String bundle = "@@ a.txt 6\nx: y\n\n@@ b.txt 4\nz: \n";
        Map<String, int[]> ranges = WordListBundle.ranges(bundle.getBytes(StandardCharsets.UTF_8));
        assertEquals("x: y\n\n", bundle.substring(ranges.get("a.txt")[0], ranges.get("a.txt")[1]));
        assertEquals("z: \n", bundle.substring(ranges.get("b.txt")[0], ranges.get("b.txt")[1]));
        assertNull(ranges.get("c.txt"));
        int[] at = new int[2];
        assertNull(WordListBundle.list("no-such-list.txt", at));
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = WordListBundle.class.getResourceAsStream(WordListBundle.FOLDER + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
