package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article cut into sections that the page marks up alike (a how-to's steps, a long read's
 * chapters: {@code <div class="step">} after {@code <div class="step">}) scores in one section
 * only, as each holds a paragraph or two. The rest of the article is the section's siblings of
 * the same tag and class that hold unlinked text. A box of teasers marked up alike is mostly
 * links, and one beside the article has another class, so neither joins.
 */
final class SameClassSections {
    /** How far above the best candidate the repeated section may stand. */
    private static final int MAX_LEVELS_UP = 2;
    /** A wrapper above the candidate must be mostly the candidate, or it is a page region. */
    private static final double MIN_CANDIDATE_SHARE = 0.5;
    private static final double MAX_LINK_DENSITY = 0.25;
    private static final int MIN_SECTION_CHARS = 20;
    /**
     * Sections enough to be a series: an article and one box beside it marked up alike (an
     * author's bio, a company's "about" note) are two, and the box is not the article.
     */
    private static final int MIN_SECTIONS = 3;

    private SameClassSections() {
    }

    /**
     * The section at or above {@code top} and its like siblings, in document order; empty when
     * no section of the article repeats.
     */
    static List<ElementInfo> around(ElementInfo top, Map<Element, ElementInfo> infos) {
        ElementInfo section = top;
        for (int level = 0; level <= MAX_LEVELS_UP && section != null && section.parent != null; level++) {
            if (level > 0 && top.textChars < section.textChars * MIN_CANDIDATE_SHARE) {
                break;
            }
            List<ElementInfo> like = likeSiblings(section, infos);
            if (!like.isEmpty()) {
                return like;
            }
            section = section.parent;
        }
        return List.of();
    }

    private static List<ElementInfo> likeSiblings(ElementInfo section, Map<Element, ElementInfo> infos) {
        Element el = section.element;
        String cls = el.className();
        Element parent = el.parent();
        if (cls.isEmpty() || parent == null || section.inBoilerplate) {
            return List.of();
        }
        List<ElementInfo> run = new ArrayList<>();
        for (Element sibling : parent.children()) {
            ElementInfo info = infos.get(sibling);
            if (info == null) {
                continue;
            }
            if (info == section || sibling.normalName().equals(el.normalName()) && sibling.className().equals(cls)
                    && isText(info)) {
                run.add(info);
            }
        }
        return run.size() >= MIN_SECTIONS ? run : List.of();
    }

    private static boolean isText(ElementInfo info) {
        return !info.inBoilerplate && info.textChars >= MIN_SECTION_CHARS && info.linkDensity() < MAX_LINK_DENSITY;
    }
}
