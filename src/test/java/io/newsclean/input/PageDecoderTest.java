package io.newsclean.input;

import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageDecoderTest {
    private static final SourceInfo SOURCE = SourceInfo.ofFile("page");
    private static final String CYRILLIC = "Заголовок открываемого материала";
    private static final String POLISH = "Zażółć gęślą jaźń";

    private final PageDecoder decoder = new PageDecoder(1024 * 1024);

    // --- gzip ---------------------------------------------------------------------------------

    @Test
    void gzippedBytesAreUnpacked() throws Exception {
        Page page = decode(gzip(utf8("<html><body><p>Hello, " + POLISH + "</p></body></html>")));

        assertTrue(page.content().contains("Hello, " + POLISH), page.content());
        assertEquals(Format.HTML, page.format());
        assertEquals("UTF-8", page.charset());
    }

    @Test
    void aGzipBombIsRefusedAtTheSizeLimit() throws Exception {
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]); // 4 MiB of zeros packs into a few kilobytes
        assertTrue(bomb.length < 64 * 1024, "the test input is small on disk");

        InputException e = assertThrows(InputException.class, () -> decode(bomb));
        assertEquals("input is larger than the limit of 1 MiB", e.getMessage());
    }

    @Test
    void brokenGzipFailsWithOneLine() throws Exception {
        byte[] zipped = gzip(utf8("Some text that is long enough to compress into a real stream."));
        byte[] truncated = java.util.Arrays.copyOf(zipped, zipped.length / 2);

        InputException e = assertThrows(InputException.class, () -> decode(truncated));
        assertTrue(e.getMessage().startsWith("input is not valid gzip"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    // --- charset ------------------------------------------------------------------------------

    @Test
    void aUtf8BomIsHonouredAndStripped() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("<p>" + CYRILLIC + "</p><p>x</p><p>y</p>"));
        Page page = decode(bytes);

        assertEquals("UTF-8", page.charset());
        assertTrue(page.content().startsWith("<p>" + CYRILLIC), page.content());
    }

    @Test
    void aUtf16LittleEndianBomIsHonouredAndTheFormatStillSniffed() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("<!DOCTYPE html><html><body><p>" + POLISH + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE));
        Page page = decode(bytes);

        assertEquals("UTF-16LE", page.charset());
        assertEquals(Format.HTML, page.format());
        assertTrue(page.content().startsWith("<!DOCTYPE html>"), page.content());
        assertTrue(page.content().contains(POLISH));
    }

    @Test
    void aUtf16BigEndianBomIsHonoured() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, (CYRILLIC + "\nsecond line").getBytes(StandardCharsets.UTF_16BE));
        Page page = decode(bytes);

        assertEquals("UTF-16BE", page.charset());
        assertEquals(Format.TEXT, page.format());
        assertEquals(CYRILLIC + "\nsecond line", page.content());
    }

    @Test
    void aBomBeatsTheMetaCharset() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("<html><head><meta charset=\"windows-1251\"></head><body><p>" + CYRILLIC + "</p></body></html>"));
        Page page = decode(bytes);

        assertEquals("UTF-8", page.charset());
        assertTrue(page.content().contains(CYRILLIC));
    }

    @Test
    void metaCharsetDecodesAWindows1251Page() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] bytes = ("<!DOCTYPE html><html><head><meta charset=\"windows-1251\"><title>t</title></head>"
                + "<body><p>" + CYRILLIC + "</p></body></html>").getBytes(cp1251);
        Page page = decode(bytes);

        assertEquals("windows-1251", page.charset());
        assertTrue(page.content().contains(CYRILLIC), page.content());
    }

    @Test
    void theHttpEquivFormOfMetaCharsetWorksToo() throws Exception {
        Charset latin2 = Charset.forName("ISO-8859-2");
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">"
                + "</head><body><p>" + POLISH + "</p></body></html>").getBytes(latin2);
        Page page = decode(bytes);

        assertEquals("ISO-8859-2", page.charset());
        assertTrue(page.content().contains(POLISH), page.content());
    }

    @Test
    void anXmlDeclarationNamesTheCharsetOfAnXhtmlPage() throws Exception {
        Charset latin2 = Charset.forName("ISO-8859-2");
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"iso-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>" + POLISH + "</p></body></html>").getBytes(latin2);
        Page page = decode(bytes);

        assertEquals(Format.HTML, page.format());
        assertEquals("ISO-8859-2", page.charset());
        assertTrue(page.content().contains(POLISH));
    }

    @Test
    void latin1LabelsDecodeAsWindows1252LikeBrowsersDo() throws Exception {
        byte[] bytes = concat(ascii("<html><head><meta charset=iso-8859-1></head><body><p>"),
                new byte[] {(byte) 0x93, 'q', (byte) 0x94, ' ', (byte) 0xE9}, ascii("</p></body></html>"));
        Page page = decode(bytes);

        assertEquals("windows-1252", page.charset());
        assertTrue(page.content().contains("\u201Cq\u201D é"), page.content());
    }

    @Test
    void aMetaClaimOfUtf16OnAnAsciiReadablePageMeansUtf8() throws Exception {
        Page page = decode(utf8("<html><head><meta charset=\"utf-16\"></head><body><p>" + POLISH + "</p></body></html>"));

        assertEquals("UTF-8", page.charset());
        assertTrue(page.content().contains(POLISH));
    }

    @Test
    void anUnknownMetaCharsetFallsBackToUtf8() throws Exception {
        Page page = decode(utf8("<html><head><meta charset=\"klingon-42\"></head><body><p>" + POLISH + "</p></body></html>"));

        assertEquals("UTF-8", page.charset());
        assertTrue(page.content().contains(POLISH));
    }

    @Test
    void aCharsetFromOutsideThePageBeatsMetaCharset() throws Exception {
        byte[] bytes = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + CYRILLIC + "</p></body></html>")
                .getBytes(Charset.forName("KOI8-R"));
        Page page = decoder.decode(bytes, null, "koi8-r", SOURCE, null);

        assertEquals("KOI8-R", page.charset());
        assertTrue(page.content().contains(CYRILLIC));
    }

    @Test
    void unlabelledValidUtf8IsUtf8() throws Exception {
        Page page = decode(utf8(CYRILLIC + "\n" + POLISH));

        assertEquals("UTF-8", page.charset());
        assertEquals(CYRILLIC + "\n" + POLISH, page.content());
    }

    @Test
    void unlabelledInvalidUtf8FallsBackToWindows1252() throws Exception {
        byte[] bytes = concat(ascii("Caf"), new byte[] {(byte) 0xE9}, ascii(" au lait co"), new byte[] {(byte) 0xFB},
                ascii("te trois euros "), new byte[] {(byte) 0x80});
        Page page = decode(bytes);

        assertEquals("windows-1252", page.charset());
        assertEquals("Café au lait coûte trois euros €", page.content());
        assertEquals("windows-1252", page.source().charset(), "the source says how the input was read");
    }

    @Test
    void unlabelledHtmlIsUtf8WhenItsBytesAreAndWindows1252WhenNot() throws Exception {
        Page utf8 = decode(utf8("<html><body><p>" + POLISH + "</p></body></html>"));
        Page latin = decode(concat(ascii("<html><body><p>Caf"), new byte[] {(byte) 0xE9}, ascii(" "),
                new byte[] {(byte) 0x80}, ascii("</p></body></html>")));

        assertEquals("UTF-8", utf8.charset());
        assertEquals("<html><body><p>" + POLISH + "</p></body></html>", utf8.content());
        assertEquals("windows-1252", latin.charset());
        assertEquals("<html><body><p>Café €</p></body></html>", latin.content());
    }

    @Test
    void anHtmlPageIsReadThroughItsReaderAsItsContentSays() throws Exception {
        Page page = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("<!DOCTYPE html><p>" + CYRILLIC + "</p>")));

        try (java.io.Reader reader = page.reader()) {
            StringBuilder read = new StringBuilder();
            char[] chunk = new char[7]; // small, so characters are split across reads
            for (int n; (n = reader.read(chunk)) > 0; ) {
                read.append(chunk, 0, n);
            }
            assertEquals("<!DOCTYPE html><p>" + CYRILLIC + "</p>", read.toString(), "no BOM, nothing lost");
            assertEquals(read.toString(), page.content());
        }
    }

    // --- format -------------------------------------------------------------------------------

    @Test
    void htmlIsRecognisedByItsStart() {
        assertEquals(Format.HTML, PageDecoder.sniffFormat("<!DOCTYPE html>\n<html>"));
        assertEquals(Format.HTML, PageDecoder.sniffFormat("  <!-- saved from url -->\n<HTML lang=en>"));
        assertEquals(Format.HTML, PageDecoder.sniffFormat("<?xml version=\"1.0\"?><html>"));
        assertEquals(Format.HTML, PageDecoder.sniffFormat("<head><title>x</title></head>"));
    }

    @Test
    void aFragmentFullOfClosingTagsIsHtml() {
        assertEquals(Format.HTML, PageDecoder.sniffFormat("Intro <b>x</b><br>one</p>two</p>three</div>"));
    }

    @Test
    void flattenedTextIsText() {
        assertEquals(Format.TEXT, PageDecoder.sniffFormat("Registration was successful!\nHigh Time for a Thaw\n"));
        assertEquals(Format.TEXT, PageDecoder.sniffFormat("Prices rose 3% as x < y and y > z, said <the source>.\n"));
        assertEquals(Format.TEXT, PageDecoder.sniffFormat("One closing tag </p> is not markup.\n"));
    }

    @Test
    void aRequestedFormatIsNotSecondGuessed() throws Exception {
        Page page = decoder.decode(utf8("<html><body><p>x</p></body></html>"), Format.TEXT, null, SOURCE, null);

        assertEquals(Format.TEXT, page.format());
        assertEquals("text", page.source().format());
    }

    @Test
    void theSourceAndUrlAreCarriedThrough() throws Exception {
        Page page = decoder.decode(utf8("some text"), null, null, SourceInfo.ofFile("a/b.txt"), "https://example.com/a");

        assertEquals("a/b.txt", page.source().file());
        assertEquals("https://example.com/a", page.url());
        assertNull(page.source().record());
    }

    // --- refusals -----------------------------------------------------------------------------

    @Test
    void emptyAndBlankInputAreRefused() {
        for (byte[] bytes : new byte[][] {{}, ascii(" \n\t\r\n"), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}}) {
            InputException e = assertThrows(InputException.class, () -> decode(bytes));
            assertEquals("input is empty", e.getMessage());
        }
    }

    @Test
    void binaryInputIsRefused() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x01);

        assertEquals("input is binary, not HTML or text", assertThrows(InputException.class, () -> decode(jpeg)).getMessage());
        assertEquals("input is binary, not HTML or text", assertThrows(InputException.class, () -> decode(controls)).getMessage());
    }

    @Test
    void aStrayControlCharacterDoesNotMakeTextBinary() throws Exception {
        Page page = decode(utf8("A line of text with a stray \u0007 bell and a form feed \f in a long enough sentence."));
        assertEquals(Format.TEXT, page.format());
    }

    @Test
    void aFewStrayNulBytesInATextDumpAreSkippedNotRefused() throws Exception {
        String dump = "Council approves the budget\n\nThe council voted on Tuesday to approve the new budget.\u0000\n"
                + "Officials said the plan would raise spending by four percent.\u0000\u0000\n";
        Page page = decode(utf8(dump));
        assertEquals(Format.TEXT, page.format());
        assertEquals(dump.replace("\u0000", ""), page.content());
    }

    @Test
    void aBinaryWithSomeReadableTextIsStillRefused() {
        // The trap: a file that starts like text, then turns into a binary structure.
        byte[] bytes = new byte[2000];
        byte[] start = utf8("GIF89a a short readable comment at the start of an image file ");
        System.arraycopy(start, 0, bytes, 0, start.length);
        for (int i = start.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'x' + i % 3);
        }
        assertEquals("input is binary, not HTML or text", assertThrows(InputException.class, () -> decode(bytes)).getMessage());
    }

    // --- helpers ------------------------------------------------------------------------------

    private Page decode(byte[] bytes) throws InputException {
        return decoder.decode(bytes, null, null, SOURCE, null);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
