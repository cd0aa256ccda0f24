package io.newsclean.input;

import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Turns raw bytes into a {@link Page}: gunzips, picks the charset, decodes, and decides
 * whether the page is HTML or text. Stateless and thread-safe.
 *
 * <p>Charset order: a byte-order mark, then a charset the caller knows (HTTP or WARC header),
 * then {@code <meta charset>} in the first bytes of an HTML page, then UTF-8 when the bytes are
 * valid UTF-8, else windows-1252, which decodes any byte sequence.
 */
public final class PageDecoder {
    private static final int SNIFF_BYTES = 4096;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|div|article|p|script|link)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "</(?:p|div|span|a|body|html|article|section|li|td)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    /** Limits what a single page may grow to once decompressed, so a gzip bomb cannot exhaust memory. */
    private final long maxBytes;

    public PageDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param bytes          the raw input, possibly gzipped
     * @param requested      the format asked for, or null to sniff it
     * @param declaredCharset a charset from outside the page (HTTP or WARC header), or null
     */
    public Page decode(byte[] bytes, Format requested, String declaredCharset, SourceInfo source, String url)
            throws InputException {
        byte[] raw = isGzip(bytes) ? gunzip(bytes) : bytes;
        if (raw.length == 0 || isBlank(raw)) {
            throw new InputException("input is empty");
        }
        if (looksBinary(raw)) {
            throw new InputException("input is binary, not HTML or text");
        }
        Bom bom = Bom.of(raw);
        String head = new String(raw, bom.length, Math.min(SNIFF_BYTES, raw.length - bom.length), StandardCharsets.ISO_8859_1);
        Format format = requested != null ? requested : sniffFormat(head);
        Charset charset = bom.charset;
        if (charset == null) {
            charset = charsetNamed(declaredCharset);
        }
        if (charset == null && format == Format.HTML) {
            Matcher meta = META_CHARSET.matcher(head);
            if (meta.find()) {
                charset = charsetNamed(meta.group(1));
            }
        }
        String content = charset != null ? decodeLenient(raw, bom.length, charset) : decodeUtf8OrFallback(raw, bom.length);
        String charsetName = charset != null ? charset.name() : (content == null ? FALLBACK.name() : StandardCharsets.UTF_8.name());
        if (content == null) {
            content = decodeLenient(raw, 0, FALLBACK);
        }
        return new Page(content, format, charsetName, source.withDecoding(format, charsetName), url);
    }

    static Format sniffFormat(String head) {
        if (HTML_START.matcher(head).find()) {
            return Format.HTML;
        }
        Matcher tags = HTML_TAGS.matcher(head);
        int count = 0;
        while (tags.find() && count < 3) {
            count++;
        }
        return count >= 3 ? Format.HTML : Format.TEXT;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] bytes) throws InputException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return BoundedReader.readAll(in, maxBytes);
        } catch (IOException e) {
            throw new InputException("input is not valid gzip: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes and other control characters do not occur in real HTML or text, apart from UTF-16. */
    private static boolean looksBinary(byte[] raw) {
        if (Bom.of(raw).charset != null && Bom.of(raw).charset.name().startsWith("UTF-16")) {
            return false;
        }
        int n = Math.min(raw.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                control++;
            }
        }
        return control * 20 > n;
    }

    private static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String normalized = name.trim().toLowerCase(Locale.ROOT);
            // Browsers decode pages labelled latin-1 as windows-1252; so do we.
            if (normalized.equals("iso-8859-1") || normalized.equals("latin1") || normalized.equals("us-ascii")) {
                return FALLBACK;
            }
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String decodeUtf8OrFallback(byte[] raw, int offset) {
        // The String constructor is far faster than a CharsetDecoder; a page without U+FFFD in the
        // result was valid UTF-8. Only pages with one go through the strict check.
        String fast = new String(raw, offset, raw.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, offset, raw.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeLenient(byte[] raw, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Same replacement of malformed input as the decoder below, much faster.
            return new String(raw, offset, raw.length - offset, StandardCharsets.UTF_8);
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(raw, offset, raw.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return new String(raw, offset, raw.length - offset, charset);
        }
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
    }
}
