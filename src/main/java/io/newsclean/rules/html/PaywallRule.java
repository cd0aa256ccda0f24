package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;

/** Subscription walls and metering notices that interrupt or end the article. */
public final class PaywallRule extends PhraseRule {
    public PaywallRule() {
        super("paywall", "paywall", PromptPhrases.PAYWALL, ClassVocabulary.PAYWALL, 50);
    }
}
