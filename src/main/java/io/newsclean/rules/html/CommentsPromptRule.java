package io.newsclean.rules.html;

import io.newsclean.text.PhraseKind;

/** Comment counts, comment prompts and the controls of a comment thread. */
public final class CommentsPromptRule extends PhraseRule {
    public CommentsPromptRule() {
        super("comments-prompt", "comments", null, 12, PhraseKind.COMMENTS, PhraseKind.COMMENT_SIGNATURE,
                PhraseKind.COMMENT_CONTROLS);
    }
}
