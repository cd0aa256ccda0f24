package io.newsclean.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8 (Unicode 15, table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF), the same bytes a strict UTF-8 decoder accepts. It lets an unlabelled HTML
 * page be handed to the parser as bytes: the JDK only answers this by decoding the whole page.
 */
final class Utf8Validity {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Validity() {
    }

    static boolean isValid(byte[] bytes, int from) {
        int i = from;
        int n = bytes.length;
        while (i < n) {
            // Markup is mostly ASCII: step over it eight bytes at a time.
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i, n);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** The length of the well-formed sequence starting with a non-ASCII byte at {@code i}, or 0. */
    private static int sequenceLength(byte[] bytes, int i, int n) {
        int lead = bytes[i] & 0xff;
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                secondLow = 0xA0;   // below is an overlong form
            } else if (lead == 0xED) {
                secondHigh = 0x9F;  // above are the UTF-16 surrogates
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                secondLow = 0x90;   // below is an overlong form
            } else if (lead == 0xF4) {
                secondHigh = 0x8F;  // above is past U+10FFFF
            }
        } else {
            return 0;
        }
        if (i + length > n) {
            return 0;
        }
        int second = bytes[i + 1] & 0xff;
        if (second < secondLow || second > secondHigh) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }
}
