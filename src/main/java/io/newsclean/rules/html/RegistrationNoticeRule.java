package io.newsclean.rules.html;

import io.newsclean.text.PhraseKind;

/** Notices about the reader's account (registration done, check your email) are page chrome. */
public final class RegistrationNoticeRule extends PhraseRule {
    public RegistrationNoticeRule() {
        super("registration-notice", "registration-notice", null, 20, PhraseKind.REGISTRATION_NOTICE);
    }
}
