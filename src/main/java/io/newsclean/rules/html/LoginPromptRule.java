package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;

/** Log-in and register prompts, such as the one in front of a comment section. */
public final class LoginPromptRule extends PhraseRule {
    public LoginPromptRule() {
        super("login-prompt", "login-prompt", PromptPhrases.LOGIN, ClassVocabulary.LOGIN, 20,
                "log in", "login", "log-in", "sign in", "signin", "sign-in", "register", "sign up", "logged", "signed",
                "participate", "join", "take part", "account", "password");
    }
}
