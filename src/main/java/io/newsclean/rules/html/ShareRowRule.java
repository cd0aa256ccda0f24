package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.text.PhraseKind;

/** Share and social rows ("Share Tweet Email"), and the prompts to share the story. */
public final class ShareRowRule extends PhraseRule {
    public ShareRowRule() {
        super("share-row", "share-prompt", ClassVocabulary.SHARE, 15, PhraseKind.SHARE_PROMPT);
    }
}
