package io.newsclean.input;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes and times as people write them on a command line ({@code 10m}, {@code 30s}), for every front end. */
public final class Quantities {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?", Pattern.CASE_INSENSITIVE);

    private Quantities() {
    }

    /**
     * A size in bytes: a number with an optional k, m or g (binary multiples).
     *
     * @throws IllegalArgumentException with a one-line message fit for a user
     */
    public static long size(String value) {
        Matcher m = SIZE.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size '" + value + "': expected e.g. 500k, 10m or 1g");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long size = Long.parseLong(m.group(1)) << shift;
        if (size < 1) {
            throw new IllegalArgumentException("invalid size '" + value + "': must be positive");
        }
        return size;
    }

    /**
     * A time: a number with an optional ms, s (the default) or m.
     *
     * @throws IllegalArgumentException with a one-line message fit for a user
     */
    public static Duration time(String value) {
        Matcher m = TIME.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid time '" + value + "': expected e.g. 500ms, 30s or 2m");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis < 1) {
            throw new IllegalArgumentException("invalid time '" + value + "': must be at least 1ms");
        }
        return Duration.ofMillis((long) millis);
    }
}
