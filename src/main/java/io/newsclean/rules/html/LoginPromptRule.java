package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.text.PhraseKind;

/** Log-in and register prompts, such as the one in front of a comment section. */
public final class LoginPromptRule extends PhraseRule {
    public LoginPromptRule() {
        super("login-prompt", "login-prompt", ClassVocabulary.LOGIN, 20, PhraseKind.LOGIN_PROMPT);
    }
}
