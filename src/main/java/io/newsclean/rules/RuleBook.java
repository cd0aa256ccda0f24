package io.newsclean.rules;

import io.newsclean.model.Format;
import io.newsclean.rules.line.AltTextEchoRule;
import io.newsclean.rules.line.AuthorBioRule;
import io.newsclean.rules.line.DatelineRule;
import io.newsclean.rules.line.ForeignScriptRule;
import io.newsclean.rules.line.GluedTeaserRule;
import io.newsclean.rules.line.HeadlineRule;
import io.newsclean.rules.line.KnownPhraseRule;
import io.newsclean.rules.line.OutsideBodyRule;
import io.newsclean.rules.line.RepeatedLineRule;
import io.newsclean.rules.line.ShortLineContextRule;
import io.newsclean.rules.line.SiteSuffixCaptionRule;
import io.newsclean.rules.line.TableCellRule;
import io.newsclean.rules.line.TeaserAfterCaptionRule;
import io.newsclean.rules.html.AdvertisementLabelRule;
import io.newsclean.rules.html.BoilerplateElementRule;
import io.newsclean.rules.html.BylineRule;
import io.newsclean.rules.html.CommentsPromptRule;
import io.newsclean.rules.html.CookieNoticeRule;
import io.newsclean.rules.html.DataTableRule;
import io.newsclean.rules.html.DuplicateBlockRule;
import io.newsclean.rules.html.HiddenBlockRule;
import io.newsclean.rules.html.ImageTextRule;
import io.newsclean.rules.html.LinkDenseRule;
import io.newsclean.rules.html.ListRunRule;
import io.newsclean.rules.html.LoginPromptRule;
import io.newsclean.rules.html.LowContentRule;
import io.newsclean.rules.html.NewsletterPromptRule;
import io.newsclean.rules.html.OutsideMainRule;
import io.newsclean.rules.html.ParagraphContextRule;
import io.newsclean.rules.html.PaywallRule;
import io.newsclean.rules.html.RegistrationNoticeRule;
import io.newsclean.rules.html.RelatedTeaserRule;
import io.newsclean.rules.html.RepeatedTitleRule;
import io.newsclean.rules.html.ShareRowRule;
import io.newsclean.rules.html.SiteNameSuffixRule;
import io.newsclean.rules.html.TagListRule;
import io.newsclean.rules.html.TemplateTextRule;
import io.newsclean.rules.html.TimestampRule;

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
                // Everything outside the main content (the best container and the parts of the article
                // beside it, see MainContentChooser) is page chrome.
                new OutsideMainRule(),
                // Inside it, elements the markup declares as navigation, aside, comments, dialog or form.
                new BoilerplateElementRule(),
                // Image alt/title texts, figures, captions and credits, known by where they stand.
                new ImageTextRule(),
                // Captions that end with the page's own site name, wherever they stand.
                new SiteNameSuffixRule(),
                // The headline repeated at the top of the body.
                new RepeatedTitleRule(),
                // Second copies of the same text (gallery captions, pull quotes).
                new DuplicateBlockRule(),
                // Unrendered shortcodes, placeholders and no-script notices.
                new TemplateTextRule(),
                // Prompts and labels, each recognised by its wording or by what the page calls its box.
                new AdvertisementLabelRule(),
                new RegistrationNoticeRule(),
                new LoginPromptRule(),
                new NewsletterPromptRule(),
                new PaywallRule(),
                new CookieNoticeRule(),
                new ShareRowRule(),
                new CommentsPromptRule(),
                new RelatedTeaserRule(),
                new TagListRule(),
                // Short items of a list the article leads into, before the byline, date and label rules
                // judge them one by one.
                new ListRunRule(),
                // The cells of a data table the article leads into, for the same reason.
                new DataTableRule(),
                // Bylines and date lines inside the body.
                new BylineRule(),
                new TimestampRule(),
                // Menus and link lists: mostly-link blocks.
                new LinkDenseRule(),
                // Keeps a short line between two good paragraphs before the last rule can drop it.
                new ParagraphContextRule(),
                // Leftover interface fragments of a few words.
                new LowContentRule()));
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
                // Cells of a table in the body stay: a bare number there is a figure, not a date.
                new TableCellRule(),
                // Lines that are only a date or a time.
                new DatelineRule(),
                // Lines said twice on the page; the first copy inside the body stays.
                new RepeatedLineRule(),
                // Everything outside the stretch of the page that holds the article's prose.
                new OutsideBodyRule(),
                // The author's card under the article: no paragraph of the article follows it.
                new AuthorBioRule(),
                // Inside the body: a headline straight after a dropped caption is a teaser card.
                new TeaserAfterCaptionRule(),
                // Last, as it reads the others' decisions: short lines not framed by prose.
                new ShortLineContextRule()));
    }
}
