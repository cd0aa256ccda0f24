package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

/**
 * Text outside the main-content container is page chrome. The reason names the chrome when the
 * markup says what it is.
 */
public final class OutsideMainRule implements Rule {
    private static final Verdict NAVIGATION = Verdict.drop("navigation");
    private static final Verdict COMMENTS = Verdict.drop("comments");
    private static final Verdict LOGIN = Verdict.drop("login-prompt");
    private static final Verdict OUTSIDE = Verdict.drop("outside-article");

    @Override
    public String name() {
        return "outside-main";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (block.has(Mark.IN_MAIN)) {
            return Verdict.PASS;
        }
        if (block.has(Mark.IN_NAV) || block.has(Mark.IN_HEADER)) {
            return NAVIGATION;
        }
        if (block.has(Mark.IN_COMMENTS)) {
            return COMMENTS;
        }
        if (block.has(Mark.IN_DIALOG) || block.has(Mark.IN_FORM)) {
            return LOGIN;
        }
        return OUTSIDE;
    }
}
