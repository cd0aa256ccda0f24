package io.newsclean.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The decompressed bytes of one gzip member (RFC 1952), read from where the raw source stands,
 * which is left just past the member's trailer. A WARC gzips each record as a member of its own,
 * so a damaged member damages one record, and the next member starts afresh.
 *
 * <p>The member's checksum and length are checked at its end: a member whose bytes were altered
 * or cut short fails there, before its record is handed on.
 */
final class GzipMember extends InputStream {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int RESERVED = 0xe0;

    private final RawSource raw;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[16 * 1024];
    private long produced;
    private boolean done;

    /** Reads the member's header. */
    GzipMember(RawSource raw) throws IOException {
        this.raw = raw;
        if (raw.read() != 0x1f || raw.read() != 0x8b || raw.read() != 8) {
            throw new ZipException("not a gzip member");
        }
        int flags = need(raw.read());
        if ((flags & RESERVED) != 0) {
            throw new ZipException("bad gzip header flags");
        }
        for (int i = 0; i < 6; i++) {
            need(raw.read()); // modification time, extra flags, operating system
        }
        if ((flags & FEXTRA) != 0) {
            int length = need(raw.read()) | need(raw.read()) << 8;
            for (int i = 0; i < length; i++) {
                need(raw.read());
            }
        }
        if ((flags & FNAME) != 0) {
            while (need(raw.read()) != 0) {
                // the original file name, not needed
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (need(raw.read()) != 0) {
                // a comment, not needed
            }
        }
        if ((flags & FHCRC) != 0) {
            need(raw.read());
            need(raw.read());
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        try {
            while (true) {
                int n = inflater.inflate(into, offset, length);
                if (n > 0) {
                    crc.update(into, offset, n);
                    produced += n;
                    return n;
                }
                if (inflater.finished()) {
                    finish();
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw new ZipException("corrupt gzip data: a preset dictionary is asked for");
                }
                if (inflater.needsInput()) {
                    int read = raw.read(input, 0, input.length);
                    if (read < 0) {
                        throw new ZipException("gzip member cut short");
                    }
                    inflater.setInput(input, 0, read);
                }
            }
        } catch (DataFormatException e) {
            throw new ZipException("corrupt gzip data: " + e.getMessage());
        }
    }

    /** Gives back the bytes read past the compressed data, then checks the trailer. */
    private void finish() throws IOException {
        raw.unread(inflater.getRemaining());
        long expectedCrc = readInt();
        long expectedSize = readInt();
        done = true;
        inflater.end();
        if (expectedCrc != crc.getValue()) {
            throw new ZipException("gzip member checksum does not match its data");
        }
        if (expectedSize != (produced & 0xffffffffL)) {
            throw new ZipException("gzip member length does not match its data");
        }
    }

    private long readInt() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) need(raw.read()) << (8 * i);
        }
        return value;
    }

    private static int need(int b) throws ZipException {
        if (b < 0) {
            throw new ZipException("gzip member cut short");
        }
        return b;
    }

    @Override
    public void close() {
        inflater.end();
    }
}
