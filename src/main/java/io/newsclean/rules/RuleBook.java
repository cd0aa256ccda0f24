package io.newsclean.rules;

import io.newsclean.model.Format;
import io.newsclean.rules.html.HiddenBlockRule;
import io.newsclean.rules.html.OutsideMainRule;

import java.util.List;

/**
 * The ordered rule lists, one per front end. Order matters: the first rule to decide a block
 * settles it, and later rules can read earlier decisions. One comment per rule says why it is
 * where it is.
 */
public final class RuleBook {
    private RuleBook() {
    }

    public static RuleChain forFormat(Format format) {
        return format == Format.HTML ? html() : text();
    }

    static RuleChain html() {
        return new RuleChain(List.of(
                // Hidden text first: nobody sees it, wherever it stands.
                new HiddenBlockRule(),
                // Everything outside the chosen main-content container is page chrome.
                new OutsideMainRule()));
    }

    static RuleChain text() {
        return new RuleChain(List.of());
    }
}
