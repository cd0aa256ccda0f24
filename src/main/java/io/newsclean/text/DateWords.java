package io.newsclean.text;

import java.text.DateFormatSymbols;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recognises lines that are only a date or a time ("November 20", "15:23 2019",
 * "Monday 18 November 2019, 7:45 am"). Month and weekday names come from the JDK's locale data
 * for the languages the phrase files cover, so no list is typed by hand. The build writes them
 * into a table ({@link BuiltTables}): asking the locale data at run time loads a resource bundle
 * per language, a cost every single call would pay.
 */
public final class DateWords {
    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "ru", "pl", "nl", "sv", "da",
            "no", "fi", "cs", "ro", "tr", "hu", "uk", "bg", "ca", "id"};
    /** Words that sit in date lines without being dates themselves. */
    private static final Set<String> GLUE = Set.of("am", "pm", "a.m", "p.m", "at", "on", "of", "the", "de", "del",
            "um", "le", "à", "às", "alle", "om", "o", "в", "г", "года", "et", "utc", "gmt", "est", "edt", "pst",
            "pdt", "cet", "cest", "bst", "ist", "msk", "h", "uhr", "hrs", "updated", "published", "posted");
    /** The build's table of the names: a line naming the languages, then one name a line. */
    static final String TABLE = "date-names.txt";
    private static final String LANGUAGES_LINE = "languages: ";
    private static final Set<String> NAMES = names();
    /** Date lines are short. */
    private static final int MAX_WORDS = 12;

    private DateWords() {
    }

    /** Whether the word (any case) is a month or weekday name, or its abbreviation. */
    public static boolean isDateName(String word) {
        return NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the line holds a date or time and nothing else of substance. */
    public static boolean isDateLine(String text) {
        if (!hasDigit(text)) {
            return false; // a date line needs a number, and a number starts with a digit
        }
        int[] counts = new int[3]; // words, numbers, date names and glue
        Words.scan(text, (t, s, e, script) -> {
            counts[0]++;
            if (counts[0] > MAX_WORDS || counts[1] + counts[2] < counts[0] - 1) {
                return; // already too long, or a word before was neither: the answer is no
            }
            String word = t.subSequence(s, e).toString().toLowerCase(Locale.ROOT);
            if (Character.isDigit(word.charAt(0)) && isNumeric(word)) {
                counts[1]++;
            } else if (NAMES.contains(word) || GLUE.contains(word)) {
                counts[2]++;
            }
        });
        int words = counts[0];
        return words > 0 && words <= MAX_WORDS && counts[1] > 0 && counts[1] + counts[2] == words;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeric(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && Character.isLetter(c) && !(i > 0 && (word.endsWith("st")
                    || word.endsWith("nd") || word.endsWith("rd") || word.endsWith("th") || word.endsWith("h")))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names() {
        List<String> table = BuiltTables.lines(TABLE);
        Set<String> names = table == null ? null : parse(table);
        return names != null ? names : fromLocaleData();
    }

    /** The names as the table holds them; null when it was made for other languages. */
    static Set<String> parse(List<String> table) {
        if (table.isEmpty() || !table.get(0).equals(LANGUAGES_LINE.concat(String.join(" ", LANGUAGES)))) {
            return null;
        }
        Set<String> names = new HashSet<>(table.size() * 2);
        for (int i = 1; i < table.size(); i++) {
            if (!table.get(i).isEmpty()) {
                names.add(table.get(i));
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** The table the build writes: the languages, then the names sorted, so a build writes the same bytes. */
    static String table() {
        StringBuilder out = new StringBuilder(LANGUAGES_LINE).append(String.join(" ", LANGUAGES)).append('\n');
        for (String name : new TreeSet<>(fromLocaleData())) {
            out.append(name).append('\n');
        }
        return out.toString();
    }

    static Set<String> fromLocaleData() {
        Set<String> names = new HashSet<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            add(names, symbols.getMonths(), locale);
            add(names, symbols.getShortMonths(), locale);
            add(names, symbols.getWeekdays(), locale);
            add(names, symbols.getShortWeekdays(), locale);
        }
        return Set.copyOf(names);
    }

    private static void add(Set<String> names, String[] values, Locale locale) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                String name = value.toLowerCase(Locale.ROOT).replace(".", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
    }
}
