package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.rules.Decision;
import io.newsclean.rules.JudgeContext;

import java.util.List;

/**
 * Whether the article's own text stands right before or after a stretch of blocks (a list, a
 * table): a subheading or a paragraph of the main content that no rule has dropped. Figures and
 * hidden text between them do not count; anything else dropped does, so a list under a dropped
 * headline or byline is not led in by the article.
 */
final class ArticleText {
    /** How many figure blocks to look past; keeps the look linear. */
    private static final int REACH = 6;
    /** A line of this many words is a sentence of the article, not a label. */
    private static final int LINE_WORDS = 10;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** What the page calls chrome: a stretch inside such an element is not the article's. */
    private static final String[] CHROME = {
            ClassVocabulary.SHARE, ClassVocabulary.TAGS, ClassVocabulary.NAV, ClassVocabulary.BYLINE,
            ClassVocabulary.DATE, ClassVocabulary.RELATED, ClassVocabulary.AD, ClassVocabulary.NEWSLETTER,
            ClassVocabulary.PROMO, ClassVocabulary.WIDGET, ClassVocabulary.COMMENTS, ClassVocabulary.FOOTER,
            ClassVocabulary.SIDEBAR, ClassVocabulary.CAPTION, ClassVocabulary.CREDIT};

    private ArticleText() {
    }

    /** Whether the article's text stands before block {@code start}. */
    static boolean before(int start, JudgeContext context) {
        return isArticleText(neighbour(start, -1, context), context);
    }

    /** Whether the article's text stands after block {@code end}. */
    static boolean after(int end, JudgeContext context) {
        return isArticleText(neighbour(end, 1, context), context);
    }

    /** Whether the page calls the block's surroundings chrome. */
    static boolean inChrome(Block block) {
        if (block.container().isEmpty()) {
            return false;
        }
        for (String word : CHROME) {
            if (ClassVocabulary.has(block.container(), word)) {
                return true;
            }
        }
        return false;
    }

    private static Block neighbour(int from, int step, JudgeContext context) {
        List<Block> blocks = context.blocks();
        int seen = 0;
        for (int i = from + step; i >= 0 && i < blocks.size() && seen < REACH; i += step, seen++) {
            Block block = blocks.get(i);
            if (!block.has(Mark.IN_MAIN)) {
                return null;
            }
            if (context.decisionOf(i) != Decision.DROP) {
                return block;
            }
            if (!isFigure(block)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isFigure(Block block) {
        return block.has(Mark.IMAGE_TEXT) || block.has(Mark.IN_FIGURE) || block.has(Mark.HIDDEN)
                || block.kind() == BlockKind.CAPTION;
    }

    private static boolean isArticleText(Block block, JudgeContext context) {
        if (block == null || block.linkDensity() > MAX_LINK_DENSITY || inChrome(block)) {
            return false;
        }
        return switch (block.kind()) {
            case HEADING -> block.level() > 1;
            case PARAGRAPH, BLOCKQUOTE -> BlockShape.endsLikeSentence(block.text())
                    || !BlockShape.atMostWords(block, context, LINE_WORDS - 1);
            default -> false;
        };
    }
}
