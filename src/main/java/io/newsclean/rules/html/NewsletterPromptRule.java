package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;

/** Newsletter and sign-up boxes placed in or after the article. */
public final class NewsletterPromptRule extends PhraseRule {
    public NewsletterPromptRule() {
        super("newsletter-prompt", "newsletter-prompt", PromptPhrases.NEWSLETTER, ClassVocabulary.NEWSLETTER, 30,
                "newsletter", "sign up", "subscribe", "inbox", "get our", "get the", "mail", "signing up");
    }
}
