package io.newsclean.input.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Layout;
import io.newsclean.model.Mark;
import io.newsclean.text.Whitespace;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last pass: walks the body once in reading order and cuts its visible text into blocks at
 * block-level elements, each carrying where it stood (main content, figure, aside, hidden...),
 * how much of it is links, and the class words of the elements around it.
 */
final class BlockEmitter implements NodeFilter {
    /** Alt texts shorter than this are icons and logos, not captions. */
    private static final int MIN_IMAGE_TEXT = 15;
    /** Short lines ("No stats registered.", "Share") repeat for good reasons and are not counted as repeats. */
    private static final int MIN_REPEATED_CHARS = 40;
    private static final Mark[] MARKS = Mark.values();

    private final Set<Element> mainRoots;
    private final Map<Element, ElementInfo> infos;
    private final ClassVocabulary.Cache vocabulary;
    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Frame> stack = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private int textChars;
    private int linkChars;
    private int linkDepth;
    /** The link depth outside the main root being walked: a root wrapped in a link is not itself a link. */
    private int linkDepthOutsideRoot;

    private BlockEmitter(Set<Element> mainRoots, Map<Element, ElementInfo> infos, ClassVocabulary.Cache vocabulary) {
        this.mainRoots = mainRoots;
        this.infos = infos;
        this.vocabulary = vocabulary;
    }

    /**
     * @param wholePage false to emit only the main content: everything else is dropped by the
     *                  rules anyway, so only an explanation needs it
     */
    static List<Block> emit(Element body, Set<Element> mainRoots, Map<Element, ElementInfo> infos,
                            ClassVocabulary.Cache vocabulary, boolean wholePage) {
        BlockEmitter emitter = new BlockEmitter(mainRoots, infos, vocabulary);
        if (wholePage || mainRoots.isEmpty()) {
            NodeTraversor.filter(emitter, body);
            emitter.flush(emitter.top());
        } else {
            for (Element root : MainContentChooser.inDocumentOrder(mainRoots)) {
                emitter.stack.clear();
                NodeTraversor.filter(emitter, root);
                emitter.flush(emitter.top());
            }
        }
        return emitter.blocks;
    }

    /** What holds outside every element: the frame a walk starts from. */
    private static final Frame OUTSIDE =
            new Frame(null, 0, "", BlockKind.PARAGRAPH, 0, false, 0, false, null, Layout.NONE);

    /**
     * What holds at one open element; inherited by everything inside it.
     *
     * @param orderedList whether the nearest enclosing list is numbered
     * @param table       the rows and cells seen so far in the nearest enclosing table, or null
     */
    private record Frame(Element element, int marks, String words, BlockKind kind, int level, boolean inParagraph,
                         int listDepth, boolean orderedList, TableGrid table, Layout layout) {
    }

    /** Counts a table's rows, and the cells of its current row, as the walk meets them. */
    private static final class TableGrid {
        int row = -1;
        int column = -1;

        void startRow() {
            row++;
            column = -1;
        }

        Layout nextCell(boolean header) {
            if (row < 0) {
                startRow();
            }
            column++;
            return Layout.cell(row, column, header);
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        if (Tags.SKIPPED.contains(tag)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        while (stack.size() > depth) {
            stack.remove(stack.size() - 1);
        }
        Frame parent = top();
        boolean mainRoot = mainRoots.contains(el);
        // A main root starts afresh, as it does when only the main content is walked: nothing from
        // around it (an enclosing list item, paragraph or link, text before it) may reach its blocks,
        // or an explanation, which walks the whole page, would change the article.
        Frame frame = frameFor(el, tag, mainRoot ? OUTSIDE : parent);
        stack.add(frame);
        if (mainRoot) {
            flush(parent);
            linkDepthOutsideRoot = linkDepth;
            linkDepth = 0;
        }
        if (tag.equals("br")) {
            if (!parent.inParagraph()) {
                flush(parent);
            } else {
                appendSpace();
            }
        } else if (tag.equals("img")) {
            imageText(el, frame);
        } else if (Tags.BLOCK.contains(tag)) {
            flush(parent);
        } else if (tag.equals("a")) {
            linkDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
            String tag = el.normalName();
            if (mainRoots.contains(el) && depth < stack.size()) {
                flush(stack.get(depth));
                linkDepth = linkDepthOutsideRoot;
            } else if (Tags.BLOCK.contains(tag) && depth < stack.size()) {
                flush(stack.get(depth));
            } else if (tag.equals("a")) {
                linkDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private Frame parentOf(Frame frame) {
        // found by identity, as each frame is its own element's: a record's generated equals would
        // link its bootstrap method on first use, which costs a single call more than the search
        for (int at = stack.size() - 1; at > 0; at--) {
            if (stack.get(at) == frame) {
                return stack.get(at - 1);
            }
        }
        return frame;
    }

    private Frame top() {
        return stack.isEmpty() ? OUTSIDE : stack.get(stack.size() - 1);
    }

    private Frame frameFor(Element el, String tag, Frame parent) {
        // The scan kept every visible element it saw, with its words: reuse both.
        ElementInfo info = infos.get(el);
        Attributes attrs = AttributeTable.of(el);
        String own = info != null ? info.words : wordsOf(attrs);
        int marks = parent.marks() | structuralMarks(el, attrs, tag, own, info != null);
        String words = parent.words();
        if (mainRoots.contains(el)) {
            // What wraps the article (a page-wide form, an off-canvas "menu" wrapper) says nothing about it.
            marks = bit(Mark.IN_MAIN) | (parent.marks() & bit(Mark.HIDDEN));
            words = "";
        } else if (!own.isEmpty()) {
            // Both end in a space and start with one: join without doubling it.
            words = words.isEmpty() ? own : words + own.substring(1);
        }
        BlockKind kind = parent.kind();
        int level = parent.level();
        int listDepth = parent.listDepth();
        boolean orderedList = parent.orderedList();
        TableGrid table = parent.table();
        Layout layout = parent.layout();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                kind = BlockKind.HEADING;
                level = tag.charAt(1) - '0';
            }
            case "ol" -> orderedList = true;
            case "ul", "menu", "dl" -> orderedList = false;
            case "table" -> table = new TableGrid();
            case "tr" -> {
                if (table == null) {
                    table = new TableGrid();
                }
                table.startRow();
            }
            case "li", "dd", "dt" -> {
                listDepth++;
                kind = BlockKind.LIST_ITEM;
                level = listDepth;
                layout = orderedList && tag.equals("li") ? Layout.ORDERED : Layout.NONE;
            }
            case "blockquote" -> {
                kind = BlockKind.BLOCKQUOTE;
                level = 0;
            }
            case "pre" -> {
                kind = BlockKind.PREFORMATTED;
                level = 0;
            }
            case "td", "th" -> {
                kind = BlockKind.TABLE_ROW;
                level = 0;
                if (table == null) {
                    table = new TableGrid();
                }
                layout = table.nextCell(tag.equals("th"));
            }
            case "figcaption" -> {
                kind = BlockKind.CAPTION;
                level = 0;
            }
            default -> {
            }
        }
        boolean inParagraph = parent.inParagraph() || tag.equals("p") || Tags.isHeading(tag);
        return new Frame(el, marks, words, kind, level, inParagraph, listDepth, orderedList, table, layout);
    }

    private int structuralMarks(Element el, Attributes attrs, String tag, String words, boolean knownVisible) {
        int marks = 0;
        String role = AttributeTable.get(attrs, "role");
        switch (tag) {
            case "figure", "figcaption", "picture" -> marks |= bit(Mark.IN_FIGURE);
            case "aside" -> marks |= bit(Mark.IN_ASIDE);
            case "nav", "menu" -> marks |= bit(Mark.IN_NAV);
            case "header" -> marks |= bit(Mark.IN_HEADER);
            case "footer" -> marks |= bit(Mark.IN_FOOTER);
            case "form" -> marks |= bit(Mark.IN_FORM);
            case "dialog" -> marks |= bit(Mark.IN_DIALOG);
            case "template" -> marks |= bit(Mark.TEMPLATE);
            default -> {
            }
        }
        if (!role.isEmpty()) {
            switch (role.toLowerCase(java.util.Locale.ROOT)) {
                case "navigation", "menu", "menubar" -> marks |= bit(Mark.IN_NAV);
                case "complementary" -> marks |= bit(Mark.IN_ASIDE);
                case "contentinfo" -> marks |= bit(Mark.IN_FOOTER);
                case "banner" -> marks |= bit(Mark.IN_HEADER);
                case "dialog", "alertdialog" -> marks |= bit(Mark.IN_DIALOG);
                default -> {
                }
            }
        }
        if (!words.isEmpty()) {
            if (ClassVocabulary.has(words, ClassVocabulary.COMMENTS)) {
                marks |= bit(Mark.IN_COMMENTS);
            }
            if (ClassVocabulary.has(words, ClassVocabulary.MODAL)) {
                marks |= bit(Mark.IN_DIALOG);
            }
            if (ClassVocabulary.has(words, ClassVocabulary.NAV)) {
                marks |= bit(Mark.IN_NAV);
            }
        }
        if (!knownVisible && Visibility.isHidden(el, attrs, words)) {
            marks |= bit(Mark.HIDDEN);
        }
        return marks;
    }

    private void imageText(Element img, Frame frame) {
        String alt = img.attr("alt");
        String title = img.attr("title");
        boolean emitted = false;
        for (String s : new String[]{alt, title}) {
            String normalized = s.length() < MIN_IMAGE_TEXT ? "" : Whitespace.normalize(s);
            if (normalized.length() >= MIN_IMAGE_TEXT && !(emitted && normalized.equals(Whitespace.normalize(alt)))) {
                if (!emitted) {
                    flush(parentOf(frame));
                }
                addBlock(normalized, BlockKind.CAPTION, 0, frame.marks() | bit(Mark.IMAGE_TEXT), 0, frame.words(),
                        Layout.NONE);
                emitted = true;
            }
        }
    }

    /**
     * Appends text already normalised the way the output promises (one space per run of white
     * space, invisible characters gone), so a block needs no second pass over its text.
     */
    private void append(String s) {
        int chars = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7f) {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                // a run of visible ASCII, most of any text, is copied whole
                int end = i + 1;
                while (end < n && s.charAt(end) > ' ' && s.charAt(end) < 0x7f) {
                    end++;
                }
                text.append(s, i, end);
                chars += end - i;
                i = end - 1;
            } else if (Whitespace.isSpace(c)) {
                pendingSpace = true;
            } else if (!Whitespace.isInvisible(c)) {
                if (pendingSpace && text.length() > 0) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
                chars++;
            }
        }
        textChars += chars;
        if (linkDepth > 0) {
            linkChars += chars;
        }
    }

    /** A line break inside a paragraph reads as a space. */
    private void appendSpace() {
        pendingSpace = true;
    }

    private void flush(Frame frame) {
        if (textChars > 0) {
            double density = (double) linkChars / textChars;
            int marks = frame.marks();
            if (linkChars >= textChars) {
                marks |= bit(Mark.ALL_LINK);
            }
            addBlock(text.toString(), frame.kind(), frame.level(), marks, Math.min(1.0, density), frame.words(),
                    frame.layout());
        }
        text.setLength(0);
        pendingSpace = false;
        textChars = 0;
        linkChars = 0;
    }

    private void addBlock(String value, BlockKind kind, int level, int marks, double linkDensity, String words,
                          Layout layout) {
        // Repeats count within the main content only, so the result is the same with or without chrome.
        if ((marks & bit(Mark.IN_MAIN)) != 0 && value.length() >= MIN_REPEATED_CHARS && !seen.add(value)) {
            marks |= bit(Mark.REPEATED);
        }
        String container = words.isEmpty() ? "" : words.strip();
        blocks.add(new Block(blocks.size(), value, kind, level, toSet(marks), linkDensity, container, layout));
    }

    private static Set<Mark> toSet(int marks) {
        EnumSet<Mark> set = EnumSet.noneOf(Mark.class);
        for (Mark mark : MARKS) {
            if ((marks & bit(mark)) != 0) {
                set.add(mark);
            }
        }
        return set;
    }

    private static int bit(Mark mark) {
        return 1 << mark.ordinal();
    }

    private String wordsOf(Attributes attrs) {
        return attrs == null ? "" : vocabulary.wordsOf(attrs.get("class"), attrs.get("id"));
    }
}
