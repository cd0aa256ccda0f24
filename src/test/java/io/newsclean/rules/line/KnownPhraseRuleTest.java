package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class KnownPhraseRuleTest {

    @Test
    void dropsPromptsWithTheirKindAsReason() {
        Judgement j = judge(new KnownPhraseRule(), "Registration was successful!", P1, "log in or register",
                "Share on Facebook", "Anzeige", "Читайте также: новые правила", "Заголовок статьи");
        assertEquals("registration-notice", j.reasonOf(0));
        assertFalse(dropped(j, 1));
        assertEquals("login-prompt", j.reasonOf(2));
        assertEquals("share-prompt", j.reasonOf(3));
        assertEquals("advertisement", j.reasonOf(4));
        assertEquals("read-more-prompt", j.reasonOf(5));
        assertFalse(dropped(j, 6), "a label it does not know is left to other rules");
    }
}
