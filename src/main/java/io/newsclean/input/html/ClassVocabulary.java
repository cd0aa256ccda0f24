package io.newsclean.input.html;

import io.newsclean.text.WordMasks;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the class and id words that pages use to say what an element is ("related", "share",
 * "article-body"). Each recognised word maps to one canonical vocabulary word, so rules can ask
 * "is this block inside something the page calls related?" without knowing every spelling.
 *
 * <p>Immutable and thread-safe; {@link Cache} memoises per page, since pages repeat the same
 * class strings many times.
 */
public final class ClassVocabulary {
    /** Canonical words rules may look for in {@code Block.container}. */
    public static final String RELATED = "related";
    public static final String SHARE = "share";
    public static final String NEWSLETTER = "newsletter";
    public static final String PAYWALL = "paywall";
    public static final String LOGIN = "login";
    public static final String COMMENTS = "comments";
    public static final String CAPTION = "caption";
    public static final String CREDIT = "credit";
    public static final String BYLINE = "byline";
    public static final String DATE = "date";
    public static final String AD = "ad";
    public static final String NAV = "nav";
    public static final String TAGS = "tags";
    public static final String HIDDEN = "hidden";
    public static final String COOKIE = "cookie";
    public static final String MODAL = "modal";
    public static final String FOOTER = "footer";
    public static final String HEADER = "header";
    public static final String SIDEBAR = "sidebar";
    public static final String BODY = "body";
    /** Calls to action: donation, membership and promotion boxes. */
    public static final String PROMO = "promo";
    public static final String WIDGET = "widget";
    /** Words that say "content" in a general way (article, post, story, entry, text). */
    public static final String CONTENT = "content";

    /** The canonical words, each standing for the bit of its position in {@link #EXACT}'s masks. */
    private static final List<String> CANONICAL = List.of(RELATED, SHARE, NEWSLETTER, PAYWALL, LOGIN, COMMENTS,
            CAPTION, CREDIT, BYLINE, DATE, AD, NAV, TAGS, HIDDEN, COOKIE, MODAL, FOOTER, HEADER, SIDEBAR, BODY,
            PROMO, WIDGET, CONTENT);
    /**
     * Every spelling with the bit of its canonical word: looked up by a range of the class string,
     * so the parts of a class name are never cut out as strings of their own.
     */
    private static final WordMasks EXACT = new WordMasks(256);
    /**
     * For each ASCII first letter, one bit per length that some spelling in {@link #EXACT} starting
     * with it has: most class and id parts are ruled out without building a substring to look up.
     */
    private static final long[] EXACT_LENGTHS = new long[128];
    private static final int MAX_TRACKED_LENGTH = 63;
    /** Compound words written without separators ("relatedarticles", "commentlist"). */
    private static final List<String[]> PREFIXES = List.of(
            new String[]{"related", RELATED}, new String[]{"recommend", RELATED}, new String[]{"readmore", RELATED},
            new String[]{"mostread", RELATED}, new String[]{"mostpopular", RELATED}, new String[]{"teaser", RELATED},
            new String[]{"outbrain", RELATED}, new String[]{"taboola", RELATED}, new String[]{"trending", RELATED},
            new String[]{"share", SHARE}, new String[]{"social", SHARE},
            new String[]{"newsletter", NEWSLETTER}, new String[]{"subscri", NEWSLETTER},
            new String[]{"paywall", PAYWALL}, new String[]{"comment", COMMENTS}, new String[]{"disqus", COMMENTS},
            new String[]{"caption", CAPTION}, new String[]{"byline", BYLINE},
            new String[]{"advert", AD}, new String[]{"breadcrumb", NAV}, new String[]{"navbar", NAV},
            new String[]{"navigation", NAV}, new String[]{"cookie", COOKIE}, new String[]{"sidebar", SIDEBAR},
            new String[]{"footer", FOOTER}, new String[]{"articlebody", BODY}, new String[]{"storybody", BODY},
            new String[]{"postbody", BODY}, new String[]{"entrycontent", BODY}, new String[]{"articletext", BODY},
            new String[]{"articlecontent", BODY});

    /** {@link #PREFIXES} by first letter, in list order, so a token is tried only against prefixes that can match. */
    private static final String[][][] PREFIXES_BY_LETTER = new String[128][][];

    static {
        // counted, then filled in list order: a filtered stream per letter cost a single call 2 ms
        int[] counts = new int[128];
        for (String[] prefix : PREFIXES) {
            char first = prefix[0].charAt(0);
            if (first < 128) {
                counts[first]++;
            }
        }
        int[] filled = new int[128];
        for (String[] prefix : PREFIXES) {
            char first = prefix[0].charAt(0);
            if (first < 128) {
                if (PREFIXES_BY_LETTER[first] == null) {
                    PREFIXES_BY_LETTER[first] = new String[counts[first]][];
                }
                PREFIXES_BY_LETTER[first][filled[first]++] = prefix;
            }
        }
    }

    static {
        words(RELATED, "related", "recommended", "recommendations", "recirc", "recirculation", "teaser", "teasers",
                "outbrain", "taboola", "trending", "popular", "mostread", "more-stories", "read-more", "readmore",
                "also-read", "see-also", "seealso", "more-from", "further-reading", "up-next",
                "upnext", "next-article", "more-news", "morenews", "most-read", "most-popular", "read-next");
        words(SHARE, "share", "shares", "sharing", "social", "sharebar", "addthis", "sharethis", "socials");
        words(NEWSLETTER, "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "signup",
                "sign-up");
        words(PAYWALL, "paywall", "regwall", "metered", "piano", "premium-box");
        words(LOGIN, "login", "signin", "sign-in", "log-in", "register", "registration", "auth");
        words(COMMENTS, "comment", "comments", "disqus", "discussion", "respond", "replies");
        words(CAPTION, "caption", "captions", "figcaption", "wp-caption", "legend");
        words(CREDIT, "credit", "credits", "copyright", "photo-credit", "image-credit", "source-image");
        words(BYLINE, "byline", "bylines", "author", "authors", "writer", "dateline", "contributor");
        words(DATE, "date", "time", "timestamp", "published", "pubdate", "updated", "posted");
        words(AD, "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "ad-slot", "dfp",
                "sponsor", "sponsored", "gpt", "adunit", "ad-unit", "ad-container", "ad-wrapper");
        words(NAV, "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager",
                "skip-link", "skiplink", "toolbar");
        words(TAGS, "tags", "tag", "topics", "keywords", "categories", "tag-list", "taglist");
        words(HIDDEN, "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
                "screenreader", "offscreen", "is-hidden", "u-hidden", "element-invisible", "invisible");
        words(COOKIE, "cookie", "cookies", "gdpr", "consent", "cookiebar");
        words(MODAL, "modal", "popup", "overlay", "dialog", "lightbox");
        words(FOOTER, "footer", "foot", "site-footer", "colophon");
        words(HEADER, "masthead", "site-header", "topbar", "top-bar");
        words(SIDEBAR, "sidebar", "aside", "rail", "right-rail", "left-rail");
        words(WIDGET, "widget", "widgets", "secondary");
        words(PROMO, "promo", "promos", "promotion", "cta", "call-to-action", "donate", "donation", "donations",
                "support-us", "membership");
        words(BODY, "article-body", "articlebody", "article-content", "article-text", "story-body",
                "storybody", "story-content", "entry-content", "post-content", "post-body", "postbody",
                "article__body", "article__content", "body-text", "articletext", "article-body-text",
                "story-text", "main-content", "content-body", "news-content", "td-post-content");
        words(CONTENT, "article", "content", "entry", "hentry", "h-entry", "main", "post", "text", "story", "blog",
                "prose", "page", "commentary", "opinion");
    }

    private ClassVocabulary() {
    }

    private static void words(String canonical, String... spellings) {
        int bit = 1 << CANONICAL.indexOf(canonical);
        for (String s : spellings) {
            if (EXACT.get(s, 0, s.length()) != 0) {
                throw new IllegalStateException("class word listed twice: " + s);
            }
            EXACT.add(s, bit);
            if (s.charAt(0) < 128 && s.length() <= MAX_TRACKED_LENGTH) {
                EXACT_LENGTHS[s.charAt(0)] |= 1L << s.length();
            }
        }
    }

    /**
     * The canonical words found in one element's class and id, space-separated with a leading and
     * trailing space (so {@code contains(" related ")} is a word test), or "" when none.
     */
    static String canonicalWords(String classAndId) {
        StringBuilder out = null;
        String lower = classAndId.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int start = 0;
        while (start < n) {
            while (start < n && isSeparator(lower.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !isSeparator(lower.charAt(end))) {
                end++;
            }
            if (end > start) {
                out = addToken(out, lower, start, end);
            }
            start = end;
        }
        return out == null ? "" : out.append(' ').toString();
    }

    /** Whole class names ("read-more") first, then each hyphen or underscore part ("read", "more"). */
    private static StringBuilder addToken(StringBuilder out, String lower, int start, int end) {
        boolean prefixed = mayHavePrefix(lower, start, end);
        if (mayBeExact(lower, start, end)) {
            out = add(out, exact(lower, start, end));
        }
        int partStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || lower.charAt(i) == '-' || lower.charAt(i) == '_') {
                if (i > partStart) {
                    boolean whole = partStart == start && i == end;
                    String word;
                    if (whole) {
                        word = prefixed ? prefixWord(lower, start, end) : null;
                    } else {
                        word = lookup(lower, partStart, i);
                    }
                    // "hidden-xs" and the like hide an element on some screens only: not hidden.
                    out = add(out, !whole && HIDDEN.equals(word) ? null : word);
                }
                partStart = i + 1;
            }
        }
        return out;
    }

    private static String lookup(String lower, int start, int end) {
        boolean exact = mayBeExact(lower, start, end);
        boolean prefixed = mayHavePrefix(lower, start, end);
        if (!exact && !prefixed) {
            return null;
        }
        String word = exact ? exact(lower, start, end) : null;
        return word != null || !prefixed ? word : prefixWord(lower, start, end);
    }

    /** The canonical word of the spelling {@code lower[start, end)}, or null. */
    private static String exact(String lower, int start, int end) {
        int bits = EXACT.get(lower, start, end);
        return bits == 0 ? null : CANONICAL.get(Integer.numberOfTrailingZeros(bits));
    }

    /** False only when no spelling in {@link #EXACT} can equal {@code lower[start, end)}. */
    private static boolean mayBeExact(String lower, int start, int end) {
        char first = lower.charAt(start);
        int length = end - start;
        return first >= 128 || length > MAX_TRACKED_LENGTH || (EXACT_LENGTHS[first] >>> length & 1) != 0;
    }

    /** False only when no compound prefix can start {@code lower[start, end)}. */
    private static boolean mayHavePrefix(String lower, int start, int end) {
        char first = lower.charAt(start);
        return end - start > 5 && first < 128 && PREFIXES_BY_LETTER[first] != null;
    }

    /** The canonical word of the compound {@code lower[start, end)} by its prefix ("relatedarticles"), or null. */
    private static String prefixWord(String lower, int start, int end) {
        int length = end - start;
        char first = length == 0 ? 0 : lower.charAt(start);
        String[][] bucket = first < 128 ? PREFIXES_BY_LETTER[first] : null;
        if (length > 5 && bucket != null) {
            for (String[] prefix : bucket) {
                if (prefix[0].length() <= length && lower.startsWith(prefix[0], start)) {
                    return prefix[1];
                }
            }
        }
        return null;
    }

    private static StringBuilder add(StringBuilder out, String word) {
        if (word == null) {
            return out;
        }
        if (out == null) {
            out = new StringBuilder();
        } else if (has(out, word)) {
            return out;
        }
        out.append(' ').append(word);
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** True when {@code words} (as returned by canonicalWords, or several joined) has {@code word}. */
    public static boolean has(CharSequence words, String word) {
        int at = indexOf(words, word, 0);
        while (at >= 0) {
            boolean startOk = at == 0 || words.charAt(at - 1) == ' ';
            int end = at + word.length();
            boolean endOk = end == words.length() || words.charAt(end) == ' ';
            if (startOk && endOk) {
                return true;
            }
            at = indexOf(words, word, at + 1);
        }
        return false;
    }

    private static int indexOf(CharSequence s, String word, int from) {
        if (s instanceof String str) {
            return str.indexOf(word, from);
        }
        return ((StringBuilder) s).indexOf(word, from);
    }

    /** Per-page memo of canonical words by class-and-id string. Not thread-safe: one per page. */
    static final class Cache {
        private final Map<String, String> memo = new HashMap<>(512);

        /** Class strings repeat across a page and ids rarely match anything, so each is memoised alone. */
        String wordsOf(String cls, String id) {
            String a = cls.isEmpty() ? "" : memo.computeIfAbsent(cls, ClassVocabulary::canonicalWords);
            String b = id.isEmpty() ? "" : memo.computeIfAbsent(id, ClassVocabulary::canonicalWords);
            if (b.isEmpty()) {
                return a;
            }
            return a.isEmpty() ? b : a + b.substring(1);
        }
    }
}
