package io.newsclean.input;

import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.PageText;
import io.newsclean.model.SourceInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns raw bytes into a {@link Page}: gunzips, picks the charset, decodes, and decides
 * whether the page is HTML or text. Stateless and thread-safe.
 *
 * <p>Charset order: a byte-order mark, then a charset the caller knows (HTTP or WARC header),
 * then {@code <meta charset>} (or an XML declaration) in the first bytes of an HTML page, then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252, which decodes any byte sequence and
 * is what browsers assume for unlabelled Western pages.
 */
public final class PageDecoder {
    /** How far into the page the format and the declared charset are looked for. */
    private static final int SNIFF_BYTES = 4096;
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    /** Labels that browsers decode as windows-1252, a superset that gives meaning to bytes 0x80-0x9F. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
            "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
                    + "<(?:!doctype\\s+html|html|head|body|meta|title|div|article|p|script|link|style)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(?:p|div|span|a|body|html|article|section|li|td|h[1-6])>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    /** Text with this many closing tags in its first bytes is markup, whatever it starts with. */
    private static final int TAGS_THAT_MAKE_HTML = 3;

    /** Limits what a single page may grow to once decompressed, so a gzip bomb cannot exhaust memory. */
    private final long maxBytes;

    public PageDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param bytes           the raw input, possibly gzipped
     * @param requested       the format asked for, or null to sniff it
     * @param declaredCharset a charset from outside the page (HTTP or WARC header), or null
     * @param source          where the bytes came from
     * @param url             the page address, or null
     * @throws InputException when the input is empty, binary, too large or broken gzip
     */
    public Page decode(byte[] bytes, Format requested, String declaredCharset, SourceInfo source, String url)
            throws InputException {
        byte[] raw = isGzip(bytes) ? gunzip(bytes) : bytes;
        if (isBlank(raw, 0)) {
            throw new InputException("input is empty");
        }
        Bom bom = Bom.of(raw);
        if (!bom.isUtf16() && looksBinary(raw)) {
            throw new InputException("input is binary, not HTML or text");
        }

        Charset charset = bom.charset;
        Format format = requested;
        if (charset == null) {
            // Without a BOM the page's own markup is ASCII-compatible in every charset we accept,
            // so the head can be read byte for byte to find the format and the declared charset.
            String head = new String(raw, 0, Math.min(SNIFF_BYTES, raw.length), StandardCharsets.ISO_8859_1);
            if (format == null) {
                format = sniffFormat(head);
            }
            charset = charsetNamed(declaredCharset);
            if (charset == null && format == Format.HTML) {
                charset = declaredInMarkup(head);
            }
        }

        if (format == Format.HTML && !bom.isUtf16()) {
            return encodedHtml(raw, bom, charset, source, url);
        }
        String content;
        if (charset != null) {
            content = decodeLenient(raw, bom.length, charset);
        } else {
            content = decodeStrictUtf8(raw);
            charset = content != null ? StandardCharsets.UTF_8 : FALLBACK;
            if (content == null) {
                content = decodeLenient(raw, 0, FALLBACK);
            }
        }
        if (format == null) {
            format = sniffFormat(content.substring(0, Math.min(SNIFF_BYTES, content.length())));
        }
        content = withoutControls(content);
        if (content.isBlank()) {
            throw new InputException("input is empty");
        }
        return new Page(content, format, charset.name(), source.withDecoding(format, charset.name()), url);
    }

    /**
     * HTML in an ASCII-compatible charset stays as bytes: the parser decodes it as it reads. An
     * unlabelled page is UTF-8 when its bytes are well-formed UTF-8, else windows-1252.
     */
    private static Page encodedHtml(byte[] raw, Bom bom, Charset known, SourceInfo source, String url)
            throws InputException {
        if (isBlank(raw, bom.length)) {
            throw new InputException("input is empty");
        }
        Charset charset = known != null ? known
                : Utf8Validity.isValid(raw, 0) ? StandardCharsets.UTF_8 : FALLBACK;
        return new Page(PageText.of(raw, bom.length, charset), Format.HTML, charset.name(),
                source.withDecoding(Format.HTML, charset.name()), url);
    }

    static Format sniffFormat(String head) {
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        Matcher tags = HTML_TAGS.matcher(head);
        int count = 0;
        while (count < TAGS_THAT_MAKE_HTML && tags.find()) {
            count++;
        }
        return count >= TAGS_THAT_MAKE_HTML ? Format.HTML : Format.TEXT;
    }

    private static Charset declaredInMarkup(String head) {
        Matcher xml = XML_ENCODING.matcher(head);
        Matcher meta = META_CHARSET.matcher(head);
        String label = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
        Charset charset = charsetNamed(label);
        // A page whose bytes we could read as ASCII cannot really be UTF-16, whatever it claims:
        // browsers decode such a page as UTF-8, and so do we.
        if (charset != null && charset.name().startsWith("UTF-16")) {
            return StandardCharsets.UTF_8;
        }
        return charset;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] bytes) throws InputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return BoundedReader.readAll(in, maxBytes);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException("input is not valid gzip (" + why + ")");
        }
    }

    private static boolean isBlank(byte[] raw, int from) {
        for (int i = from; i < raw.length; i++) {
            byte b = raw[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * Images, archives and executables are full of NUL and other C0 control bytes; HTML and text
     * hold none, or a few strays a scraper let through (a NUL or a bell in a text dump), which are
     * noise to skip rather than a reason to refuse the page. So the share decides, not one byte.
     */
    private static boolean looksBinary(byte[] raw) {
        int n = Math.min(raw.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = raw[i] & 0xff;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 20 > n;
    }

    /** Text without the stray control characters that {@link #looksBinary} lets through. */
    static String withoutControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isStrayControl(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isStrayControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    /** The charset a label names, or null when the label is missing or unknown. */
    static Charset charsetNamed(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(normalized)) {
            return FALLBACK;
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String decodeStrictUtf8(byte[] raw) {
        // The String constructor is far faster than a CharsetDecoder; a result without U+FFFD
        // means the bytes were valid UTF-8. Only pages with one go through the strict check.
        String fast = new String(raw, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes with replacement characters for bytes the charset cannot map; never fails. */
    private static String decodeLenient(byte[] raw, int offset, Charset charset) {
        return new String(raw, offset, raw.length - offset, charset);
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return new Bom(null, 0);
        }

        /** UTF-16 text is full of NUL bytes, so the binary test cannot apply to it. */
        boolean isUtf16() {
            return charset != null && charset != StandardCharsets.UTF_8;
        }
    }
}
