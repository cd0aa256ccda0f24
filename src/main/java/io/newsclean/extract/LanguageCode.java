package io.newsclean.extract;

import java.util.Locale;

/** Reduces a declared language tag ("en-US", "pt_BR", "English"?) to an ISO 639-1 code, or null. */
public final class LanguageCode {
    private LanguageCode() {
    }

    public static String of(String tag) {
        if (tag == null) {
            return null;
        }
        String s = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && Character.isLetter(s.charAt(cut))) {
            cut++;
        }
        String primary = s.substring(0, cut);
        // Only two-letter primary subtags are ISO 639-1; anything else is not a code we can vouch for.
        if (primary.length() != 2 || (cut < s.length() && s.charAt(cut) != '-' && s.charAt(cut) != '_')) {
            return null;
        }
        return primary;
    }
}
