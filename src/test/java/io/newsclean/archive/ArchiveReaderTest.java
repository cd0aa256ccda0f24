package io.newsclean.archive;

import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcCompression;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static io.newsclean.archive.WarcBytes.concat;
import static io.newsclean.archive.WarcBytes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArchiveReaderTest {
    private static final WarcCompression GZIP = WarcCompression.GZIP;
    private static final WarcCompression PLAIN = WarcCompression.NONE;

    /** What a visitor saw, one line per page: "offset url" or "offset ! problem". */
    private static final class Seen implements ArchiveReader.Visitor {
        final List<String> pages = new ArrayList<>();
        int others;

        @Override
        public void page(ArchivePage page) {
            SourceInfo s = page.source();
            if (page.problem() != null) {
                pages.add(s.record() + " ! " + page.problem());
            } else {
                String text = new String(page.body(), StandardCharsets.UTF_8);
                assertTrue(text.endsWith("</html>"), "a whole page: " + text);
                pages.add(s.record() + " " + s.url());
            }
        }

        @Override
        public void otherRecord() {
            others++;
        }
    }

    private static Seen read(byte[] archive) throws Exception {
        Seen seen = new Seen();
        new ArchiveReader(1 << 20).read(new ByteArrayInputStream(archive), "crawl.warc.gz", seen);
        return seen;
    }

    // Written once: each record gets its own id and date, so its length differs from write to write.
    private static final byte[] A_GZIP = response("https://example.org/a", "First story", GZIP);
    private static final byte[] A_PLAIN = response("https://example.org/a", "First story", PLAIN);
    private static final byte[] C_GZIP = response("https://example.org/c", "Third story", GZIP);
    private static final byte[] C_PLAIN = response("https://example.org/c", "Third story", PLAIN);

    private static byte[] a(WarcCompression c) {
        return c == GZIP ? A_GZIP : A_PLAIN;
    }

    private static byte[] c(WarcCompression c) {
        return c == GZIP ? C_GZIP : C_PLAIN;
    }

    private static void assertDamagedBetween(Seen seen, long damagedAt, long cAt, String why) {
        assertEquals(3, seen.pages.size(), seen.pages.toString());
        assertEquals("0 https://example.org/a", seen.pages.get(0));
        assertTrue(seen.pages.get(1).startsWith(damagedAt + " ! cannot read archive: "), seen.pages.toString());
        assertTrue(seen.pages.get(1).contains(why), seen.pages.get(1));
        assertEquals(cAt + " https://example.org/c", seen.pages.get(2));
    }

    @Test
    void everyPageComesWithItsOffsetAndOtherRecordsAreCounted() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            byte[] image = WarcBytes.image("https://example.org/logo.png", compression);
            byte[] archive = concat(a(compression), image, c(compression));
            Seen seen = read(archive);
            long cAt = a(compression).length + image.length;
            assertEquals(List.of("0 https://example.org/a", cAt + " https://example.org/c"), seen.pages, compression.name());
            assertEquals(1, seen.others);
        }
    }

    @Test
    void aTruncatedGzipMemberIsOneErrorAndTheRecordsAroundItAreRead() throws Exception {
        byte[] b = response("https://example.org/b", "Second story", GZIP);
        long bAt = a(GZIP).length;
        for (int length = 1; length < b.length; length += 3) {
            byte[] cut = Arrays.copyOf(b, length);
            Seen seen = read(concat(a(GZIP), cut, c(GZIP)));
            // The inflater reads on into the next member's bytes, and fails there or on what they inflate to.
            assertDamagedBetween(seen, bAt, bAt + cut.length, "");
        }
    }

    @Test
    void aGzipMemberCutAtTheEndOfTheArchiveIsOneError() throws Exception {
        byte[] b = response("https://example.org/b", "Second story", GZIP);
        Seen seen = read(concat(a(GZIP), Arrays.copyOf(b, b.length - 5)));
        assertEquals(List.of("0 https://example.org/a", a(GZIP).length + " ! cannot read archive: gzip member cut short"),
                seen.pages);
    }

    @Test
    void aGzipMemberWithAlteredBytesIsOneError() throws Exception {
        byte[] b = response("https://example.org/b", "Second story", GZIP);
        long bAt = a(GZIP).length;
        for (int at = 10; at < b.length; at += 5) {
            byte[] altered = b.clone();
            altered[at] ^= 0x55;
            Seen seen = read(concat(a(GZIP), altered, c(GZIP)));
            // Depending on the byte, the data no longer inflates, or inflates to a record that does
            // not end where its length says, or fails the checksum: one error all the same.
            assertDamagedBetween(seen, bAt, bAt + b.length, "");
        }
    }

    @Test
    void aRecordWithABadHeaderIsOneError() throws Exception {
        byte[] b = WarcBytes.replace(response("https://example.org/b", "Second story", PLAIN),
                "WARC-Type: response", "WARC-Type response");
        Seen seen = read(concat(a(PLAIN), b, c(PLAIN)));
        long bAt = a(PLAIN).length;
        assertDamagedBetween(seen, bAt, bAt + b.length, "bad WARC record");
    }

    @Test
    void aRecordWithABadHeaderInsideItsGzipMemberIsOneError() throws Exception {
        byte[] b = gzip(WarcBytes.replace(response("https://example.org/b", "Second story", PLAIN),
                "WARC/1.0\r\n", "WARX/1.0\r\n"));
        Seen seen = read(concat(a(GZIP), b, c(GZIP)));
        long bAt = a(GZIP).length;
        assertDamagedBetween(seen, bAt, bAt + b.length, "bad WARC record");
    }

    @Test
    void aContentLengthThatIsTooShortIsOneError() throws Exception {
        byte[] plain = response("https://example.org/b", "Second story", PLAIN);
        long length = WarcBytes.contentLength(plain);
        byte[] b = WarcBytes.replace(plain, "Content-Length: " + length, "Content-Length: " + (length - 40));
        Seen seen = read(concat(a(PLAIN), b, c(PLAIN)));
        long bAt = a(PLAIN).length;
        assertDamagedBetween(seen, bAt, bAt + b.length, "Content-Length");

        byte[] member = gzip(b);
        Seen gzipped = read(concat(a(GZIP), member, c(GZIP)));
        assertDamagedBetween(gzipped, a(GZIP).length, a(GZIP).length + member.length, "Content-Length");
    }

    @Test
    void aContentLengthThatIsTooLongIsOneErrorAndDoesNotSwallowTheNextRecord() throws Exception {
        byte[] plain = response("https://example.org/b", "Second story", PLAIN);
        long length = WarcBytes.contentLength(plain);
        byte[] b = WarcBytes.replace(plain, "Content-Length: " + length, "Content-Length: " + (length + 40));
        Seen seen = read(concat(a(PLAIN), b, c(PLAIN)));
        long bAt = a(PLAIN).length;
        assertDamagedBetween(seen, bAt, bAt + b.length, "");

        byte[] member = gzip(b);
        Seen gzipped = read(concat(a(GZIP), member, c(GZIP)));
        assertDamagedBetween(gzipped, a(GZIP).length, a(GZIP).length + member.length, "");
    }

    @Test
    void aResponseWithoutHttpHeadersIsAnErrorForThatRecordOnly() throws Exception {
        for (WarcCompression compression : WarcCompression.values()) {
            byte[] b = WarcBytes.responseWithoutHttpHeaders("https://example.org/b", "Second story", compression);
            Seen seen = read(concat(a(compression), b, c(compression)));
            long bAt = a(compression).length;
            assertEquals(3, seen.pages.size(), seen.pages.toString());
            assertTrue(seen.pages.get(1).startsWith(bAt + " ! cannot read HTTP response: "), seen.pages.get(1));
            assertEquals(bAt + b.length + " https://example.org/c", seen.pages.get(2));
        }
    }

    @Test
    void randomBytesAreOneErrorAtTheStart() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        noise[0] = 'x'; // not the gzip magic: read as a plain archive
        Seen seen = read(noise);
        assertEquals(1, seen.pages.size(), seen.pages.toString());
        assertTrue(seen.pages.get(0).startsWith("0 ! cannot read archive: "), seen.pages.get(0));

        noise[0] = 0x1f;
        noise[1] = (byte) 0x8b;
        Seen gzipNoise = read(noise);
        assertEquals(1, gzipNoise.pages.size(), gzipNoise.pages.toString());
        assertTrue(gzipNoise.pages.get(0).startsWith("0 ! cannot read archive: "), gzipNoise.pages.get(0));
    }

    @Test
    void anEmptyArchiveHasNoPages() throws Exception {
        assertEquals(List.of(), read(new byte[0]).pages);
    }

    @Test
    void aStreamThatFailsIsNotDamageButAFailureWithItsOffset() {
        byte[] good = concat(a(GZIP), c(GZIP));
        InputStream failing = new InputStream() {
            int at;

            @Override
            public int read() throws IOException {
                if (at == good.length) {
                    throw new IOException("connection reset");
                }
                return good[at++] & 0xff;
            }
        };
        Seen seen = new Seen();
        SourceException e = assertThrows(SourceException.class,
                () -> new ArchiveReader(1 << 20).read(failing, "crawl.warc.gz", seen));
        assertEquals("connection reset", e.getMessage());
        assertEquals(good.length, e.offset());
        assertEquals(2, seen.pages.size(), "the records before the failure were read: " + seen.pages);
    }

    @Test
    void aBodyPastTheSizeLimitIsAnErrorForThatRecordOnly() throws Exception {
        Seen seen = new Seen();
        new ArchiveReader(100).read(new ByteArrayInputStream(concat(a(GZIP), c(GZIP))), "crawl.warc.gz", seen);
        assertEquals(2, seen.pages.size());
        assertTrue(seen.pages.get(0).startsWith("0 ! input is larger than the limit"), seen.pages.get(0));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
