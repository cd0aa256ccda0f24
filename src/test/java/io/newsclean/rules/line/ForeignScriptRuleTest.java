package io.newsclean.rules.line;

import io.newsclean.rules.Judgement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.rules.line.LinePages.P1;
import static io.newsclean.rules.line.LinePages.dropped;
import static io.newsclean.rules.line.LinePages.facts;
import static io.newsclean.rules.line.LinePages.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForeignScriptRuleTest {

    @Test
    void dropsALabelInAnotherScript() {
        Judgement j = judge(facts("en", null, null), List.of(new ForeignScriptRule()),
                P1, "Заголовок открываемого материала", "Он сказал: «Мы готовы к переговорам».", "Moscow",
                "Сбербанк");
        assertFalse(dropped(j, 0));
        assertEquals("template-string", j.reasonOf(1));
        assertFalse(dropped(j, 2), "a sentence is not a template string");
        assertFalse(dropped(j, 3));
        assertFalse(dropped(j, 4), "one foreign word is a name, not a label");
    }

    @Test
    void judgesByThePagesOwnScript() {
        Judgement j = judge(facts("ru", null, null), List.of(new ForeignScriptRule()),
                "Заголовок открываемого материала", "Read more stories");
        assertFalse(dropped(j, 0));
        assertTrue(dropped(j, 1));
    }

    @Test
    void doesNothingWhenTheLanguageIsUnknown() {
        Judgement j = judge(facts(null, null, null), List.of(new ForeignScriptRule()), "Заголовок открываемого материала");
        assertFalse(dropped(j, 0));
    }
}
