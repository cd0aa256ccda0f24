package io.newsclean.rules.line;

import io.newsclean.model.PageMetadata;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.P2;
import static io.newsclean.rules.line.LinePages.P3;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorBioRuleTest {
    private static final String BIO = "Jane Doe is a city hall reporter for the Daily Planet, where she has covered "
            + "the council and its budget since 2015.";

    private static PageFacts byJaneDoe() {
        return new PageFacts(new PageMetadata(List.of(), List.of("Jane Doe"), null, null, "en", null, null));
    }

    @Test
    void dropsTheAuthorsCardUnderTheArticle() {
        Judgement j = judge(byJaneDoe(), List.of(new AuthorBioRule()), P1, P2, P3, "Jane Doe", BIO);
        assertEquals("author-bio", j.reasonOf(3));
        assertTrue(dropped(j, 4), "a bio long enough to be a paragraph is still the author's card");
        assertFalse(dropped(j, 2));
    }

    @Test
    void keepsTheAuthorsNameWhereTheArticleGoesOn() {
        // the trap: a columnist who names herself in a paragraph with more of the article after it
        String own = "Jane Doe has driven over the old bridge every morning for twenty years, and she was not "
                + "surprised at all when the council finally said that it would close.";
        Judgement j = judge(byJaneDoe(), List.of(new AuthorBioRule()), P1, own, P2, P3);
        assertFalse(dropped(j, 1));
    }

    @Test
    void keepsALineThatOpensWithAnotherName() {
        String quote = "Jane Doerr, who runs the bakery by the bridge, said she would stay open all year.";
        Judgement j = judge(byJaneDoe(), List.of(new AuthorBioRule()), P1, P2, P3, quote);
        assertFalse(dropped(j, 3), "Doerr is not Doe");
    }

    @Test
    void withoutABylineNothingIsABio() {
        Judgement j = judge(LinePages.english(), List.of(new AuthorBioRule()), P1, P2, P3, BIO);
        assertFalse(dropped(j, 3));
    }
}
