package io.newsclean.extract;

import io.newsclean.text.Whitespace;
import io.newsclean.text.Words;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the article title from the candidates a reader found: the headline most of them agree
 * on once the site name that pages add to {@code <title>} and og:title ("Headline - Site",
 * "Site | Headline", "Site > News > World -- Headline") is stripped. The candidates' order breaks
 * ties.
 */
public final class TitleReconciler {
    /** Separators pages put between a headline and their own name. */
    private static final String SEPARATOR_TEXT = "\\s+(?:[-|–—:·•»«/>]|::|--|\\\\)\\s+";
    private static final Pattern SEPARATOR = Pattern.compile(SEPARATOR_TEXT);
    private static final Pattern SEPARATOR_AT_START = Pattern.compile("^" + SEPARATOR_TEXT);
    private static final Pattern SEPARATOR_AT_END = Pattern.compile(SEPARATOR_TEXT + "$");
    /** A breadcrumb trail of two steps or more before the headline. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?:[^>»]+\\s[>»]\\s){2,}(.+)");
    /** A site name or section label is this short; a headline is longer. */
    private static final int MAX_LABEL_WORDS = 3;
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\.[a-z]{2,6}$");

    private TitleReconciler() {
    }

    /**
     * @param candidates possible titles, most trusted first
     * @param siteName   the publication's name if known, else null
     * @return the title, or null when there is no candidate
     */
    public static String reconcile(List<String> candidates, String siteName) {
        int n = candidates.size();
        String[] stripped = new String[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            stripped[i] = stripSiteName(Whitespace.normalize(candidates.get(i)), siteName, candidates);
            keys[i] = key(stripped[i]);
        }
        int best = -1;
        int bestVotes = 0;
        for (int i = 0; i < n; i++) {
            if (keys[i].isEmpty()) {
                continue;
            }
            int votes = 0;
            for (int j = 0; j < n; j++) {
                if (keys[j].equals(keys[i])) {
                    votes++;
                }
            }
            if (votes > bestVotes) {
                best = i;
                bestVotes = votes;
            }
        }
        return best < 0 ? null : stripped[best];
    }

    /** What two spellings of one headline share: letters and digits, in lower case. */
    private static String key(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }



    /**
     * Removes a leading or trailing segment that is the site's name, or that is not part of the
     * headline because another candidate gives the headline without it.
     */
    public static String stripSiteName(String title, String siteName, List<String> others) {
        // a trail needs its arrows: most titles have none, and the pattern need not run
        Matcher crumbs = title.indexOf('>') < 0 && title.indexOf('»') < 0 ? null : BREADCRUMB.matcher(title);
        if (crumbs != null && crumbs.matches()) {
            // "Site > News > World -- Headline": the headline is the longest part after the trail
            String best = "";
            for (String part : SEPARATOR.split(crumbs.group(1))) {
                if (part.length() > best.length()) {
                    best = part;
                }
            }
            return best;
        }
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String[] separators = separators(title, parts.length - 1);
        String site = siteName == null ? null : siteName.toLowerCase(Locale.ROOT).strip();
        int from = 0;
        int to = parts.length;
        if (site != null && !site.isEmpty()) {
            while (to - from > 1 && isSiteName(parts[to - 1], site)) {
                to--;
            }
            while (to - from > 1 && isSiteName(parts[from], site)) {
                from++;
            }
        }
        if (from == 0 && to == parts.length) {
            // No declared name matched: keep the longest prefix another candidate confirms.
            for (String other : others) {
                String o = Whitespace.normalize(other);
                if (o.isEmpty() || o.length() >= title.length()) {
                    continue;
                }
                if (title.startsWith(o) && SEPARATOR_AT_START.matcher(title.substring(o.length())).find()) {
                    // "Blog Name: A Long Headline" with the blog's name as the h1: the name is the short part
                    String rest = SEPARATOR_AT_START.matcher(title.substring(o.length())).replaceFirst("");
                    return Words.count(o) <= MAX_LABEL_WORDS && Words.count(rest) > Words.count(o) + 1 ? rest : o;
                }
                if (title.endsWith(o) && SEPARATOR_AT_END.matcher(title.substring(0, title.length() - o.length())).find()) {
                    return o;
                }
            }
            return title;
        }
        StringBuilder out = new StringBuilder(parts[from]);
        for (int i = from + 1; i < to; i++) {
            out.append(separators[i - 1]).append(parts[i]);
        }
        return out.toString();
    }

    private static boolean isSiteName(String part, String site) {
        String p = part.toLowerCase(Locale.ROOT).strip();
        if (p.equals(site)) {
            return true;
        }
        // "Daily" for "Daily Example", or "example.com" for "Example".
        String host = p.startsWith("www.") ? p.substring(4) : p;
        String bare = host.indexOf('.') < 0 ? host : TOP_LEVEL_DOMAIN.matcher(host).replaceFirst("");
        return !bare.isEmpty() && (site.startsWith(bare + " ") || site.equals(bare)
                || site.replace(" ", "").equals(bare.replace(" ", "")));
    }

    private static String[] separators(String title, int count) {
        String[] out = new String[count];
        var m = SEPARATOR.matcher(title);
        for (int i = 0; i < count && m.find(); i++) {
            out[i] = m.group();
        }
        return out;
    }
}
