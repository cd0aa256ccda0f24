package io.newsclean.input.html;

import io.newsclean.extract.DateNormalizer;
import io.newsclean.extract.DateText;
import io.newsclean.text.Whitespace;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when the article was published and last modified, most explicit source first: the
 * article's JSON-LD, meta tags, {@code itemprop} tokens, {@code <time datetime>}, the date in the
 * address ({@code /2019/10/16/}), and last the date line a reader sees. The publication date is
 * never taken from a modification date, nor from comments, teasers, asides or the footer, where
 * the copyright line stands.
 */
final class DateFinder {
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time", "published_time",
            "datepublished", "datecreated", "pubdate", "publishdate", "publish-date", "dc.date.issued",
            "dcterms.issued", "dc.date.created", "dcterms.created", "dc:date", "dc.date", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "date"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "modified_time",
            "datemodified", "dc.date.modified", "dcterms.modified"};
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    /** What a page calls a date it changed, not the one it published. */
    private static final Pattern MODIFIED_WORDS = Pattern.compile("(?i)updat|modif|aktualisiert|mis à jour|actualiz|atualiz|aggiornat");
    private static final int MAX_DATE_LINE_CHARS = 120;

    /** Published and modified, each ISO 8601 or null. */
    record Dates(String published, String modified) {
    }

    private DateFinder() {
    }

    static Dates find(JsonLd.Found ld, MetaTags meta, PageScan scan, String url, String language) {
        Map<String, Object> article = ld.article();
        String published = DateNormalizer.normalize(first(
                article == null ? null : JsonLd.text(article.get("datePublished")),
                article == null ? null : JsonLd.text(article.get("dateCreated")),
                meta.first(PUBLISHED_META)));
        String modified = DateNormalizer.normalize(first(
                article == null ? null : JsonLd.text(article.get("dateModified")),
                meta.first(MODIFIED_META)));
        if (published == null) {
            published = itemprop(scan, "datepublished", "datecreated");
        }
        if (modified == null) {
            modified = itemprop(scan, "datemodified");
        }
        if (published == null) {
            published = timeElement(scan);
        }
        if (published == null) {
            published = fromUrl(url);
        }
        if (published == null) {
            published = dateLine(scan, language);
        }
        return new Dates(published, modified);
    }

    private static String itemprop(PageScan scan, String... names) {
        for (Element el : scan.itemprops) {
            for (String name : names) {
                if (Tokens.has(el, "itemprop", name) && !OutsideArticle.of(el, scan)) {
                    String date = DateNormalizer.normalize(first(el.attr("content"), el.attr("datetime")));
                    if (date == null) {
                        date = DateText.find(el.text(), null);
                    }
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    /** The first {@code <time datetime>} of the article that does not say it is an update. */
    private static String timeElement(PageScan scan) {
        for (ElementInfo info : scan.dates) {
            Element el = info.element;
            if (!el.normalName().equals("time") || OutsideArticle.isExcluded(info) || saysModified(info)) {
                continue;
            }
            String date = DateNormalizer.normalize(el.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The first short line the page calls a date and a reader can read a full date from. */
    private static String dateLine(PageScan scan, String language) {
        for (ElementInfo info : scan.dates) {
            if (OutsideArticle.isExcluded(info) || saysModified(info)) {
                continue;
            }
            String text = Whitespace.normalize(info.element.text());
            if (text.length() > MAX_DATE_LINE_CHARS || text.contains("©")
                    || text.toLowerCase(Locale.ROOT).contains("copyright") || MODIFIED_WORDS.matcher(text).find()) {
                continue;
            }
            String date = DateText.find(text, language);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static boolean saysModified(ElementInfo info) {
        Element el = info.element;
        return MODIFIED_WORDS.matcher(el.className()).find() || Tokens.has(el, "itemprop", "datemodified");
    }

    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return DateNormalizer.normalize("%s-%02d-%02d".formatted(m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
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
