package io.newsclean.input.html;

import static io.newsclean.input.html.ClassVocabulary.has;

/**
 * The prior a candidate container starts with, before its paragraphs add to it: what kind of
 * element it is, and what the page's own class and id words call it.
 */
final class CandidateWeights {
    private static final String[] NEGATIVE = {
            ClassVocabulary.RELATED, ClassVocabulary.SHARE, ClassVocabulary.COMMENTS, ClassVocabulary.SIDEBAR,
            ClassVocabulary.FOOTER, ClassVocabulary.AD, ClassVocabulary.NAV, ClassVocabulary.MODAL,
            ClassVocabulary.TAGS, ClassVocabulary.NEWSLETTER, ClassVocabulary.HEADER, ClassVocabulary.COOKIE,
            ClassVocabulary.LOGIN, ClassVocabulary.PROMO, ClassVocabulary.WIDGET};

    private CandidateWeights() {
    }

    static double initialScore(ElementInfo info) {
        return tagWeight(info.element.normalName()) + classWeight(info);
    }

    /** Whether the page's class and id words call the element chrome: related links, share bar, author box... */
    static boolean namedAsChrome(ElementInfo info) {
        String words = info.words;
        if (words.isEmpty()) {
            return false;
        }
        for (String negative : NEGATIVE) {
            if (has(words, negative)) {
                return true;
            }
        }
        return has(words, ClassVocabulary.BYLINE);
    }

    static double classWeight(ElementInfo info) {
        String words = info.words;
        double weight = 0;
        if (words.isEmpty()) {
            weight = 0;
        } else {
            for (String negative : NEGATIVE) {
                if (has(words, negative)) {
                    weight -= 25;
                    break;
                }
            }
            if (has(words, ClassVocabulary.BODY)) {
                weight += 25;
            } else if (has(words, ClassVocabulary.CONTENT)) {
                weight += 15;
            }
        }
        if (info.element.attributesSize() > 0 && info.element.attributes().get("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 25;
        }
        return weight;
    }

    private static double tagWeight(String tag) {
        return switch (tag) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form", "aside", "nav", "footer" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th", "header" -> -5;
            default -> 0;
        };
    }
}
