package io.newsclean.model;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The characters of a page: either a string already, or bytes and the charset to read them with.
 * An HTML page stays as bytes so the parser can decode it as it reads, in small chunks, instead of
 * first building a string of the whole page (twice the page's size, and a tenth of the clean).
 */
public sealed interface PageText {
    /**
     * The characters from the start; each call gives a new reader.
     *
     * @return a new reader
     */
    Reader reader();

    /**
     * The whole page as one string; decodes it again on each call when it is held as bytes.
     *
     * @return the characters
     */
    String asString();

    /**
     * Text already decoded.
     *
     * @param content the characters
     * @return the text
     */
    static PageText of(String content) {
        return new Decoded(content);
    }

    /**
     * Bytes still to decode.
     *
     * @param bytes   the page's bytes
     * @param offset  where the text starts (after a byte-order mark)
     * @param charset the charset to read them with
     * @return the text
     */
    static PageText of(byte[] bytes, int offset, Charset charset) {
        return new Encoded(bytes, offset, charset);
    }

    /** Text already decoded. */
    record Decoded(String content) implements PageText {
        /**
         * Checks that the content is given.
         *
         * @param content the characters
         */
        public Decoded {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public Reader reader() {
            return new StringReader(content);
        }

        @Override
        public String asString() {
            return content;
        }
    }

    /**
     * Bytes from {@code offset} on, in {@code charset}. Bytes the charset cannot map become
     * U+FFFD, in the reader as in the string.
     */
    record Encoded(byte[] bytes, int offset, Charset charset) implements PageText {
        /**
         * Checks the parts.
         *
         * @param bytes   the page's bytes
         * @param offset  where the text starts
         * @param charset the charset to read them with
         */
        public Encoded {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(charset, "charset");
            Objects.checkIndex(offset, bytes.length + 1);
        }

        @Override
        public Reader reader() {
            return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), charset);
        }

        @Override
        public String asString() {
            return new String(bytes, offset, bytes.length - offset, charset);
        }
    }
}
