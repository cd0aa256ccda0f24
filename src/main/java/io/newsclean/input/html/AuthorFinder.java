package io.newsclean.input.html;

import io.newsclean.extract.AuthorNames;
import io.newsclean.text.Whitespace;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the article's authors in the sources a page uses, most explicit first: the article's
 * JSON-LD, the author meta tags, {@code itemprop="author"}, then the byline the reader sees
 * ({@code rel="author"} links and what the page calls a byline). The first source that names
 * someone wins. A name that is the publisher's is never an author; nor is anyone named inside
 * comments, related-article teasers, asides or the footer. An organisation the JSON-LD gives as
 * the author counts only when no source names a person.
 */
final class AuthorFinder {
    /** Meta tag names, the dedicated ones before the generic {@code author} that templates fill site-wide. */
    private static final String[] META_NAMES = {"dc:creator", "dc.creator", "dcterms.creator", "dcterms:creator",
            "article:author", "parsely-author", "sailthru.author", "author", "byl"};
    /** A byline box longer than this is an author's biography or a teaser, not a byline. */
    private static final int MAX_BYLINE_WORDS = 30;
    /** How far apart two byline elements may sit and still be one byline. */
    private static final int SAME_BYLINE_LEVELS = 3;

    private AuthorFinder() {
    }

    static List<String> find(JsonLd.Found ld, MetaTags meta, PageScan scan, String publisher, String language) {
        Map<String, Object> article = ld.article();
        Object declared = article == null ? null : article.get("author");
        List<String> names = new ArrayList<>();
        for (String name : JsonLd.authors(declared, ld, false)) {
            addAll(names, declared(name, language));
        }
        names = withoutPublisher(names, publisher);
        for (String key : META_NAMES) {
            String value = meta.get(key);
            if (!names.isEmpty()) {
                break;
            }
            if (value != null && !value.isBlank() && !value.strip().startsWith("http")) {
                names = withoutPublisher(declared(value, language), publisher);
            }
        }
        if (names.isEmpty()) {
            names = withoutPublisher(fromItemprops(scan, language), publisher);
        }
        if (names.isEmpty()) {
            names = withoutPublisher(fromBylines(scan, language), publisher);
        }
        if (names.isEmpty()) {
            for (String name : JsonLd.authors(declared, ld, true)) {
                names.addAll(single(name, language));
            }
            names = withoutPublisher(names, publisher);
        }
        return names;
    }

    /**
     * A declared value may list several people ("A and B", "A, B"); one that holds a single name
     * is kept whole, as declared, even where a byline would end ("Organization for Transformative
     * Works").
     */
    private static List<String> declared(String value, String language) {
        List<String> listed = AuthorNames.fromByline(value, language);
        return listed.size() > 1 ? listed : single(value, language);
    }

    private static List<String> single(String name, String language) {
        String clean = AuthorNames.fromName(name, language);
        return clean == null ? List.of() : List.of(clean);
    }

    private static List<String> fromItemprops(PageScan scan, String language) {
        List<String> out = new ArrayList<>();
        for (Element el : scan.itemprops) {
            if (!Tokens.has(el, "itemprop", "author") || OutsideArticle.of(el, scan)) {
                continue;
            }
            String content = el.attr("content");
            if (!content.isBlank()) {
                addAll(out, AuthorNames.fromByline(content, language));
                continue;
            }
            List<String> named = new ArrayList<>();
            for (Element name : el.getElementsByAttribute("itemprop")) {
                if (name != el && Tokens.has(name, "itemprop", "name")) {
                    String text = name.attr("content").isBlank() ? name.text() : name.attr("content");
                    addAll(named, single(text, language));
                }
            }
            addAll(out, named.isEmpty() ? AuthorNames.fromByline(el.text(), language) : named);
        }
        return out;
    }

    private static List<String> fromBylines(PageScan scan, String language) {
        List<String> out = new ArrayList<>();
        Element first = null;
        for (ElementInfo info : scan.bylines) {
            Element el = info.element;
            if (OutsideArticle.isExcluded(info) || first != null && !isNear(el, first)) {
                continue;
            }
            String text = Whitespace.normalize(el.text());
            if (text.isEmpty() || text.split(" ").length > MAX_BYLINE_WORDS) {
                continue;
            }
            List<String> names = Tokens.has(el, "rel", "author") ? single(text, language)
                    : AuthorNames.fromByline(text, language);
            if (!names.isEmpty()) {
                addAll(out, names);
                if (first == null) {
                    first = el;
                }
            }
        }
        return out;
    }

    /** Within a few levels of each other: one byline, not two bylines of two stories. */
    private static boolean isNear(Element el, Element first) {
        Element ancestor = first;
        for (int i = 0; i < SAME_BYLINE_LEVELS && ancestor != null; i++) {
            ancestor = ancestor.parent();
        }
        for (Element up = el; up != null; up = up.parent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static List<String> withoutPublisher(List<String> names, String publisher) {
        if (publisher == null) {
            return names;
        }
        String site = publisher.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals(site) && !site.startsWith(lower + " ") && !lower.startsWith(site + " ")) {
                out.add(name);
            }
        }
        return out;
    }

    /** Adds the names not already there, whole or as part of a fuller one ("Lucas" beside "Lucas Nolan"). */
    private static void addAll(List<String> out, List<String> names) {
        for (String name : names) {
            String padded = " " + name.toLowerCase(Locale.ROOT) + " ";
            boolean known = false;
            for (int i = 0; i < out.size() && !known; i++) {
                String other = " " + out.get(i).toLowerCase(Locale.ROOT) + " ";
                if (other.contains(padded)) {
                    known = true;
                } else if (padded.contains(other)) {
                    out.set(i, name);
                    known = true;
                }
            }
            if (!known) {
                out.add(name);
            }
        }
    }
}
