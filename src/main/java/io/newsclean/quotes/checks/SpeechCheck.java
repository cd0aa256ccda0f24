package io.newsclean.quotes.checks;

import io.newsclean.model.Quote;

/** One reason a found quote is not someone's speech, asked of every quote after the page is read. */
public interface SpeechCheck {
    /** Whether {@code q} is to be dropped, knowing what the page's quotes say about it. */
    boolean drops(Quote q, PageVoice page);
}
