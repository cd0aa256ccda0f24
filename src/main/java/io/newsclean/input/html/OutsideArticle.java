package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an element stands outside the article, where the names and dates are other people's and
 * other stories': comments, related-article teasers, asides, the footer, navigation and side rails.
 */
final class OutsideArticle {
    private static final Set<String> ARTICLE_ROOTS = Set.of("article", "main", "body");
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
            String tag = up.element.normalName();
            if (ARTICLE_ROOTS.contains(tag)) {
                // Above an article the class words say how the page is laid out ("sidebar-primary"
                // on the body), not what the element is; only a marked container (related, comments,
                // footer) still counts, as for a teaser card that is itself an <article>.
                return up.inBoilerplate || isCommentItem(up.element);
            }
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
