package io.newsclean.rules.html;

/** Comment counts, comment prompts and the controls of a comment thread. */
public final class CommentsPromptRule extends PhraseRule {
    public CommentsPromptRule() {
        super("comments-prompt", "comments", PromptPhrases.COMMENTS, null, 12);
    }
}
