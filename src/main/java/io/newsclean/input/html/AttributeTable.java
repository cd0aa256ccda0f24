package io.newsclean.input.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * An element's attributes for a walk that reads several of them. Asking jsoup for an element's
 * attributes gives a bare element an empty table of its own, and asking how many it has counts
 * them afresh each time; a walk asks once per element here and hands the answer on.
 */
final class AttributeTable {
    private AttributeTable() {
    }

    /** The element's attributes, or null when it has none. */
    static Attributes of(Element el) {
        return el.attributesSize() == 0 ? null : el.attributes();
    }

    /** The attribute's value, or "" when the table is null or lacks it, as {@link Attributes#get} gives. */
    static String get(Attributes attrs, String key) {
        return attrs == null ? "" : attrs.get(key);
    }
}
