package io.newsclean.output;

/**
 * Writes strings as YAML double-quoted scalars, the one YAML style in which any text can be
 * written safely: no value can be misread as a number, a date, a boolean or a null, and no
 * character can end the scalar early.
 */
final class YamlScalars {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private YamlScalars() {
    }

    /** {@code value} in double quotes, with quotes, backslashes and every non-printable character escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isPrintable(c)) {
                        out.append(c);
                    } else if (c <= 0xFF) {
                        out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The string a double-quoted scalar written by {@link #quoted} holds, or null when
     * {@code scalar} is not one.
     */
    static String unquoted(String scalar) {
        if (scalar.length() < 2 || scalar.charAt(0) != '"' || scalar.charAt(scalar.length() - 1) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder(scalar.length());
        int end = scalar.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = scalar.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= end) {
                return null;
            }
            char escape = scalar.charAt(i);
            int digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 0;
            if (digits > 0) {
                if (i + digits >= end) {
                    return null;
                }
                try {
                    out.append((char) Integer.parseInt(scalar.substring(i + 1, i + 1 + digits), 16));
                } catch (NumberFormatException e) {
                    return null;
                }
                i += digits;
                continue;
            }
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /**
     * YAML 1.2's printable set: tab, line feed, carriage return, printable ASCII, next line and
     * everything from U+00A0 up except surrogates standing alone, U+FFFE and U+FFFF. Surrogate pairs
     * are kept as they are, together making one printable character. The byte-order mark and the
     * line and paragraph separators are escaped too, since readers treat them as layout.
     */
    private static boolean isPrintable(char c) {
        return (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF && c != 0x2028 && c != 0x2029);
    }
}
