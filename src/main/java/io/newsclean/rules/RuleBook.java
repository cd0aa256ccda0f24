package io.newsclean.rules;

import io.newsclean.model.Format;
import io.newsclean.rules.line.AltTextEchoRule;
import io.newsclean.rules.line.DatelineRule;
import io.newsclean.rules.line.ForeignScriptRule;
import io.newsclean.rules.line.GluedTeaserRule;
import io.newsclean.rules.line.HeadlineRule;
import io.newsclean.rules.line.KnownPhraseRule;
import io.newsclean.rules.line.OutsideBodyRule;
import io.newsclean.rules.line.RepeatedLineRule;
import io.newsclean.rules.line.ShortLineContextRule;
import io.newsclean.rules.line.SiteSuffixCaptionRule;
import io.newsclean.rules.line.TeaserAfterCaptionRule;

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
        return new RuleChain(List.of());
    }

    static RuleChain text() {
        return new RuleChain(List.of(
                // The headline is the title, not a paragraph; first, so no other reason claims it.
                new HeadlineRule(),
                // Prompts, notices and furniture known by their wording: the most specific reasons.
                new KnownPhraseRule(),
                // Captions stamped with the site's recurring name suffix.
                new SiteSuffixCaptionRule(),
                // An alt text said twice: run into its credit above, repeated as the caption below.
                new AltTextEchoRule(),
                // Short labels in another script than the page's: template strings.
                new ForeignScriptRule(),
                // Teaser cards flattened into a line: a title-case headline glued to its blurb.
                new GluedTeaserRule(),
                // Lines that are only a date or a time.
                new DatelineRule(),
                // Lines said twice on the page; the first copy inside the body stays.
                new RepeatedLineRule(),
                // Everything outside the stretch of the page that holds the article's prose.
                new OutsideBodyRule(),
                // Inside the body: a headline straight after a dropped caption is a teaser card.
                new TeaserAfterCaptionRule(),
                // Last, as it reads the others' decisions: short lines not framed by prose.
                new ShortLineContextRule()));
    }
}
