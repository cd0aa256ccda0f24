package io.newsclean.input.html;

import java.util.Set;

/** Which HTML elements break text into blocks, and which never hold readable text. */
final class Tags {
    private Tags() {
    }

    static final Set<String> BLOCK = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "form", "fieldset", "address", "hr",
            "center", "details", "summary", "dialog", "body", "hgroup", "menu", "legend", "picture", "video",
            "audio", "iframe", "noscript", "template", "option", "select", "label");

    /** Elements whose content is never article text (code, media, controls). */
    static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
            "select", "option", "textarea", "input", "button", "map", "head", "link", "meta", "source",
            "track", "param");

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
