package io.newsclean.input.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeWalkTest {
    /** Records every call; skips what a reader's pass skips (a script entirely, an aside's children). */
    private static final class Recorder implements NodeFilter {
        final List<String> calls = new ArrayList<>();

        @Override
        public FilterResult head(Node node, int depth) {
            calls.add("head " + name(node) + " " + depth);
            if (node instanceof Element el && el.normalName().equals("script")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element el && el.normalName().equals("aside")) {
                return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            calls.add("tail " + name(node) + " " + depth);
            return FilterResult.CONTINUE;
        }

        private static String name(Node node) {
            return node instanceof TextNode text ? "'" + text.text() + "'" : node.nodeName();
        }
    }

    private static void assertSameAsJsoup(Element root) {
        Recorder jsoup = new Recorder();
        NodeTraversor.filter(jsoup, root);
        Recorder ours = new Recorder();
        TreeWalk.filter(ours, root);
        assertEquals(jsoup.calls, ours.calls);
    }

    @Test
    void visitsInJsoupsOrderWithItsDepthsAndSkips() {
        Element body = Jsoup.parse("<div><p>one <b>two</b></p><script>x()</script><aside><p>teaser</p></aside>"
                + "<ul><li>a</li><li><em></em></li></ul></div><p>last</p>").body();
        assertSameAsJsoup(body);
        // the trap: a skipped element has no tail, an element whose children are skipped has one
        Recorder ours = new Recorder();
        TreeWalk.filter(ours, body);
        assertFalse(ours.calls.contains("tail script 2"));
        assertTrue(ours.calls.contains("tail aside 2"));
        assertFalse(ours.calls.contains("head 'teaser' 4"));
    }

    @Test
    void aLeafRootAndAnEmptyRootGetHeadAndTail() {
        assertSameAsJsoup(Jsoup.parse("<p></p>").body().child(0));
        assertSameAsJsoup(Jsoup.parse("").body());
    }

    @Test
    void deepNestingGrowsThePath() {
        // as deep as the parser nests (it caps the depth of a hostile page), far past the first stack
        Element body = Jsoup.parse("<div>".repeat(5_000) + "deep" + "</div>".repeat(5_000)).body();
        assertSameAsJsoup(body);
        Recorder ours = new Recorder();
        TreeWalk.filter(ours, body);
        int deepest = ours.calls.stream().mapToInt(c -> Integer.parseInt(c.substring(c.lastIndexOf(' ') + 1))).max().orElse(0);
        assertTrue(deepest > 100, "deepest level " + deepest);
    }

    @Test
    void refusesAnAnswerItDoesNotHonour() {
        NodeFilter stopper = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return FilterResult.STOP;
            }
        };
        assertThrows(UnsupportedOperationException.class,
                () -> TreeWalk.filter(stopper, Jsoup.parse("<p>x</p>").body()));
    }
}
