package io.newsclean.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the site's name where a page gives it away by repetition: captions and titles that end
 * in the same " - Site Name" (or " | Site Name") suffix on several lines. Stateless.
 */
public final class SiteSuffix {
    private static final String[] SEPARATORS = {" - ", " | ", " – ", " — ", " :: ", " · ", " • "};
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 40;
    /** A suffix seen this often on different lines is the site's signature, not chance. */
    private static final int MIN_REPEATS = 2;

    private SiteSuffix() {
    }

    /** The recurring suffix name, or null when no suffix recurs. */
    public static String find(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (String line : lines) {
            String name = suffixOf(line);
            if (name == null) {
                continue;
            }
            int count = counts.merge(name, 1, Integer::sum);
            if (count > bestCount) {
                best = name;
                bestCount = count;
            }
        }
        return bestCount >= MIN_REPEATS ? best : null;
    }

    /** The text after the last separator, when it looks like a name; else null. */
    public static String suffixOf(String line) {
        int cut = -1;
        int sepLength = 0;
        for (String sep : SEPARATORS) {
            int at = line.lastIndexOf(sep);
            if (at > cut) {
                cut = at;
                sepLength = sep.length();
            }
        }
        if (cut <= 0) {
            return null;
        }
        String name = line.substring(cut + sepLength).strip();
        String head = line.substring(0, cut).strip();
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || head.length() < name.length()) {
            return null;
        }
        int first = name.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && !Character.isTitleCase(first)) {
            return null;
        }
        if (!looksLikeName(name)) {
            return null;
        }
        if (Words.count(name) > MAX_NAME_WORDS || Words.count(head) < 2 || LineFeatures.endsLikeSentence(name)) {
            return null;
        }
        return name;
    }

    /** Names capitalise their words; short joining words ("of", "de") aside. */
    static boolean looksLikeName(String name) {
        boolean[] ok = {true};
        Words.scan(name, (t, s, e, script) -> {
            int first = Character.codePointAt(t, s);
            if (Character.isLowerCase(first) && e - s > 3 && !hasCapitalOrDot(t, s, e)) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    private static boolean hasCapitalOrDot(CharSequence t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return e < t.length() && t.charAt(e) == '.';
    }

    /** The line without the given site-name suffix, or null when it does not end with it. */
    public static String stripped(String line, String siteName) {
        if (siteName == null || !line.endsWith(siteName) || line.length() == siteName.length()) {
            return null;
        }
        String head = line.substring(0, line.length() - siteName.length()).stripTrailing();
        for (String sep : SEPARATORS) {
            String mark = sep.strip();
            if (head.endsWith(mark)) {
                return head.substring(0, head.length() - mark.length()).strip();
            }
        }
        return null;
    }
}
