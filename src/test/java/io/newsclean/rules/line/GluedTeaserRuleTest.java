package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GluedTeaserRuleTest {

    @Test
    void dropsAHeadlineGluedToItsBlurb() {
        Judgement j = judge(new GluedTeaserRule(),
                "Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape.",
                "Is Violence In Sports On The Rise?Violence is part of the game in many sports but not like this.",
                P1);
        assertEquals("related-teaser", j.reasonOf(0));
        assertEquals("related-teaser", j.reasonOf(1));
        assertFalse(dropped(j, 2));
    }

    @Test
    void keepsCamelCaseNamesInSentences() {
        Judgement j = judge(new GluedTeaserRule(),
                "Comedian George Lopez stopped by HuffPost Live this year, and spoke briefly about his show.",
                "Health insurers Cigna, Aetna, Humana, and UnitedHealth Group have also been courted.",
                "DALLAS (AP) — Democratic presidential candidate Martin O’Malley is shifting staff to Iowa.",
                "Apple Unveils New iPhone");
        for (int i = 0; i < 4; i++) {
            assertFalse(dropped(j, i), "line " + i);
        }
    }
}
