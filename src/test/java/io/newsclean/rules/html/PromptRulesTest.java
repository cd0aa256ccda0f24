package io.newsclean.rules.html;

import io.newsclean.model.BlockKind;
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

/** Rules that recognise boilerplate by its wording or by what the page calls its box. */
class PromptRulesTest {

    @Test
    void advertisementLabels() {
        assertEquals("advertisement", reason(new AdvertisementLabelRule(), "ADVERTISEMENT"));
        assertEquals("advertisement", reason(new AdvertisementLabelRule(), "Story continues below advertisement"));
        assertEquals("advertisement", reason(new AdvertisementLabelRule(), "Buy now", BlockKind.PARAGRAPH, 0, "ad"));
        assertNull(reason(new AdvertisementLabelRule(), "Advertisement spending rose by a third last year, the agency said."));
    }

    @Test
    void registrationNotices() {
        assertEquals("registration-notice", reason(new RegistrationNoticeRule(), "Registration was successful!"));
        assertEquals("registration-notice", reason(new RegistrationNoticeRule(), "Please follow the link from the email sent to"));
        assertNull(reason(new RegistrationNoticeRule(), PROSE));
    }

    @Test
    void loginPrompts() {
        assertEquals("login-prompt", reason(new LoginPromptRule(), "log in or register"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "To participate in the discussion"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "Sign in to comment"));
        assertNull(reason(new LoginPromptRule(), "Voters had to register by October, officials said, and many did."));
    }

    @Test
    void newsletterPrompts() {
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Sign up for our daily newsletter"));
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Get the best stories delivered to your inbox"));
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Join 30,000 readers", BlockKind.PARAGRAPH, 0, "newsletter"));
        assertNull(reason(new NewsletterPromptRule(), PROSE));
    }

    @Test
    void paywallNotices() {
        assertEquals("paywall", reason(new PaywallRule(), "Subscribe now to continue reading"));
        assertEquals("paywall", reason(new PaywallRule(), "Already a subscriber? Log in"));
        assertNull(reason(new PaywallRule(), PROSE));
    }

    @Test
    void cookieNotices() {
        assertEquals("cookie-notice", reason(new CookieNoticeRule(),
                "We use cookies to give you the best experience. By browsing you agree to our cookie policy."));
        assertNull(reason(new CookieNoticeRule(), "She baked cookies for the whole team on Friday."));
    }

    @Test
    void shareRows() {
        assertEquals("share-prompt", reason(new ShareRowRule(), "Share Facebook Twitter Telegram"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "Share this article"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "Copied!", BlockKind.PARAGRAPH, 0, "share"));
        assertNull(reason(new ShareRowRule(), "Twitter shares fell 3% on Friday after the results."));
    }

    @Test
    void commentPrompts() {
        assertEquals("comments", reason(new CommentsPromptRule(), "12 Comments"));
        assertEquals("comments", reason(new CommentsPromptRule(), "Leave a comment"));
        assertNull(reason(new CommentsPromptRule(), "The minister declined to comment on the talks."));
    }

    @Test
    void relatedTeasers() {
        RelatedTeaserRule rule = new RelatedTeaserRule();
        assertEquals("related-teaser", reason(rule, "NATO, Russia Consider Council Meeting", BlockKind.PARAGRAPH, 1.0, ""));
        assertEquals("related-teaser", reason(rule, "Read more: Envoys to meet again", BlockKind.PARAGRAPH, 0.8, ""));
        assertEquals("related-teaser", reason(rule, "Envoys to meet again", BlockKind.PARAGRAPH, 0, "related"));
        assertNull(reason(rule, PROSE, BlockKind.PARAGRAPH, 0.1, ""));
        assertNull(reason(rule, "Related talks went on in Geneva, where the envoys met.", BlockKind.PARAGRAPH, 0, ""));
    }

    @Test
    void tagLists() {
        assertEquals("tags", reason(new TagListRule(), "Tags: NATO, Russia, Syria"));
        assertEquals("tags", reason(new TagListRule(), "NATO Russia Syria", BlockKind.LIST_ITEM, 1, "tags"));
        assertNull(reason(new TagListRule(), PROSE));
    }

    @Test
    void bylines() {
        PageMetadata meta = new PageMetadata(List.of(), List.of("Robert Burns"), null, null, "en", null, null);
        PageFacts facts = new PageFacts(meta);
        Judgement j = new Blocks().add("By Sarah E. Needleman").add("Robert Burns").add("By the time the envoys met, it was late.")
                .add("Jane Doe, Contributing Writer", BlockKind.PARAGRAPH, 0, "byline").add(PROSE)
                .judge(new BylineRule(), facts);
        assertEquals("byline", j.reasonOf(0));
        assertEquals("byline", j.reasonOf(1));
        assertEquals(Decision.KEEP, j.decisionOf(2));
        assertEquals("byline", j.reasonOf(3));
        assertEquals(Decision.KEEP, j.decisionOf(4));
    }

    @Test
    void timestamps() {
        assertEquals("timestamp", reason(new TimestampRule(), "Updated 5:27 am CST, Wednesday, November 20, 2019"));
        assertEquals("timestamp", reason(new TimestampRule(), "16:52 29.01.2016"));
        assertEquals("timestamp", reason(new TimestampRule(), "Nov. 19, 2019 8:03 am ET"));
        assertNull(reason(new TimestampRule(), "On November 20, 2019 the envoys met."));
        assertNull(reason(new TimestampRule(), PROSE));
    }
}
