package io.newsclean.input.html;

import io.newsclean.extract.DateNormalizer;
import io.newsclean.extract.LanguageCode;
import io.newsclean.model.PageMetadata;
import io.newsclean.text.Whitespace;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the page's metadata from its markup only: JSON-LD, OpenGraph and other meta tags,
 * itemprop, {@code <html lang>} and the canonical link. What the markup does not say stays null.
 */
final class MarkupMetadata {
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|di|door|av)\\s+");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    private static final Pattern URL_LIKE = Pattern.compile("^(?:https?:)?//|^www\\.");
    private static final int MAX_AUTHOR_CHARS = 80;

    private MarkupMetadata() {
    }

    /** Metadata plus the h1 that names the article and the article body JSON-LD declares, if any. */
    record Result(PageMetadata metadata, Element headline, String articleBody) {
    }

    static Result read(Document doc, PageScan scan, Set<Element> mainRoots, String pageUrl) {
        Map<String, String> meta = metaTags(scan.metas);
        JsonLd.Found ld = JsonLd.find(scan.jsonLd);
        Map<String, Object> article = ld.article();
        Map<String, Element> props = new HashMap<>();
        for (Element el : scan.itemprops) {
            props.putIfAbsent(el.attr("itemprop").toLowerCase(Locale.ROOT), el);
        }

        String ogTitle = clean(meta.get("og:title"));
        String ldHeadline = article == null ? null : JsonLd.text(article.get("headline"));
        String docTitle = scan.title == null ? null : Whitespace.normalize(scan.title);
        String propHeadline = propText(props.get("headline"));
        Element h1 = chooseH1(scan.h1s, mainRoots, ogTitle, ldHeadline, docTitle);
        List<String> titles = new ArrayList<>();
        addIfPresent(titles, h1 == null ? null : Whitespace.normalize(h1.text()));
        addIfPresent(titles, ogTitle);
        addIfPresent(titles, ldHeadline);
        addIfPresent(titles, propHeadline);
        addIfPresent(titles, meta.get("twitter:title"));
        addIfPresent(titles, docTitle);

        String siteName = first(meta.get("og:site_name"), ld.publisherName(), meta.get("application-name"));
        String published = DateNormalizer.normalize(first(
                article == null ? null : JsonLd.text(article.get("datePublished")),
                meta.get("article:published_time"), meta.get("og:published_time"), meta.get("published_time"),
                propDate(props.get("datepublished")), meta.get("pubdate"), meta.get("publishdate"),
                meta.get("publish-date"), meta.get("dc.date.issued"), meta.get("dcterms.issued"),
                meta.get("sailthru.date"), meta.get("parsely-pub-date"), meta.get("date")));
        String language = LanguageCode.of(first(doc.child(0).attr("lang").isEmpty() ? null : doc.child(0).attr("lang"),
                meta.get("content-language"), meta.get("language"), meta.get("og:locale"), meta.get("dc.language"),
                article == null ? null : JsonLd.text(article.get("inLanguage"))));
        String url = first(canonical(scan.links), absolute(meta.get("og:url")),
                article == null ? null : absolute(JsonLd.text(article.get("url"))), pageUrl);
        String description = first(meta.get("og:description"), meta.get("description"),
                meta.get("twitter:description"), article == null ? null : JsonLd.text(article.get("description")));
        String articleBody = article == null ? null : JsonLd.text(article.get("articleBody"));
        PageMetadata metadata = new PageMetadata(titles, authors(article, meta, props), published,
                clean(siteName), language, clean(description), url);
        return new Result(metadata, h1, articleBody);
    }

    /** The h1 that agrees with the declared titles, else the first inside the main content. */
    private static Element chooseH1(List<Element> h1s, Set<Element> mainRoots, String... declared) {
        Element inMain = null;
        for (Element h1 : h1s) {
            String text = Whitespace.normalize(h1.text()).toLowerCase(Locale.ROOT);
            if (text.length() < 4) {
                continue;
            }
            for (String title : declared) {
                if (title != null && title.toLowerCase(Locale.ROOT).contains(text)) {
                    return h1;
                }
            }
            if (inMain == null && isInside(h1, mainRoots)) {
                inMain = h1;
            }
        }
        return inMain;
    }

    private static boolean isInside(Element el, Set<Element> roots) {
        for (Element up = el; up != null; up = up.parent()) {
            if (roots.contains(up)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> metaTags(List<Element> metas) {
        Map<String, String> out = new HashMap<>();
        for (Element m : metas) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String key : new String[]{m.attr("property"), m.attr("name"), m.attr("http-equiv"), m.attr("itemprop")}) {
                if (!key.isEmpty()) {
                    out.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content);
                }
            }
        }
        return out;
    }

    private static List<String> authors(Map<String, Object> article, Map<String, String> meta, Map<String, Element> props) {
        List<String> raw = new ArrayList<>();
        if (article != null) {
            raw.addAll(JsonLd.authors(article.get("author")));
        }
        if (raw.isEmpty()) {
            for (String key : new String[]{"author", "article:author", "byl", "parsely-author", "sailthru.author",
                    "dc.creator", "dcterms.creator"}) {
                String value = meta.get(key);
                if (value != null) {
                    raw.addAll(List.of(AUTHOR_SEPARATOR.split(value)));
                    break;
                }
            }
        }
        if (raw.isEmpty() && props.containsKey("author")) {
            Element author = props.get("author");
            Element name = author.selectFirst("[itemprop=name]");
            raw.add(name != null ? propText(name) : propText(author));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String value : raw) {
            if (value == null) {
                continue;
            }
            String name = BY_PREFIX.matcher(Whitespace.normalize(value)).replaceFirst("");
            if (name.isEmpty() || name.length() > MAX_AUTHOR_CHARS || URL_LIKE.matcher(name).find()) {
                continue;
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(name);
            }
        }
        return out;
    }

    private static String propText(Element el) {
        if (el == null) {
            return null;
        }
        String content = el.attr("content");
        return clean(content.isEmpty() ? el.text() : content);
    }

    private static String propDate(Element el) {
        if (el == null) {
            return null;
        }
        for (String attr : new String[]{"content", "datetime"}) {
            if (!el.attr(attr).isBlank()) {
                return el.attr(attr);
            }
        }
        return null;
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
