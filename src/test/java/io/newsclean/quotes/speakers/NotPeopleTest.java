package io.newsclean.quotes.speakers;

import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Paragraph;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which capitalised runs an article itself shows are places or things, and which people it leaves alone. */
class NotPeopleTest {

    private static NotPeople of(String... paragraphs) {
        List<Paragraph> layer = new ArrayList<>();
        for (String p : paragraphs) {
            layer.add(new Paragraph(p, List.of(), Cues.forLanguage("en")));
        }
        return new NotPeople(layer, RunName::ofRun);
    }

    @Test
    void aNameAfterTheThatEndsInAnInstitutionsWordIsAThing() {
        NotPeople notPeople = of("The Washington Post reported the story on Monday.");
        assertTrue(notPeople.excludes("Washington Post", "Washington Post", true));
    }

    @Test
    void aPersonsNameBeforeTheNounItQualifiesStaysAPerson() {
        NotPeople notPeople = of("Voters fear a Hillary Clinton presidency.", "It was the Bernie Sanders campaign.");
        assertFalse(notPeople.excludes("Hillary Clinton", "Hillary Clinton", true));
        assertFalse(notPeople.excludes("Bernie Sanders", "Bernie Sanders", true));
    }

    @Test
    void aNameAfterAnInstitutionsOfOrForIsPartOfTheInstitution() {
        NotPeople notPeople = of("He chaired the Council of Economic Advisers under Obama.",
                "Jeffrey Lewis of the Center for Nonproliferation Studies wrote in December.");
        assertTrue(notPeople.excludes("Economic Advisers", "Economic Advisers", false));
        assertTrue(notPeople.excludes("Nonproliferation Studies", "Nonproliferation Studies", false));
        assertFalse(notPeople.excludes("Jeffrey Lewis", "Jeffrey Lewis", true), "a person named beside an institution");
    }

    @Test
    void aTitleInsideTheRunShowsAPerson() {
        NotPeople notPeople = of("The meeting was led by the Rev. Al Sharpton.");
        assertFalse(notPeople.excludes("Rev. Al Sharpton", "Al Sharpton", true));
    }

    @Test
    void aPlaceIsNoPersonUnlessItOpensWithAGivenName() {
        NotPeople notPeople = of("She grew up in El Paso and later in Paris Hilton country.");
        assertTrue(notPeople.excludes("El Paso", "El Paso", false));
        assertTrue(notPeople.excludes("But El Paso", "El Paso", false), "the name, not the run, is looked up");
        assertFalse(notPeople.excludes("Paris Hilton", "Paris Hilton", true));
    }

    @Test
    void anIndefinitePronounNamesNoOne() {
        NotPeople notPeople = of("Nobody asked about the plan.");
        assertTrue(notPeople.excludes("Nobody", "Nobody", false));
        assertFalse(notPeople.excludes("Noble", "Noble", false));
    }

    @Test
    void aHeadlineCapitalisesEveryWordButProseDoesNot() {
        NotPeople notPeople = of("Selenis Leyva Got Real About Being Called “A Real Woman.”",
                "Selenis Leyva opened up about being described as a real woman on the show.");
        assertTrue(notPeople.isHeadline(0));
        assertFalse(notPeople.isHeadline(1));
        assertFalse(of("Actress Selenis Leyva spoke on Monday.").isHeadline(0), "a short sentence of names still has its verb");
        assertFalse(of("François Hollande met Donald Trump and Gary Byrne in Paris.").isHeadline(0), "prose keeps 'and' lower-case");
        assertFalse(notPeople.isHeadline(5), "out of range");
    }

    @Test
    void aPlaceOpeningASentenceAfterButIsNoLaterHe() {
        List<io.newsclean.model.Quote> quotes = Quotes.extract(
                "Bernie Sanders campaigned in California on Monday.",
                "But California offered a unique opportunity.",
                "“We will win,” he said.");
        assertEquals("Bernie Sanders", Quotes.find(quotes, "We will win").speaker());
    }

    @Test
    void aHeadlineRunIsNoLaterShe() {
        List<io.newsclean.model.Quote> quotes = Quotes.extract(
                "Actress Selenis Leyva spoke on Monday.",
                "Selenis Leyva Got Real About Being Called Names.",
                "“I am proud,” she said.");
        assertEquals("Selenis Leyva", Quotes.find(quotes, "I am proud").speaker());
    }
}
