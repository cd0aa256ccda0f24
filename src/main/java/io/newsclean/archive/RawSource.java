package io.newsclean.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of an archive, read forward once, that can still be read again from a kept offset:
 * after damage, the search for the next record starts just past where the damaged one started,
 * and the decoder may have read far beyond that.
 *
 * <p>Bytes are kept from the offset given to {@link #keepFrom} on, up to {@link #MAX_KEPT}; a
 * longer stretch (a record of hundreds of megabytes, or a whole archive gzipped as one member)
 * lets go of them, and the search then starts where reading stopped. Not thread-safe.
 */
final class RawSource {
    /** Far above a crawl record (Common Crawl cuts bodies at 1 MiB), small enough to hold per task. */
    static final int MAX_KEPT = 64 << 20;

    private final InputStream in;
    private byte[] window = new byte[64 * 1024];
    private long windowStart;
    private int filled;
    private int pos;
    private boolean keeping;
    private boolean ended;

    RawSource(InputStream in) {
        this.in = in;
    }

    /** The offset of the next byte to read. */
    long position() {
        return windowStart + pos;
    }

    /** Keeps the bytes from {@code offset} on (at most {@link #MAX_KEPT}), so reading can go back there. */
    void keepFrom(long offset) {
        int drop = (int) Math.max(0, Math.min(offset - windowStart, pos));
        shift(drop);
        keeping = true;
    }

    /** Goes back to a kept offset; false when the bytes there are no longer kept. */
    boolean rewind(long offset) {
        if (!keeping || offset < windowStart || offset > windowStart + filled) {
            return false;
        }
        pos = (int) (offset - windowStart);
        return true;
    }

    /** Steps back over the last {@code count} bytes read, which are always still in the window. */
    void unread(int count) {
        if (count > pos) {
            throw new IllegalStateException("cannot step back " + count + " bytes");
        }
        pos -= count;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        if (pos == filled && !fill()) {
            return -1;
        }
        return window[pos] & 0xff;
    }

    int read() throws IOException {
        if (pos == filled && !fill()) {
            return -1;
        }
        return window[pos++] & 0xff;
    }

    int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pos == filled && !fill()) {
            return -1;
        }
        int n = Math.min(length, filled - pos);
        System.arraycopy(window, pos, into, offset, n);
        pos += n;
        return n;
    }

    /** Reads more from the stream; the stream's own failures pass through as {@link SourceException}. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        if (!keeping) {
            shift(pos);
        } else if (filled == window.length) {
            if (filled >= MAX_KEPT) {
                keeping = false;
                shift(pos);
            } else {
                window = Arrays.copyOf(window, Math.min(MAX_KEPT, window.length * 2));
            }
        }
        if (filled == window.length) {
            shift(pos);
        }
        int n;
        try {
            n = in.read(window, filled, window.length - filled);
        } catch (IOException e) {
            throw new SourceException(e, windowStart + filled);
        }
        if (n < 0) {
            ended = true;
            return false;
        }
        filled += n;
        return n > 0 || fill();
    }

    /** Drops the first {@code count} bytes of the window. */
    private void shift(int count) {
        if (count <= 0) {
            return;
        }
        System.arraycopy(window, count, window, 0, filled - count);
        filled -= count;
        pos -= count;
        windowStart += count;
    }
}
