package io.newsclean.rules.html;

import io.newsclean.text.PhraseKind;

/**
 * Subscription walls and metering notices that interrupt or end the article. Known by wording
 * only: pages also put "paywall" on the element that holds the paid article text itself.
 */
public final class PaywallRule extends PhraseRule {
    public PaywallRule() {
        super("paywall", "paywall", null, 30, PhraseKind.PAYWALL);
    }
}
