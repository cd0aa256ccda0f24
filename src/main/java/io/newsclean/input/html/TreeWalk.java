package io.newsclean.input.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;

import java.util.Arrays;

/**
 * Walks an element's subtree in document order for a reader's pass, calling a jsoup
 * {@link NodeFilter} as {@code NodeTraversor.filter} does, with the same depths (the root at 0).
 * It keeps the path from the root as a stack of nodes and child positions, where jsoup's walk asks
 * every node for its next sibling and so looks the node up in its parent's child list, twice per
 * node: a walk costs about a third less this way, and the readers walk each page twice. The stack
 * is an array, not the call stack, so the deepest nesting a hostile page holds walks as well.
 *
 * <p>A head may answer {@code CONTINUE}, {@code SKIP_CHILDREN} or {@code SKIP_ENTIRELY} (the
 * tail is then not called, as with jsoup); a tail's answer is not read. The filter must not
 * change the tree.
 */
final class TreeWalk {
    private TreeWalk() {
    }

    static void filter(NodeFilter filter, Element root) {
        if (!visitHead(filter, root, 0)) {
            return;
        }
        Node[] parents = new Node[32];
        int[] sizes = new int[32];
        int[] nextChild = new int[32];
        int top = 0;
        parents[0] = root;
        sizes[0] = root.childNodeSize();
        while (top >= 0) {
            int i = nextChild[top];
            if (i == sizes[top]) {
                filter.tail(parents[top], top);
                top--;
                continue;
            }
            nextChild[top] = i + 1;
            Node child = parents[top].childNode(i);
            int depth = top + 1;
            if (visitHead(filter, child, depth)) {
                if (depth == parents.length) {
                    parents = Arrays.copyOf(parents, depth * 2);
                    sizes = Arrays.copyOf(sizes, depth * 2);
                    nextChild = Arrays.copyOf(nextChild, depth * 2);
                }
                top = depth;
                parents[top] = child;
                sizes[top] = child.childNodeSize();
                nextChild[top] = 0;
            }
        }
    }

    /**
     * Calls the head; true when the walk goes into the node's children (none counts as going into
     * them and coming straight out), so its tail comes once they are done. A node whose children
     * are skipped has its tail called here.
     */
    private static boolean visitHead(NodeFilter filter, Node node, int depth) {
        FilterResult result = filter.head(node, depth);
        return switch (result) {
            case CONTINUE -> true;
            case SKIP_CHILDREN -> {
                filter.tail(node, depth);
                yield false;
            }
            case SKIP_ENTIRELY -> false;
            default -> throw new UnsupportedOperationException("a reader's walk does not " + result);
        };
    }
}
