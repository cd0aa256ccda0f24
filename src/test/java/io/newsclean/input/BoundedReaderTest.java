package io.newsclean.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedReaderTest {

    @Test
    void readsAStreamUpToTheLimitWhole() throws Exception {
        byte[] bytes = new byte[200_000];
        bytes[199_999] = 7;

        assertArrayEquals(bytes, BoundedReader.readAll(new ByteArrayInputStream(bytes), 200_000));
    }

    @Test
    void refusesOneByteMoreAndStopsReadingThere() {
        EndlessStream endless = new EndlessStream();

        InputException e = assertThrows(InputException.class, () -> BoundedReader.readAll(endless, 100_000));
        assertEquals("input is larger than the limit of 100000 bytes", e.getMessage());
        assertTrue(endless.served < 200_000, "an endless stream is not drained: " + endless.served);
    }

    @Test
    void namesALimitInWholeMebibytesAsSuch() {
        InputException e = assertThrows(InputException.class,
                () -> BoundedReader.readAll(new EndlessStream(), 2 * 1024 * 1024));
        assertEquals("input is larger than the limit of 2 MiB", e.getMessage());
    }

    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            served += len;
            Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}
