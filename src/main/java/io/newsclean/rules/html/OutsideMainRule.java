package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PhraseKind;

/**
 * Text outside the main-content container is page chrome. The reason names the chrome when the
 * markup says what it is, so {@code --explain} stays readable on a whole page.
 */
public final class OutsideMainRule implements Rule {
    private static final Verdict NAVIGATION = Verdict.drop("navigation");
    private static final Verdict COMMENTS = Verdict.drop("comments");
    private static final Verdict LOGIN = Verdict.drop("login-prompt");
    private static final Verdict REGISTRATION = Verdict.drop("registration-notice");
    private static final Verdict DIALOG = Verdict.drop("dialog");
    private static final Verdict FORM = Verdict.drop("form");
    private static final Verdict FOOTER = Verdict.drop("footer");
    private static final Verdict ASIDE = Verdict.drop("aside");
    private static final Verdict CAPTION = Verdict.drop("image-caption");
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
        if ((block.has(Mark.IN_DIALOG) || block.has(Mark.IN_COMMENTS)) && BlockShape.atMostWords(block, context, 20)) {
            // Short lines of dialogs and comment boxes are few, so reading their words costs little.
            if (PromptWording.has(block, context, PhraseKind.REGISTRATION_NOTICE)) {
                return REGISTRATION;
            }
            if (PromptWording.has(block, context, PhraseKind.LOGIN_PROMPT)) {
                return LOGIN;
            }
        }
        if (block.has(Mark.IN_COMMENTS)) {
            return COMMENTS;
        }
        if (block.has(Mark.IN_DIALOG)) {
            return DIALOG;
        }
        if (block.has(Mark.IN_NAV) || block.has(Mark.IN_HEADER) || block.has(Mark.ALL_LINK)) {
            return NAVIGATION;
        }
        if (block.has(Mark.IMAGE_TEXT) || block.has(Mark.IN_FIGURE) || block.kind() == BlockKind.CAPTION) {
            return CAPTION;
        }
        if (block.has(Mark.IN_FOOTER)) {
            return FOOTER;
        }
        if (block.has(Mark.IN_ASIDE)) {
            return ASIDE;
        }
        return block.has(Mark.IN_FORM) ? FORM : OUTSIDE;
    }
}
