package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Inside the article container, elements whose markup says they are not the story: navigation,
 * asides (boxes, pull quotes), sidebars and calls to action, comment threads, dialogs and forms.
 */
public final class BoilerplateElementRule implements Rule {
    private static final Verdict NAVIGATION = Verdict.drop("navigation");
    private static final Verdict COMMENTS = Verdict.drop("comments");
    private static final Verdict ASIDE = Verdict.drop("aside");
    private static final Verdict DIALOG = Verdict.drop("dialog");
    private static final Verdict FORM = Verdict.drop("form");
    private static final Verdict PROMO = Verdict.drop("promo");

    @Override
    public String name() {
        return "boilerplate-element";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.has(Mark.IN_COMMENTS)) {
            return COMMENTS;
        }
        if (block.has(Mark.IN_NAV)) {
            return NAVIGATION;
        }
        if (block.has(Mark.IN_DIALOG)) {
            return DIALOG;
        }
        if (block.has(Mark.IN_ASIDE)) {
            return ASIDE;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.SIDEBAR)) {
            // Sidebars and rails placed inside the article column are boxes beside the story.
            return ASIDE;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.PROMO)) {
            return PROMO;
        }
        return block.has(Mark.IN_FORM) ? FORM : Verdict.PASS;
    }
}
