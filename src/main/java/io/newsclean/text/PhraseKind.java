package io.newsclean.text;

import java.util.Locale;

/**
 * The kinds of page furniture the phrase files know, in the order a line is tested against them
 * (the first that matches names it). Each kind's wire name is the section name in the phrase
 * files and the reason a matching block is dropped with.
 */
public enum PhraseKind {
    TEMPLATE_STRING(30),
    REGISTRATION_NOTICE(25),
    LOGIN_PROMPT(25),
    COOKIE_NOTICE(80),
    PAYWALL(40),
    NEWSLETTER_PROMPT(25),
    SHARE_PROMPT(20),
    COMMENTS(20),
    /** A reply button or a commenter's signature ("Posted by Jane at 10:05 AM"): a thread has begun. */
    COMMENT_SIGNATURE(20, "comments"),
    COMMENT_CONTROLS(20, "comments"),
    READ_MORE_PROMPT(25),
    RELATED_TEASER(12),
    ADVERTISEMENT(15),
    FOOTER(40),
    PHOTO_CREDIT(25),
    IMAGE_CAPTION(80),
    BYLINE(12),
    DATELINE(15),
    NAVIGATION(8),
    /**
     * Words that open a related-article teaser ("Read also", "Lesen Sie auch"), the headline run
     * on after them. Only a hint: "Related talks went on..." opens prose the same way, so only a
     * caller that also sees the line's shape (links, a colon) may act on it.
     */
    TEASER_CUE(30, "related-teaser", true);

    /** Lines with more words than this are prose, whatever words they contain. */
    private final int maxWords;

    /** The drop reason, when it is not the section name. */
    private final String reason;

    /** Whether the wording alone does not settle what a line is, so classify never names the kind. */
    private final boolean hintOnly;

    PhraseKind(int maxWords) {
        this(maxWords, null, false);
    }

    PhraseKind(int maxWords, String reason) {
        this(maxWords, reason, false);
    }

    PhraseKind(int maxWords, String reason, boolean hintOnly) {
        this.maxWords = maxWords;
        this.reason = reason;
        this.hintOnly = hintOnly;
    }

    public int maxWords() {
        return maxWords;
    }

    /**
     * Whether the wording is only a hint that needs the line's shape besides: such a kind is
     * never the answer of {@link PhraseBook#classify}, only of a question about that kind.
     */
    public boolean hintOnly() {
        return hintOnly;
    }

    /**
     * Whether the kind stands where an article's text is over (comments, a footer, a prompt,
     * teasers), unlike pictures' credits and captions, which stand inside an article too.
     */
    public boolean endsArticleText() {
        return switch (this) {
            case COMMENTS, COMMENT_SIGNATURE, COMMENT_CONTROLS, FOOTER, NEWSLETTER_PROMPT, SHARE_PROMPT,
                 READ_MORE_PROMPT, RELATED_TEASER, REGISTRATION_NOTICE, LOGIN_PROMPT, PAYWALL -> true;
            default -> false;
        };
    }

    /** The kebab-case reason a block of this kind is dropped with. */
    public String reason() {
        return reason != null ? reason : section();
    }

    /** The kebab-case section name in the phrase files. */
    public String section() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static PhraseKind ofSection(String section) {
        for (PhraseKind kind : values()) {
            if (kind.section().equals(section)) {
                return kind;
            }
        }
        return null;
    }
}
