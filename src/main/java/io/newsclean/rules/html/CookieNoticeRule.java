package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.text.PhraseKind;

/** Cookie and consent banners. */
public final class CookieNoticeRule extends PhraseRule {
    public CookieNoticeRule() {
        super("cookie-notice", "cookie-notice", ClassVocabulary.COOKIE, 60, PhraseKind.COOKIE_NOTICE);
    }
}
