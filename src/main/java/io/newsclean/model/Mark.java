package io.newsclean.model;

/** Structural facts the HTML reader records about where a block stood on the page. */
public enum Mark {
    /** Inside the container chosen as the main content. */
    IN_MAIN,
    IN_FIGURE,
    IN_ASIDE,
    IN_NAV,
    IN_HEADER,
    IN_FOOTER,
    IN_COMMENTS,
    IN_FORM,
    /** Hidden by markup (hidden attribute, display:none, aria-hidden, template). */
    HIDDEN,
    /** Inside a dialog, modal or pop-up layer. */
    IN_DIALOG,
    /** Inside a template: markup kept for scripts to fill in, never shown as it is. */
    TEMPLATE,
    /** Text that came from an image's alt or title attribute. */
    IMAGE_TEXT,
    /** The same text (40 characters or more) already appeared in an earlier block of the main content. */
    REPEATED,
    /** All of the block's text sits inside links. */
    ALL_LINK
}
