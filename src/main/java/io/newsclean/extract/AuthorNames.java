package io.newsclean.extract;

import io.newsclean.text.DateWords;
import io.newsclean.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a page says about its authors into clean names: a byline it shows ("By Jane Doe and
 * John Roe, Staff Writers | March 5, 2019"), a meta tag, or one declared person's name. It strips
 * the opening words, e-mail addresses, handles, links, dates and roles, and splits several names.
 * The byline words of each language come from {@code bylines.txt}.
 */
public final class AuthorNames {
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@\\w+");
    /** Parts of a byline line that never join two halves of one name. */
    private static final Pattern SEGMENT = Pattern.compile("\\s*(?:[|•·]|\\s/\\s|\\s[-–—]\\s)\\s*");
    /** The characters one of which every match of {@link #SEGMENT} holds. */
    private static final String SEGMENT_MARKS = "|•·/-–—";
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final String LIST_MARKS = ",;";
    /** "F." or "M. J.": the initials of an inverted name ("Kooman, F."), not a name of its own. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?)+");
    private static final String EDGE_PUNCTUATION = ".,:;-–—|/()[]\"'“”‘’«»*•·";
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "do", "dos", "van", "von", "der", "den",
            "del", "della", "degli", "di", "du", "la", "le", "bin", "ibn", "al", "el", "ter", "zu", "y", "af", "ben");
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_DECLARED_WORDS = 8;
    /** A byline line is short; a longer line that starts with "By" is a sentence. */
    private static final int MAX_BYLINE_LINE_WORDS = 16;

    private AuthorNames() {
    }

    /**
     * Names in a byline or a declared value that may hold several ("By A and B", "A, B").
     *
     * @param language ISO 639-1 code of the page, or null: picks the byline words
     */
    public static List<String> fromByline(String text, String language) {
        BylineWords words = BylineWords.of(language);
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = unmarked(text);
        for (String segment : split(SEGMENT, SEGMENT_MARKS, s)) {
            String rest = withoutOpener(segment, words);
            for (String item : split(LIST, LIST_MARKS, rest)) {
                if (INITIALS.matcher(item).matches() && !out.isEmpty()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + ", " + item);
                    continue;
                }
                for (String piece : splitOnJoiners(item, words)) {
                    String name = nameIn(withoutOpener(piece, words), words, true);
                    if (name == null) {
                        return out; // a role: what follows is its affiliation ("Staff Writer, Example News")
                    }
                    if (looksLikeName(name) && !DateWords.isDateName(name) && !out.contains(name)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Names in a line of text that opens as a byline does ("By Jane Doe", "Von Anna Schmidt"), with
     * a capitalised word after the opening; none for any other line ("By the time ...").
     */
    public static List<String> fromBylineLine(String line, String language) {
        BylineWords words = BylineWords.of(language);
        String s = Whitespace.normalize(line);
        if (s.split(" ").length > MAX_BYLINE_LINE_WORDS) {
            return List.of();
        }
        String rest = withoutOpener(s, words);
        // withoutOpener also trims edge punctuation, so the line is compared trimmed the same way:
        // a sentence ending in a full stop has no opener either.
        if (rest.length() == trimPunctuation(s).length() || rest.isEmpty()
                || !Character.isUpperCase(rest.codePointAt(0))) {
            return List.of();
        }
        return fromByline(s, language);
    }

    /** One person's declared name (a JSON-LD Person): cleaned but never split; null when none is left. */
    public static String fromName(String text, String language) {
        if (text == null) {
            return null;
        }
        BylineWords words = BylineWords.of(language);
        String name = nameIn(withoutOpener(unmarked(text), words), words, false);
        if (name == null || name.isEmpty() || !hasLetter(name) || name.split(" ").length > MAX_DECLARED_WORDS) {
            return null;
        }
        return name;
    }

    private static String unmarked(String text) {
        String s = Whitespace.normalize(text);
        // most values hold none of the three: each pattern runs only where its mark is
        boolean at = s.indexOf('@') >= 0;
        if (at) {
            s = EMAIL.matcher(s).replaceAll(" | ");
        }
        if (s.contains("://") || s.contains("www.")) {
            s = LINK.matcher(s).replaceAll(" | ");
        }
        return at ? HANDLE.matcher(s).replaceAll(" | ") : s;
    }

    /**
     * The pattern's split of the text; most bylines hold none of the characters a match needs,
     * and are then their own single part without the pattern running.
     */
    private static String[] split(Pattern pattern, String marks, String text) {
        for (int i = 0; i < marks.length(); i++) {
            if (text.indexOf(marks.charAt(i)) >= 0) {
                return pattern.split(text);
            }
        }
        return new String[]{text};
    }

    private static String withoutOpener(String text, BylineWords words) {
        String s = trimPunctuation(text);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String opener : words.openers) {
            if (lower.startsWith(opener) && (lower.length() == opener.length()
                    || !Character.isLetterOrDigit(lower.charAt(opener.length())))) {
                return trimPunctuation(s.substring(opener.length()));
            }
        }
        return s;
    }

    private static List<String> splitOnJoiners(String item, BylineWords words) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : item.split(" ")) {
            if (words.joiners.contains(trimPunctuation(word).toLowerCase(Locale.ROOT))) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(word);
            }
        }
        out.add(current.toString());
        return out;
    }

    /**
     * The name in one piece of a byline: leading role words skipped ("Special Correspondent Jane
     * Doe"), cut before the first role word, date, time or lower-case word after it ("Jane Doe
     * Staff Writer", "Jane Doe March 25", "Jane Doe in Paris"). Null when the piece is only a
     * role; empty when nothing is left. A declared name is not cut at a lower-case word: it may be
     * an organisation's ("Contributors to Wikimedia projects").
     */
    private static String nameIn(String piece, BylineWords words, boolean endsAtLowerCase) {
        String[] tokens = trimPunctuation(piece).split(" ");
        int start = 0;
        while (start < tokens.length && isRole(tokens[start], words)) {
            start++;
        }
        if (start > 0 && start == tokens.length) {
            return null;
        }
        int end = start;
        while (end < tokens.length && !isRole(tokens[end], words) && !startsDate(tokens, end)
                && !(endsAtLowerCase && end > start && isLowerCaseWord(tokens[end]))) {
            end++;
        }
        return trimPunctuation(String.join(" ", List.of(tokens).subList(start, end)));
    }

    /** A word in lower case that is not a name particle: the name has ended ("Jane Doe in Paris"). */
    private static boolean isLowerCaseWord(String token) {
        int letter = firstLetter(token);
        return letter >= 0 && Character.isLowerCase(token.codePointAt(letter))
                && !PARTICLES.contains(trimPunctuation(token).toLowerCase(Locale.ROOT));
    }

    private static boolean isRole(String token, BylineWords words) {
        return words.roles.contains(trimPunctuation(token).toLowerCase(Locale.ROOT));
    }

    /** A number, or a month or weekday name with a number after it. */
    private static boolean startsDate(String[] tokens, int i) {
        if (hasDigit(tokens[i])) {
            return true;
        }
        return i + 1 < tokens.length && hasDigit(tokens[i + 1]) && DateWords.isDateName(trimPunctuation(tokens[i]));
    }

    /** A few words, no digits, each capitalised unless it is a particle ("de", "van") or has no case. */
    static boolean looksLikeName(String name) {
        if (name.isEmpty() || !hasLetter(name) || hasDigit(name)) {
            return false;
        }
        String[] tokens = name.split(" ");
        if (tokens.length > MAX_NAME_WORDS || tokens.length == 1 && name.codePointCount(0, name.length()) < 2) {
            return false;
        }
        for (String token : tokens) {
            int letter = firstLetter(token);
            if (letter >= 0 && Character.isLowerCase(token.codePointAt(letter))
                    && !PARTICLES.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static int firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasLetter(String s) {
        return firstLetter(s) >= 0;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String trimPunctuation(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (Character.isWhitespace(s.charAt(from)) || EDGE_PUNCTUATION.indexOf(s.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(s.charAt(to - 1))
                || EDGE_PUNCTUATION.indexOf(s.charAt(to - 1)) >= 0 && !isInitialDot(s, to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** The dot of an initial ("F.") belongs to the name. */
    private static boolean isInitialDot(String s, int i) {
        return s.charAt(i) == '.' && i > 0 && Character.isUpperCase(s.charAt(i - 1))
                && (i == 1 || !Character.isLetter(s.charAt(i - 2)));
    }
}
