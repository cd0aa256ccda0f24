package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.Decision;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.LineFeatures;
import io.newsclean.text.PageLines;

/**
 * Drops a related-article teaser set into the body: a related card flattens to the image's
 * caption followed by the linked headline. So a headline-like line (no sentence ending, most
 * words capitalised) straight after a dropped caption or credit is the card's headline.
 * Must run after the caption rules, whose decisions it reads.
 */
public final class TeaserAfterCaptionRule implements Rule {
    public static final String REASON = "related-teaser";
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 20;
    private static final double MIN_CAPITALIZED = 0.6;

    @Override
    public String name() {
        return "teaser-after-caption";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        int i = block.index();
        if (i == 0 || context.decisionOf(i - 1) != Decision.DROP) {
            return Verdict.PASS;
        }
        PageLines page = LinePage.of(context);
        LineFeatures f = page.features(i);
        if (page.prose(i) || f.endsSentence() || f.words() < MIN_WORDS || f.words() > MAX_WORDS) {
            return Verdict.PASS;
        }
        LineFeatures before = page.features(i - 1);
        boolean captionBefore = !page.prose(i - 1) || page.phrase(i - 1) != null || before.words() >= MIN_WORDS;
        if (captionBefore && f.capitalizedShare() >= MIN_CAPITALIZED) {
            return Verdict.drop(REASON);
        }
        return Verdict.PASS;
    }
}
