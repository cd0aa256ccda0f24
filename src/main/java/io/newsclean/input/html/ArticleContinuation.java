package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.Set;

/**
 * The article goes on beside the container that scored best: pages cut it at a figure, an ad or a
 * "continue reading" line into a second container of its own, put the first paragraph in an intro
 * block, or (older pages) carry it on in the next row of a layout table. Such a part is a sibling
 * of the best container, or of a wrapper that is mostly that container, and it holds paragraphs of
 * unlinked prose. From the container outwards, at each such level, the siblings that are prose join
 * the article; empty siblings (an ad slot, an image) and one short line between two parts are
 * stepped over (a subheading among them joins with the part it heads); anything else ends the
 * article on that side.
 *
 * <p>The trap is the box beside the article that is prose too. A teaser is a linked headline and a
 * blurb shorter than any paragraph of the article; an author's bio or a company's "about" note
 * after the article is a single paragraph, where a second part of the article holds several; boxes
 * the page names as chrome (related, share, author...) never join.
 */
final class ArticleContinuation {
    /** How many wrappers above the best container may set the level the article continues at. */
    private static final int MAX_LEVELS_UP = 3;
    /**
     * A wrapper is the container's own when the container holds this share of its paragraphs; its
     * other text may be an aside of headlines or an ad, which are no paragraphs.
     */
    private static final double MIN_OWN_SHARE = 0.6;
    /** Unlinked characters per paragraph that a part of the article averages: more than a teaser blurb. */
    private static final int MIN_CHARS_PER_PARAGRAPH = 150;
    private static final double MAX_LINK_DENSITY = 0.3;
    /** A part after the article holds paragraphs, not the one paragraph of a bio or a note. */
    private static final int MIN_PARAGRAPHS_AFTER = 2;
    /**
     * ...or one text far longer than a bio, as an older page writes a whole part in one table cell
     * with line breaks.
     */
    private static final int MIN_ONE_TEXT_CHARS_AFTER = 800;
    /** One line ("Advertisement", "Continue reading the main story") that is stepped over. */
    private static final int MAX_LINE_CHARS = 80;

    /** Elements that hold a page's furniture, never a part of its article. */
    private static final Set<String> NOT_ARTICLE = Set.of("header", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6");

    private ArticleContinuation() {
    }

    /** Adds to {@code roots} the parts of the article beside {@code top}; none of them overlaps another root. */
    static void extend(ElementInfo top, Map<Element, ElementInfo> infos, Set<Element> roots) {
        ElementInfo level = top;
        for (int up = 0; up <= MAX_LEVELS_UP && level.parent != null; up++) {
            if (up > 0 && top.paragraphs < level.paragraphs * MIN_OWN_SHARE) {
                return;
            }
            Element element = level.element;
            if (element.parent() == null || level.inBoilerplate) {
                return;
            }
            walk(element, true, infos, roots);
            walk(element, false, infos, roots);
            level = level.parent;
        }
    }

    private static void walk(Element from, boolean forward, Map<Element, ElementInfo> infos, Set<Element> roots) {
        Element line = null;
        for (Element sibling = next(from, forward); sibling != null; sibling = next(sibling, forward)) {
            ElementInfo info = infos.get(sibling);
            if (info == null || info.textChars == 0 || roots.contains(sibling)) {
                continue;
            }
            if (markedUpAlike(from, sibling) && isPart(info, forward)) {
                roots.add(sibling);
                // A heading between two parts is the second part's subheading; another line is a label.
                if (line != null && Tags.isHeading(line.normalName())) {
                    roots.add(line);
                }
                line = null;
            } else if (line == null && info.textChars <= MAX_LINE_CHARS) {
                line = sibling;
            } else {
                return;
            }
        }
    }

    private static boolean markedUpAlike(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && a.className().equals(b.className());
    }

    private static Element next(Element element, boolean forward) {
        return forward ? element.nextElementSibling() : element.previousElementSibling();
    }

    /** A part of the article: paragraphs of unlinked prose in an element the page does not name as chrome. */
    private static boolean isPart(ElementInfo info, boolean after) {
        if (info.inBoilerplate || info.paragraphs == 0 || info.linkDensity() >= MAX_LINK_DENSITY
                || NOT_ARTICLE.contains(info.element.normalName()) || CandidateWeights.namedAsChrome(info)) {
            return false;
        }
        int unlinked = info.textChars - info.linkChars;
        if (after && info.paragraphs < MIN_PARAGRAPHS_AFTER && unlinked < MIN_ONE_TEXT_CHARS_AFTER) {
            return false;
        }
        return unlinked >= MIN_CHARS_PER_PARAGRAPH * info.paragraphs;
    }
}
