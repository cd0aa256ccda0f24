package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;

/** Cookie and consent banners. */
public final class CookieNoticeRule extends PhraseRule {
    public CookieNoticeRule() {
        super("cookie-notice", "cookie-notice", PromptPhrases.COOKIES, ClassVocabulary.COOKIE, 60, "cookie");
    }
}
