package io.newsclean.input.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Picks the element that holds the article, and the siblings that continue it, from the scores
 * the first pass left: a candidate's paragraph score, damped by how much of its text is links.
 */
final class MainContentChooser {
    private static final int TOP_CANDIDATES = 5;
    /** Text inside comments, related links, asides or footers wins only when nothing else is there. */
    private static final double BOILERPLATE_DAMPING = 0.2;
    /** Share of the top score an alternative needs to count as another piece of the same article. */
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final int MIN_ALTERNATIVES = 3;
    /** A sibling joins the article when it scores at least this share of the top candidate. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    /** Joining article sections must not swallow a link-heavy page wrapper. */
    private static final double MAX_JOINED_LINK_DENSITY = 0.35;

    private MainContentChooser() {
    }

    /** The main-content roots, or an empty set when the page has no scorable text. */
    static Set<Element> choose(PageScan scan) {
        List<ElementInfo> ranked = new ArrayList<>(scan.candidates);
        for (ElementInfo c : ranked) {
            c.score *= (1 - c.linkDensity()) * (c.inBoilerplate ? BOILERPLATE_DAMPING : 1);
        }
        if (ranked.isEmpty()) {
            return Collections.emptySet();
        }
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        ElementInfo top = joinSectionsOfSameClass(widenToCommonAncestor(ranked), ranked);
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ElementInfo> sections = SameClassSections.around(top, scan.infos);
        if (!sections.isEmpty()) {
            for (ElementInfo section : sections) {
                roots.add(section.element);
            }
            return roots;
        }
        roots.add(top.element);
        addSiblings(top, scan, roots);
        ArticleContinuation.extend(top, scan.infos, roots);
        return roots;
    }

    /**
     * The roots in document order. None holds another. Most are siblings, so the place of each
     * element among its siblings is read once per parent, by one scan of its children.
     */
    static List<Element> inDocumentOrder(Set<Element> roots) {
        if (roots.size() <= 1) {
            return List.copyOf(roots);
        }
        Map<Element, Integer> places = new IdentityHashMap<>();
        Map<Element, int[]> keys = new IdentityHashMap<>();
        for (Element root : roots) {
            List<Element> path = new ArrayList<>();
            for (Element up = root; up.parent() != null; up = up.parent()) {
                path.add(up);
            }
            int[] key = new int[path.size()];
            for (int i = 0; i < key.length; i++) {
                key[key.length - 1 - i] = placeAmongSiblings(path.get(i), places);
            }
            keys.put(root, key);
        }
        List<Element> ordered = new ArrayList<>(roots);
        ordered.sort((a, b) -> Arrays.compare(keys.get(a), keys.get(b)));
        return ordered;
    }

    private static int placeAmongSiblings(Element element, Map<Element, Integer> places) {
        Integer place = places.get(element);
        if (place == null) {
            List<Element> siblings = element.parent().children();
            for (int i = 0; i < siblings.size(); i++) {
                places.put(siblings.get(i), i);
            }
            place = places.get(element);
        }
        return place;
    }

    /** When several strong candidates sit under one ancestor, the article is that ancestor. */
    private static ElementInfo widenToCommonAncestor(List<ElementInfo> ranked) {
        ElementInfo top = ranked.get(0);
        List<ElementInfo> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
            if (top.score > 0 && ranked.get(i).score / top.score >= ALTERNATIVE_SHARE) {
                alternatives.add(ranked.get(i));
            }
        }
        if (alternatives.size() < MIN_ALTERNATIVES) {
            return top;
        }
        for (ElementInfo ancestor = top.parent; ancestor != null && ancestor.parent != null; ancestor = ancestor.parent) {
            int under = 0;
            for (ElementInfo alternative : alternatives) {
                if (isAncestor(ancestor, alternative)) {
                    under++;
                }
            }
            if (under >= MIN_ALTERNATIVES) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Articles split by figures or ads often come as several sections with one class name
     * ("post__content"); the article is the smallest element holding all the strong ones.
     */
    private static ElementInfo joinSectionsOfSameClass(ElementInfo top, List<ElementInfo> ranked) {
        String cls = top.element.className();
        if (cls.isEmpty()) {
            return top;
        }
        ElementInfo joined = top;
        for (ElementInfo other : ranked) {
            if (other.score < top.score * SIBLING_SHARE) {
                break;
            }
            if (other != top && !other.inBoilerplate && cls.equals(other.element.className())
                    && other.element.normalName().equals(top.element.normalName())
                    && !isAncestor(joined, other) && !isAncestor(other, joined)) {
                ElementInfo common = commonAncestor(joined, other);
                if (common != null && common.linkDensity() < MAX_JOINED_LINK_DENSITY) {
                    joined = common;
                }
            }
        }
        return joined;
    }

    private static ElementInfo commonAncestor(ElementInfo a, ElementInfo b) {
        for (ElementInfo up = a.parent; up != null; up = up.parent) {
            if (isAncestor(up, b)) {
                return up;
            }
        }
        return null;
    }

    private static boolean isAncestor(ElementInfo ancestor, ElementInfo info) {
        for (ElementInfo up = info.parent; up != null; up = up.parent) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void addSiblings(ElementInfo top, PageScan scan, Set<Element> roots) {
        Element parent = top.element.parent();
        if (parent == null) {
            return;
        }
        double threshold = Math.max(MIN_SIBLING_SCORE, top.score * SIBLING_SHARE);
        String topClass = top.element.className();
        Map<String, List<Element>> paragraphDivs = new HashMap<>();
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                continue;
            }
            ElementInfo info = scan.infos.get(sibling);
            if (info == null || info.textChars == 0) {
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? top.score * SIBLING_SHARE : 0;
            if (info.candidate && info.score + bonus >= threshold) {
                roots.add(sibling);
            } else if (isProse(info)) {
                if (sibling.normalName().equals("p")) {
                    roots.add(sibling);
                } else if (holdsOneParagraph(info)) {
                    paragraphDivs.computeIfAbsent(sibling.className(), k -> new ArrayList<>()).add(sibling);
                }
            }
        }
        // A lone div of text beside the article is a standfirst or a print link; a run of them
        // with one class is how some pages write paragraphs.
        for (List<Element> run : paragraphDivs.values()) {
            if (run.size() >= 2) {
                roots.addAll(run);
            }
        }
    }

    /** A div used as a paragraph: its text is its own, not in block children. */
    private static boolean holdsOneParagraph(ElementInfo info) {
        return info.paragraphs == 1 && info.inlineChars * 10 >= info.textChars * 9;
    }

    /** A stray paragraph beside the article: long and unlinked, or short but a finished sentence. */
    private static boolean isProse(ElementInfo info) {
        double linkDensity = info.linkDensity();
        if (info.textChars > 80) {
            return linkDensity < 0.25;
        }
        if (linkDensity > 0) {
            return false;
        }
        String text = info.element.text();
        return text.endsWith(".") || text.contains(". ");
    }
}
