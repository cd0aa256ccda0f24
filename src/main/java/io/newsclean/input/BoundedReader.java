package io.newsclean.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole, refusing to hold more than a set number of bytes. */
public final class BoundedReader {
    private static final int BUFFER_BYTES = 64 * 1024;

    private BoundedReader() {
    }

    /**
     * @throws InputException when the stream holds more than {@code maxBytes}; reading stops there,
     *                        so a huge or endless stream costs at most {@code maxBytes} of memory
     */
    public static byte[] readAll(InputStream in, long maxBytes) throws IOException, InputException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new InputException("input is larger than the limit of " + describe(maxBytes));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String describe(long bytes) {
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? bytes / mib + " MiB" : bytes + " bytes";
    }
}
