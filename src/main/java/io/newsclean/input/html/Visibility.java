package io.newsclean.input.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/** Whether markup hides an element from readers, the way a browser would decide without scripts. */
final class Visibility {
    private Visibility() {
    }

    /** @param attrs the element's attributes, or null when it has none ({@link AttributeTable#of}) */
    static boolean isHidden(Element el, Attributes attrs, String words) {
        if (attrs == null) {
            return el.normalName().equals("template");
        }
        if (attrs.hasKey("hidden") || el.normalName().equals("template")) {
            return true;
        }
        if ("true".equalsIgnoreCase(attrs.get("aria-hidden"))) {
            return true;
        }
        String style = attrs.get("style");
        if (!style.isEmpty() && hidesByStyle(style)) {
            return true;
        }
        return ClassVocabulary.has(words, ClassVocabulary.HIDDEN);
    }

    /** Recognises display:none and visibility:hidden whatever the spacing and case. */
    static boolean hidesByStyle(String style) {
        StringBuilder compact = new StringBuilder(style.length());
        for (int i = 0; i < style.length(); i++) {
            char c = style.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                compact.append(Character.toLowerCase(c));
            }
        }
        String s = compact.toString();
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
