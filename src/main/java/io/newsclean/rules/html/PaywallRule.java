package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;

/** Subscription walls and metering notices that interrupt or end the article. */
public final class PaywallRule extends PhraseRule {
    public PaywallRule() {
        super("paywall", "paywall", PromptPhrases.PAYWALL, ClassVocabulary.PAYWALL, 30,
                "subscri", "continue", "keep reading", "this article", "this content", "this story", "you have",
                "access", "free article", "trial", "member");
    }
}
