package io.newsclean.input.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first linear pass over the body: sums text and link lengths bottom-up, scores paragraphs
 * into their ancestors, and collects the elements metadata is read from (meta, JSON-LD, h1,
 * itemprop, canonical link), so no later step needs a selector query over the whole document.
 */
final class PageScan implements NodeFilter {
    /** A block with less text than this is not evidence of an article around it. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final java.util.Set<String> NOT_PROSE = java.util.Set.of(
            "header", "footer", "nav", "aside", "figure", "figcaption", "caption", "label", "legend", "summary",
            "address", "dt", "th", "form", "fieldset");

    final Map<Element, ElementInfo> infos = new IdentityHashMap<>(1024);
    final List<ElementInfo> candidates = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> h1s = new ArrayList<>();
    final List<Element> itemprops = new ArrayList<>();
    /** Visible elements that may show the byline: rel="author" links and what the page calls a byline. */
    final List<ElementInfo> bylines = new ArrayList<>();
    /** Visible dates: {@code <time>} elements and what the page calls a date. */
    final List<ElementInfo> dates = new ArrayList<>();
    String title;

    private final ClassVocabulary.Cache vocabulary;
    private final List<ElementInfo> stack = new ArrayList<>();

    PageScan(ClassVocabulary.Cache vocabulary) {
        this.vocabulary = vocabulary;
    }

    void scanHead(Element head) {
        for (Element el : head.getAllElements()) {
            collect(el, el.normalName(), AttributeTable.of(el));
        }
    }

    void scanBody(Element body) {
        NodeTraversor.filter(this, body);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            countText(text, depth);
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        Attributes attrs = AttributeTable.of(el);
        collect(el, tag, attrs);
        if (Tags.SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String words = wordsOf(attrs);
        if (Visibility.isHidden(el, attrs, words)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        ElementInfo parent = depth > 0 && depth - 1 < stack.size() ? stack.get(depth - 1) : null;
        ElementInfo info = new ElementInfo(el, parent, words, Tags.BLOCK.contains(tag));
        infos.put(el, info);
        while (stack.size() > depth) {
            stack.remove(stack.size() - 1);
        }
        stack.add(info);
        if (tag.equals("h1")) {
            h1s.add(el);
        }
        if (ClassVocabulary.has(words, ClassVocabulary.BYLINE) || Tokens.has(attrs, "rel", "author")) {
            bylines.add(info);
        }
        if (tag.equals("time") || ClassVocabulary.has(words, ClassVocabulary.DATE)) {
            dates.add(info);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        ElementInfo info = depth < stack.size() ? stack.get(depth) : null;
        if (info == null || info.element != el) {
            return FilterResult.CONTINUE;
        }
        if (el.normalName().equals("a")) {
            info.linkChars = info.textChars;
        }
        if (info.blockLevel && info.inlineChars >= MIN_PARAGRAPH_CHARS && holdsProse(el.normalName())) {
            scoreParagraph(info);
        }
        ElementInfo parent = info.parent;
        if (parent != null) {
            parent.textChars += info.textChars;
            parent.linkChars += info.linkChars;
            parent.paragraphs += info.paragraphs;
        }
        return FilterResult.CONTINUE;
    }

    /** Headings, captions and page chrome hold text, but not the article's paragraphs. */
    private static boolean holdsProse(String tag) {
        return !Tags.isHeading(tag) && !NOT_PROSE.contains(tag);
    }

    private void countText(TextNode text, int depth) {
        ElementInfo parent = depth - 1 < stack.size() && depth > 0 ? stack.get(depth - 1) : null;
        if (parent == null) {
            return;
        }
        String s = text.getWholeText();
        int chars = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c != '\u00A0') {
                chars++;
                if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                    commas++;
                }
            }
        }
        parent.textChars += chars;
        parent.owner.inlineChars += chars;
        parent.owner.inlineCommas += commas;
    }

    /**
     * A paragraph's worth of text raises its parent's score fully and its grandparent's by half,
     * so the element that holds most paragraphs, not the page wrapper, wins.
     */
    private void scoreParagraph(ElementInfo paragraph) {
        paragraph.paragraphs++;
        double score = 1 + paragraph.inlineCommas + Math.min(paragraph.inlineChars / 100.0, 3.0);
        ElementInfo ancestor = paragraph.parent;
        // A text-holding div is itself a candidate: its text may be the article.
        if (!paragraph.element.normalName().equals("p")) {
            addScore(paragraph, score);
        }
        for (int level = 0; level < 3 && ancestor != null; level++) {
            addScore(ancestor, level == 0 ? score : level == 1 ? score / 2 : score / 6);
            ancestor = ancestor.parent;
        }
    }

    private void addScore(ElementInfo info, double score) {
        if (!info.candidate) {
            info.candidate = true;
            info.score = CandidateWeights.initialScore(info);
            candidates.add(info);
        }
        info.score += score;
    }

    private String wordsOf(Attributes attrs) {
        return attrs == null ? "" : vocabulary.wordsOf(attrs.get("class"), attrs.get("id"));
    }

    private void collect(Element el, String tag, Attributes attrs) {
        if (attrs == null) {
            if (tag.equals("title") && title == null) {
                title = el.text();
            }
            return;
        }
        switch (tag) {
            case "meta" -> metas.add(el);
            case "link" -> links.add(el);
            case "title" -> {
                if (title == null) {
                    title = el.text();
                }
            }
            case "script" -> {
                if (attrs.get("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(el.data());
                }
            }
            default -> {
            }
        }
        if (attrs.hasKey("itemprop")) {
            itemprops.add(el);
        }
    }
}
