package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * Whether an element stands outside the article, where the names and dates are other people's and
 * other stories': comments, related-article teasers, asides, the footer, navigation and side rails.
 */
final class OutsideArticle {
    private OutsideArticle() {
    }

    /** Judged by the nearest visible element at or above it; one in the head belongs to the page. */
    static boolean of(Element el, PageScan scan) {
        for (Element up = el; up != null; up = up.parent()) {
            ElementInfo info = scan.infos.get(up);
            if (info != null) {
                return isExcluded(info);
            }
        }
        return isInCommentItem(el);
    }

    /**
     * Comments, teasers, asides, footers, navigation and side rails name other people: commenters
     * (often with {@code itemprop="author"}) and the authors of other stories.
     */
    static boolean isExcluded(ElementInfo info) {
        for (ElementInfo up = info; up != null; up = up.parent) {
            if (up.inBoilerplate) {
                return true;
            }
            String words = up.words;
            if (!words.isEmpty() && (ClassVocabulary.has(words, ClassVocabulary.SIDEBAR)
                    || ClassVocabulary.has(words, ClassVocabulary.NAV) || ClassVocabulary.has(words, ClassVocabulary.PROMO)
                    || ClassVocabulary.has(words, ClassVocabulary.WIDGET))) {
                return true;
            }
            if (isCommentItem(up.element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInCommentItem(Element el) {
        for (Element up = el; up != null; up = up.parent()) {
            if (isCommentItem(up)) {
                return true;
            }
        }
        return false;
    }

    /** Microdata that says it is a comment or a review: its author is a reader. */
    private static boolean isCommentItem(Element el) {
        if (el.attributesSize() == 0) {
            return false;
        }
        String type = el.attributes().get("itemtype").toLowerCase(Locale.ROOT);
        return type.endsWith("comment") || type.endsWith("usercomments") || type.endsWith("review");
    }
}
