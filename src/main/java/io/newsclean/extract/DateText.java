package io.newsclean.extract;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first full calendar date a reader sees in a line: "16. Oktober 2019", "16 octobre
 * 2019", "October 16, 2019", "16 de octubre de 2019", "16.10.2019", "2019-10-16". Month names
 * come from the JDK's locale data for the page's language and English. A date without its day or
 * its year is not a date to publish, so it is not read.
 */
public final class DateText {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Map<String, Map<String, Integer>> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ENGLISH = months("en");

    private DateText() {
    }

    /**
     * @param language ISO 639-1 code of the page, or null (English month names only)
     * @return the date as yyyy-MM-dd, or null when the line shows no full date
     */
    public static String find(String line, String language) {
        if (line == null) {
            return null;
        }
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Map<String, Integer> months = language == null ? ENGLISH : monthsOf(language);
        m = DAY_MONTH_YEAR.matcher(line);
        while (m.find()) {
            Integer month = month(m.group(2), months);
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(1));
            }
        }
        m = MONTH_DAY_YEAR.matcher(line);
        while (m.find()) {
            Integer month = month(m.group(1), months);
            if (month != null) {
                return date(m.group(3), month.toString(), m.group(2));
            }
        }
        m = DOTTED.matcher(line);
        return m.find() ? date(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static Integer month(String word, Map<String, Integer> months) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer month = months.get(w);
        return month != null ? month : ENGLISH.get(w);
    }

    private static String date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Integer> monthsOf(String language) {
        synchronized (MONTHS) {
            return MONTHS.computeIfAbsent(language, DateText::months);
        }
    }

    /** Full and short month names, lower case, without their abbreviation dots. */
    private static Map<String, Integer> months(String language) {
        Locale locale = Locale.forLanguageTag(language);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Map<String, Integer> out = new HashMap<>();
        for (String[] names : new String[][]{symbols.getMonths(), symbols.getShortMonths()}) {
            for (int i = 0; i < 12 && i < names.length; i++) {
                String name = names[i].toLowerCase(locale).replace(".", "").strip();
                if (!name.isEmpty()) {
                    out.putIfAbsent(name, i + 1);
                }
            }
        }
        if (language.equals("en")) {
            out.put("sept", 9);
        }
        return Map.copyOf(out);
    }
}
