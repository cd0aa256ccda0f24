package io.newsclean.rules.html;

/** Notices about the reader's account (registration done, check your email) are page chrome. */
public final class RegistrationNoticeRule extends PhraseRule {
    public RegistrationNoticeRule() {
        super("registration-notice", "registration-notice", PromptPhrases.REGISTRATION, null, 20,
                "registration", "registering", "signing up", "link", "mail", "inbox", "verification");
    }
}
