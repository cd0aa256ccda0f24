package io.newsclean.rules.html;

import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.model.PageMetadata;
import io.newsclean.rules.Decision;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.html.Blocks.PROSE;
import static io.newsclean.rules.html.Blocks.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rules that judge a block by where it stood on the page. */
class StructuralRulesTest {

    @Test
    void hiddenBlockRuleDropsHiddenAndTemplateText() {
        assertEquals("hidden", reason(new HiddenBlockRule(), "Subscribe today", Mark.HIDDEN));
        assertEquals("template-string", reason(new HiddenBlockRule(), "Title of the opened item", Mark.HIDDEN, Mark.TEMPLATE));
        assertNull(reason(new HiddenBlockRule(), PROSE));
    }

    @Test
    void outsideMainRuleDropsChromeAndNamesIt() {
        Judgement j = new Blocks().add(PROSE)
                .addOutsideMain("World", Mark.IN_NAV)
                .addOutsideMain("log in or register", Mark.IN_COMMENTS)
                .addOutsideMain("Registration was successful!", Mark.IN_DIALOG)
                .addOutsideMain("© 2016 Example. All rights reserved.", Mark.IN_FOOTER)
                .addOutsideMain(PROSE + " (sidebar)")
                .judge(new OutsideMainRule());
        assertEquals(Decision.KEEP, j.decisionOf(0));
        assertEquals("navigation", j.reasonOf(1));
        assertEquals("login-prompt", j.reasonOf(2));
        assertEquals("registration-notice", j.reasonOf(3));
        assertEquals("footer", j.reasonOf(4));
        assertEquals("outside-article", j.reasonOf(5));
    }

    @Test
    void boilerplateElementRuleDropsDeclaredChromeInsideTheArticle() {
        assertEquals("comments", reason(new BoilerplateElementRule(), PROSE, Mark.IN_COMMENTS));
        assertEquals("aside", reason(new BoilerplateElementRule(), PROSE, Mark.IN_ASIDE));
        assertEquals("navigation", reason(new BoilerplateElementRule(), "Next page", Mark.IN_NAV));
        assertEquals("promo", reason(new BoilerplateElementRule(), "Support us and make a difference.", BlockKind.PARAGRAPH, 0, "promo"));
        assertEquals("aside", reason(new BoilerplateElementRule(), PROSE, BlockKind.PARAGRAPH, 0, "sidebar"));
        assertNull(reason(new BoilerplateElementRule(), PROSE, BlockKind.PARAGRAPH, 0, "widget"));
        assertNull(reason(new BoilerplateElementRule(), PROSE));
    }

    @Test
    void templateTextRuleDropsUnrenderedMarkupButNotEditorialBrackets() {
        TemplateTextRule rule = new TemplateTextRule();
        assertEquals("template-string", reason(rule, "[button link=\"http://x\" type=\"big\"] Send us your review[/button]"));
        assertEquals("template-string", reason(rule, "Hello {{ user.name }}"));
        assertEquals("template-string", reason(rule, "This slideshow requires JavaScript."));
        assertNull(reason(rule, "\"I like that [Rudolph] played,\" he said, \"and we get another shot.\""));
        assertNull(reason(rule, PROSE));
    }

    @Test
    void imageTextRuleDropsAltTextCaptionsAndCredits() {
        ImageTextRule rule = new ImageTextRule();
        assertEquals("image-caption", reason(rule, "Soldiers walk as a helicopter flies overhead", Mark.IMAGE_TEXT));
        assertEquals("image-caption", reason(rule, "Ministers in Brussels", BlockKind.CAPTION, 0, ""));
        assertEquals("photo-credit", reason(rule, "© AFP 2021 / GERARD CERLESGeneral view of the entrance", Mark.IN_FIGURE));
        assertEquals("photo-credit", reason(rule, "Photo: Hau Dinh, AP"));
        assertEquals("image-caption", reason(rule, "The minister, left, on Friday", BlockKind.PARAGRAPH, 0, "caption"));
        assertEquals("image-caption", reason(rule, "Protesters have worn masks (Image: AGENCY )"));
        assertNull(reason(rule, PROSE));
        assertNull(reason(rule, "Photographs of the meeting were later published by the ministry, which said the "
                + "talks had been long and difficult and would go on next month."));
    }

    @Test
    void duplicateBlockRuleDropsRepeatedText() {
        assertEquals("duplicate", reason(new DuplicateBlockRule(), "The minister, left, on Friday", Mark.REPEATED));
        assertEquals("duplicate", reason(new DuplicateBlockRule(), "Ministers agree to meet again next month in Brussels",
                BlockKind.LIST_ITEM, 1.0, "", Mark.REPEATED));
        assertNull(reason(new DuplicateBlockRule(), PROSE));
    }

    @Test
    void duplicateBlockRuleKeepsAFinishedSentenceTheArticleSaysAgain() {
        DuplicateBlockRule rule = new DuplicateBlockRule();
        assertNull(reason(rule, "What inspired you to start cooking for a living?", Mark.REPEATED));
        assertNull(reason(rule, "Drink it within thirty minutes after your workout.", BlockKind.LIST_ITEM, 0, "", Mark.REPEATED));
        // The traps: the same sentence as a pull quote, or as an image's alt text.
        assertEquals("duplicate", reason(rule, "\"We will meet again,\" the minister said.", BlockKind.BLOCKQUOTE, 0, "",
                Mark.REPEATED));
        assertEquals("duplicate", reason(rule, "The minister arrives in Brussels on Friday.", Mark.REPEATED, Mark.IMAGE_TEXT));
    }

    @Test
    void siteNameSuffixRuleDropsTextEndingWithTheSitesOwnName() {
        PageFacts facts = new PageFacts(new PageMetadata(List.of(), List.of(), null, "Example News", "en", null, null));
        Judgement j = new Blocks()
                .add("Soldiers walk as a NATO helicopter flies overhead - Example News")
                .add(PROSE)
                .add("He said so in an interview with Example News")
                .judge(new SiteNameSuffixRule(), facts);
        assertEquals("image-caption", j.reasonOf(0));
        assertEquals(Decision.KEEP, j.decisionOf(1));
        assertEquals(Decision.KEEP, j.decisionOf(2));
    }

    @Test
    void repeatedTitleRuleDropsTheHeadlineInTheBody() {
        PageMetadata meta = new PageMetadata(List.of("Envoys to Meet Again", "Envoys to Meet Again | The Daily"),
                List.of(), null, null, "en", null, null);
        PageFacts facts = new PageFacts(meta);
        Judgement j = new Blocks().add("Envoys to Meet Again").add(PROSE)
                .add("Envoys", BlockKind.HEADING, 0, "").judge(new RepeatedTitleRule(), facts);
        assertEquals("title", j.reasonOf(0));
        assertEquals(Decision.KEEP, j.decisionOf(1));
        assertEquals(Decision.KEEP, j.decisionOf(2));
    }

    @Test
    void linkDenseRuleDropsLinkListsButNotCitingProse() {
        assertEquals("navigation", reason(new LinkDenseRule(), "Home About Contact", BlockKind.LIST_ITEM, 1.0, ""));
        assertNull(reason(new LinkDenseRule(), PROSE, BlockKind.PARAGRAPH, 0.2, ""));
        assertNull(reason(new LinkDenseRule(), "Ousted chief executive Adam Neumann can still reportedly name directors to "
                + "the board, even though he left the company.", BlockKind.LIST_ITEM, 0.9, ""));
        assertEquals("navigation", reason(new LinkDenseRule(), "More from our partners on the markets", BlockKind.PARAGRAPH, 1.0, ""));
    }

    @Test
    void paragraphContextKeepsAShortLineBetweenProse() {
        Judgement j = new Blocks().add(PROSE).add("NISSAN SENTRA").add(PROSE + " Again.").add("Close")
                .judge(new ParagraphContextRule());
        assertEquals(Decision.KEEP, j.decisionOf(1));
        assertEquals(null, j.ruleOf(3));
    }

    @Test
    void lowContentRuleDropsInterfaceFragmentsButNotHeadingsOrSentences() {
        assertEquals("low-content", reason(new LowContentRule(), "Image 1/8"));
        assertEquals("low-content", reason(new LowContentRule(), "Close"));
        assertNull(reason(new LowContentRule(), "What comes next", BlockKind.HEADING, 0, ""));
        assertNull(reason(new LowContentRule(), "He agreed."));
        // Unspaced scripts: each character counts as a word, so a short Japanese line is not a label.
        assertNull(reason(new LowContentRule(), "ショートカットタブを開き、ショートカットの欄を"));
        assertNull(reason(new LowContentRule(), PROSE));
    }
}
