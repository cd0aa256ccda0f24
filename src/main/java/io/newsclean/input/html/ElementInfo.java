package io.newsclean.input.html;

import org.jsoup.nodes.Element;

/**
 * What the first pass learned about one visible body element. Text counts are of non-space
 * characters and are summed bottom-up once, so no later step has to re-read a subtree's text.
 */
final class ElementInfo {
    final Element element;
    final ElementInfo parent;
    /** Canonical class and id words of this element alone. */
    final String words;
    final boolean blockLevel;
    /** The nearest block-level element at or above this one, which owns its inline text. */
    final ElementInfo owner;

    /** Inside something the page marks as comments, related links, a footer or an aside. */
    final boolean inBoilerplate;

    int textChars;
    int linkChars;
    /** Text owned directly (through inline descendants only), as a paragraph would hold it. */
    int inlineChars;
    int inlineCommas;
    int paragraphs;

    /** Readability-style content score; meaningful only once {@link #candidate} is set. */
    double score;
    boolean candidate;

    ElementInfo(Element element, ElementInfo parent, String words, boolean blockLevel) {
        this.element = element;
        this.parent = parent;
        this.words = words;
        this.blockLevel = blockLevel;
        this.owner = blockLevel || parent == null ? this : parent.owner;
        this.inBoilerplate = (parent != null && parent.inBoilerplate) || isBoilerplate(element.normalName(), words);
    }

    private static boolean isBoilerplate(String tag, String words) {
        if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
            return true;
        }
        return !words.isEmpty() && (ClassVocabulary.has(words, ClassVocabulary.COMMENTS)
                || ClassVocabulary.has(words, ClassVocabulary.RELATED)
                || ClassVocabulary.has(words, ClassVocabulary.FOOTER));
    }

    double linkDensity() {
        return textChars == 0 ? 0 : (double) linkChars / textChars;
    }
}
