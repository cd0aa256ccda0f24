package io.newsclean.rules.html;

/**
 * Subscription walls and metering notices that interrupt or end the article. Known by wording
 * only: pages also put "paywall" on the element that holds the paid article text itself.
 */
public final class PaywallRule extends PhraseRule {
    public PaywallRule() {
        super("paywall", "paywall", PromptPhrases.PAYWALL, null, 30,
                "subscri", "continue", "keep reading", "this article", "this content", "this story", "you have",
                "access", "free article", "trial", "member");
    }
}
