package io.newsclean.input.html;

import io.newsclean.extract.LanguageCode;
import io.newsclean.extract.TitleReconciler;
import io.newsclean.model.PageMetadata;
import io.newsclean.text.Whitespace;
import io.newsclean.text.Words;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the page's metadata from its markup: JSON-LD, OpenGraph and other meta tags, itemprop,
 * {@code <html lang>}, the canonical link, and the byline and date line a reader sees
 * ({@link AuthorFinder}, {@link DateFinder}). What the page does not say stays null.
 */
final class MarkupMetadata {
    /** An h1 shorter than this that no declared title confirms is a label, not a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final Pattern PERMALINK_MARK = Pattern.compile("\\s*[¶#]$");
    private MarkupMetadata() {
    }

    /** Metadata plus the h1 that names the article and the article body JSON-LD declares, if any. */
    record Result(PageMetadata metadata, Element headline, String articleBody) {
    }

    static Result read(Document doc, PageScan scan, Set<Element> mainRoots, String pageUrl) {
        MetaTags meta = new MetaTags(scan.metas);
        JsonLd.Found ld = JsonLd.find(scan.jsonLd);
        Map<String, Object> article = ld.article();
        Map<String, Element> props = new HashMap<>();
        for (Element el : scan.itemprops) {
            for (String token : Tokens.of(el.attr("itemprop"))) {
                props.putIfAbsent(token.toLowerCase(Locale.ROOT), el);
            }
        }

        String ogTitle = clean(meta.get("og:title"));
        String ldHeadline = article == null ? null : JsonLd.text(article.get("headline"));
        String docTitle = scan.title == null ? null : Whitespace.normalize(scan.title);
        String dcTitle = meta.first("dc:title", "dc.title", "dcterms.title", "dcterms:title");
        String parselyTitle = meta.get("parsely-title");
        Element h1 = chooseH1(scan.h1s, mainRoots, ogTitle, ldHeadline, docTitle, dcTitle, parselyTitle);
        // The publisher's own declarations first, then what the reader sees, then the window title;
        // TitleReconciler takes the headline most of them agree on, and this order breaks ties.
        List<String> titles = new ArrayList<>();
        addIfPresent(titles, ldHeadline);
        addIfPresent(titles, ogTitle);
        addIfPresent(titles, dcTitle);
        addIfPresent(titles, parselyTitle);
        // twitter:title mostly copies og:title: one declaration, so one vote
        addIfPresent(titles, ogTitle == null ? meta.get("twitter:title") : null);
        addIfPresent(titles, h1 == null ? null : headlineText(h1));
        addIfPresent(titles, propText(props.get("headline")));
        addIfPresent(titles, docTitle);

        String siteName = first(meta.get("og:site_name"), ld.publisherName(), meta.get("application-name"));
        String declaredLanguage = LanguageCode.of(first(doc.child(0).attr("lang").isEmpty() ? null : doc.child(0).attr("lang"),
                meta.get("content-language"), meta.get("language"), meta.get("og:locale"), meta.get("dc.language"),
                article == null ? null : JsonLd.text(article.get("inLanguage"))));
        String url = first(canonical(scan.links), absolute(meta.get("og:url")),
                article == null ? null : absolute(JsonLd.text(article.get("url"))), pageUrl);
        DateFinder.Dates dates = DateFinder.find(ld, meta, scan, url, declaredLanguage);
        String description = first(meta.get("og:description"), meta.first("dc:description", "dc.description"),
                meta.get("description"), meta.get("twitter:description"),
                article == null ? null : JsonLd.text(article.get("description")));
        String articleBody = article == null ? null : JsonLd.text(article.get("articleBody"));
        List<String> authors = AuthorFinder.find(ld, meta, scan, first(siteName, ld.publisherName()), declaredLanguage);
        PageMetadata metadata = new PageMetadata(titles, authors, dates.published(), dates.modified(),
                clean(siteName), declaredLanguage, clean(description), url, image(ld, meta, url), tags(ld, meta));
        return new Result(metadata, h1, articleBody);
    }

    /** The lead image: the one the page declares for its article or for sharing, as an absolute address. */
    private static String image(JsonLd.Found ld, MetaTags meta, String pageUrl) {
        String declared = first(meta.first("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                "twitter:image:src"), ld.article() == null ? null : JsonLd.imageUrl(ld.article().get("image"), ld));
        if (declared == null) {
            return null;
        }
        if (declared.startsWith("http://") || declared.startsWith("https://")) {
            return declared;
        }
        if (pageUrl == null) {
            return null;
        }
        try {
            String resolved = URI.create(pageUrl).resolve(declared.replace(" ", "%20")).toString();
            return absolute(resolved);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Keywords and article:tag values, as the page gives them, without repeats. */
    private static List<String> tags(JsonLd.Found ld, MetaTags meta) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<String> given = new ArrayList<>(meta.all("article:tag"));
        if (ld.article() != null) {
            given.addAll(JsonLd.keywords(ld.article().get("keywords")));
        }
        if (given.isEmpty() && meta.get("keywords") != null) {
            given.addAll(JsonLd.keywords(meta.get("keywords")));
        }
        for (String tag : given) {
            String t = clean(tag);
            if (t != null && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The h1 that agrees with a declared title, else the first inside the main content, unless that
     * one is a label: a word or two that no declared title confirms ("Lorem" above an article
     * whose title says otherwise, a blog's name, a section) is not the headline.
     */
    private static Element chooseH1(List<Element> h1s, Set<Element> mainRoots, String... declared) {
        Element inMain = null;
        for (Element h1 : h1s) {
            String text = headlineText(h1);
            if (text.length() < 4) {
                continue;
            }
            for (String title : declared) {
                if (title != null && agrees(text, Whitespace.normalize(title))) {
                    return h1;
                }
            }
            if (inMain == null && isInside(h1, mainRoots)) {
                inMain = h1;
            }
        }
        boolean anyDeclared = false;
        for (String title : declared) {
            anyDeclared |= title != null;
        }
        return inMain != null && anyDeclared && Words.count(headlineText(inMain)) < MIN_HEADLINE_WORDS ? null : inMain;
    }

    /**
     * The title is the h1, or the h1 followed by a site name, or holds it as at least half its
     * length. A logo or section h1 ("Salon") that only repeats the site name in the title does not agree.
     */
    private static boolean agrees(String h1, String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        String text = h1.toLowerCase(Locale.ROOT);
        return lower.equals(text) || lower.contains(text) && 2 * text.length() >= lower.length()
                || lower.startsWith(text) && TitleReconciler.stripSiteName(title, null, List.of(h1)).equalsIgnoreCase(h1);
    }

    /** An h1's text without the pilcrow or hash that documentation pages add as a link to it. */
    private static String headlineText(Element h1) {
        String text = Whitespace.normalize(h1.text());
        return PERMALINK_MARK.matcher(text).replaceFirst("");
    }

    private static boolean isInside(Element el, Set<Element> roots) {
        for (Element up = el; up != null; up = up.parent()) {
            if (roots.contains(up)) {
                return true;
            }
        }
        return false;
    }

    private static String propText(Element el) {
        if (el == null) {
            return null;
        }
        String content = el.attr("content");
        return clean(content.isEmpty() ? el.text() : content);
    }

    private static String canonical(List<Element> links) {
        for (Element link : links) {
            if (link.attr("rel").equalsIgnoreCase("canonical")) {
                String href = link.attr("href");
                if (isPlainAbsolute(href)) {
                    return href; // resolving it against the page address would give it back unchanged
                }
                String abs = link.absUrl("href");
                return absolute(abs.isEmpty() ? href : abs);
            }
        }
        return null;
    }

    /**
     * An http(s) address that URL resolution would give back unchanged: no white space, control or
     * non-ASCII characters to clean, no dot segments to remove, no user name to drop.
     */
    private static boolean isPlainAbsolute(String href) {
        if (!href.startsWith("https://") && !href.startsWith("http://") || href.contains("/.")) {
            return false;
        }
        int authorityStart = href.indexOf("//") + 2;
        int at = href.indexOf('@', authorityStart);
        if (at >= 0 && indexOfAny(href, "/?#", authorityStart) > at) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Only absolute http(s) addresses are trusted as the page's url. */
    private static String absolute(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        return s.startsWith("http://") || s.startsWith("https://") ? s : null;
    }

    private static void addIfPresent(List<String> list, String value) {
        String v = clean(value);
        if (v != null) {
            list.add(v);
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = Whitespace.normalize(value);
        return s.isEmpty() ? null : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
