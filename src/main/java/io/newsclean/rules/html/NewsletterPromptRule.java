package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.text.PhraseKind;

/** Newsletter and sign-up boxes placed in or after the article. */
public final class NewsletterPromptRule extends PhraseRule {
    public NewsletterPromptRule() {
        super("newsletter-prompt", "newsletter-prompt", ClassVocabulary.NEWSLETTER, 30, PhraseKind.NEWSLETTER_PROMPT);
    }
}
