package io.newsclean.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the machine-readable dates pages publish (ISO-8601 and its common near misses) into
 * ISO-8601: a date-time with the offset the page gave (Z for UTC), local time without one when it
 * gave none, a bare date when that is all there is. The offset is kept, never converted to UTC:
 * converting moves the calendar day, and the day is what readers of a date want. Anything else is
 * unknown, so null: dates are never guessed.
 */
public final class DateNormalizer {
    /** Optional space before the offset, "+0000" without a colon, and "UTC"/"GMT" suffixes are all seen. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
    /** Seconds always written; the offset as +hh:mm, or Z for UTC. */
    private static final DateTimeFormatter DATE_TIME_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss").appendOffset("+HH:MM", "Z").toFormatter();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private DateNormalizer() {
    }

    /** The normalised date, or null when the value is not a date this reader can trust. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.lookingAt()) {
            return fromIso(m);
        }
        try {
            return OffsetDateTime.parse(s, RFC_1123).format(DATE_TIME_OFFSET);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String fromIso(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return date.toString();
            }
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
            String zone = m.group(7);
            if (zone == null) {
                return local.format(LOCAL);
            }
            ZoneOffset offset = offsetOf(zone);
            return local.atOffset(offset).format(DATE_TIME_OFFSET);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ZoneOffset offsetOf(String zone) {
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
