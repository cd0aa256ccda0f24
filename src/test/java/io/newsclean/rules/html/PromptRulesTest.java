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
        assertEquals("registration-notice", reason(new RegistrationNoticeRule(),
                "Thank you! Registration was successful. Please check your inbox."));
        assertEquals("registration-notice", reason(new RegistrationNoticeRule(), "Vielen Dank für Ihre Registrierung"));
        assertNull(reason(new RegistrationNoticeRule(), PROSE));
        // the rule's own limit: a long paragraph that mentions a registration is the story
        assertNull(reason(new RegistrationNoticeRule(), "Registration was successful for most voters, officials said, "
                + "although some had to check your email twice, as one clerk put it, before the office closed at nine."));
    }

    @Test
    void loginPrompts() {
        assertEquals("login-prompt", reason(new LoginPromptRule(), "log in or register"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "Login | Register"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "To participate in the discussion"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "Sign in to comment"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "You must be signed in to post a comment."));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "Connectez-vous pour commenter"));
        assertEquals("login-prompt", reason(new LoginPromptRule(), "Profile", BlockKind.PARAGRAPH, 0, "login"));
        assertNull(reason(new LoginPromptRule(), "Voters had to register by October, officials said, and many did."));
    }

    @Test
    void newsletterPrompts() {
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Sign up for our daily newsletter"));
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Get the best stories delivered to your inbox"));
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Join 30,000 readers", BlockKind.PARAGRAPH, 0, "newsletter"));
        assertEquals("newsletter-prompt", reason(new NewsletterPromptRule(), "Jetzt den Newsletter abonnieren"));
        assertNull(reason(new NewsletterPromptRule(), PROSE));
        assertNull(reason(new NewsletterPromptRule(), "Subscribers of the paper fell by a third, the publisher said."));
    }

    @Test
    void paywallNotices() {
        assertEquals("paywall", reason(new PaywallRule(), "Subscribe now to continue reading"));
        assertEquals("paywall", reason(new PaywallRule(), "Already a subscriber? Log in"));
        assertEquals("paywall", reason(new PaywallRule(), "Cet article est réservé aux abonnés"));
        assertNull(reason(new PaywallRule(), PROSE));
        // pages call the element with the paid text itself "paywall": the box alone proves nothing
        assertNull(reason(new PaywallRule(), "The envoys met again.", BlockKind.PARAGRAPH, 0, "paywall"));
    }

    @Test
    void cookieNotices() {
        assertEquals("cookie-notice", reason(new CookieNoticeRule(),
                "We use cookies to give you the best experience. By browsing you agree to our cookie policy."));
        assertEquals("cookie-notice", reason(new CookieNoticeRule(), "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten."));
        assertNull(reason(new CookieNoticeRule(), "She baked cookies for the whole team on Friday."));
    }

    @Test
    void shareRows() {
        assertEquals("share-prompt", reason(new ShareRowRule(), "Share Facebook Twitter Telegram"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "FacebookTwitterEmail"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "Share this article"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "Copied!", BlockKind.PARAGRAPH, 0, "share"));
        assertEquals("share-prompt", reason(new ShareRowRule(), "Partager sur Facebook"));
        assertNull(reason(new ShareRowRule(), "Twitter shares fell 3% on Friday after the results."));
        assertNull(reason(new ShareRowRule(), "More"));
    }

    @Test
    void commentPrompts() {
        assertEquals("comments", reason(new CommentsPromptRule(), "12 Comments"));
        assertEquals("comments", reason(new CommentsPromptRule(), "Leave a comment"));
        assertEquals("comments", reason(new CommentsPromptRule(), "View all 12 comments"));
        assertEquals("comments", reason(new CommentsPromptRule(), "Reply"));
        assertEquals("comments", reason(new CommentsPromptRule(), "Los comentarios están cerrados"));
        assertNull(reason(new CommentsPromptRule(), "The minister declined to comment on the talks."));
    }

    @Test
    void promptsFollowThePagesLanguage() {
        PageFacts german = new PageFacts(new PageMetadata(List.of(), List.of(), null, null, "de-DE", null, null));
        Judgement j = new Blocks().add("Melden Sie sich an, um zu kommentieren").add("Log in to comment")
                .add("Connectez-vous pour commenter").add(PROSE)
                .judge(new LoginPromptRule(), german);
        assertEquals("login-prompt", j.reasonOf(0));
        // English is read on every page: sites of every language use English buttons
        assertEquals("login-prompt", j.reasonOf(1));
        // a page that says it is German is not read for French prompts
        assertEquals(Decision.KEEP, j.decisionOf(2));
        assertEquals(Decision.KEEP, j.decisionOf(3));
    }

    @Test
    void relatedTeasers() {
        RelatedTeaserRule rule = new RelatedTeaserRule();
        assertEquals("related-teaser", reason(rule, "NATO, Russia Consider Council Meeting", BlockKind.PARAGRAPH, 1.0, ""));
        assertEquals("related-teaser", reason(rule, "Read more: Envoys to meet again", BlockKind.PARAGRAPH, 0.8, ""));
        assertEquals("related-teaser", reason(rule, "Envoys to meet again", BlockKind.PARAGRAPH, 0, "related"));
        assertNull(reason(rule, PROSE, BlockKind.PARAGRAPH, 0.1, ""));
        assertNull(reason(rule, "Related talks went on in Geneva, where the envoys met.", BlockKind.PARAGRAPH, 0, ""));
        assertEquals("related-teaser", reason(rule, "Lesen Sie auch Die Gespräche gehen weiter", BlockKind.PARAGRAPH, 0.7, ""));
        assertEquals("related-teaser", reason(rule, "Читайте также: переговоры продолжатся", BlockKind.PARAGRAPH, 0, ""));
        // the cue alone is not enough: no link, no colon and a sentence of its own
        assertNull(reason(rule, "Lesen Sie auch die Antworten der Minister genau, sagte er.", BlockKind.PARAGRAPH, 0, ""));
    }

    @Test
    void aReadMoreContainerHoldingFullParagraphsIsTheRestOfTheArticle() {
        String longParagraph = PROSE + " " + PROSE + " " + PROSE;
        // The page wrote class="read-more", which the class vocabulary reads as "related".
        Judgement folded = new Blocks()
                .add(longParagraph, BlockKind.PARAGRAPH, 0, "related")
                .add("The press council is worried the law would end investigative reporting.", BlockKind.PARAGRAPH, 0, "related")
                // the trap: a box of teasers right after it, with its own class words and short blurbs only
                .add("Envoys to meet again", BlockKind.PARAGRAPH, 1.0, "related list")
                .add("The ministers say the talks will go on in Geneva next month.", BlockKind.PARAGRAPH, 0, "related list")
                .judge(new RelatedTeaserRule());
        assertEquals(Decision.KEEP, folded.decisionOf(0));
        assertEquals(Decision.KEEP, folded.decisionOf(1));
        assertEquals("related-teaser", folded.reasonOf(2));
        assertEquals("related-teaser", folded.reasonOf(3));
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
