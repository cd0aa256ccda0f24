package io.newsclean.quotes.speakers;

import io.newsclean.quotes.attribution.SpeakerPhrases;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.Paragraph;
import io.newsclean.quotes.text.QuotedSegment;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the resolver turns the words at an attribution into a speaker, given the article around them. Cases that
 * run the whole quote pass are in the speakers table (see QuoteTableTest).
 */
class SpeakerResolutionTest {

    @Test
    void titlesRolesPossessivesAndInitialsAroundANameAreLeftOut() {
        assertEquals(List.of("Matthew", "Boyle"), Names.nameTokens("Washington Political Editor Matthew Boyle"));
        assertEquals(List.of("Patrick", "J.", "Toomey"), Names.nameTokens("Pennsylvania's Patrick J. Toomey"));
        assertEquals(List.of("Clinton"), Names.nameTokens("Celebrating Clinton"));
        assertEquals(List.of("Larry", "Host"), Names.nameTokens("Larry Host"), "a role word that ends the run is the surname");
    }

    @Test
    void aContractionIsNoSpeakerButAPossessiveNameIs() {
        String text = "It’s Clinton’s campaign";
        assertFalse(SpeakerPhrases.isSpeakerLike(text, new int[]{0, 4}));
        assertTrue(SpeakerPhrases.isSpeakerLike(text, new int[]{5, text.length()}));
    }

    @Test
    void aPhraseCutShortBeforeAPronounResolvesAsThePronoun() {
        List<String> paragraphs = List.of(
                "Party chairman Chris Carr announced the spending.",
                "It is an investment he says will pay off.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("Chris Carr", resolver.resolve("an investment he", 1, 0));
        assertNull(resolver.resolve("an investment she", 1, 0), "no woman has been named");
    }

    @Test
    void aPlaceBesideADescriptionIsNoName() {
        List<String> paragraphs = List.of("In Iowa, the party spokesman took questions.");
        assertEquals("the party spokesman", resolverFor(paragraphs).resolve("the party spokesman", 0, 9));
    }

    @Test
    void anAttributionSetInsideTheSentenceIsNoApposition() {
        List<String> paragraphs = List.of("Hillary Clinton, a top aide said, will campaign in Ohio.",
                "Huma Abedin, a top aide, said the campaign would go on.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("a top aide", resolver.resolve("a top aide", 0, 17));
        assertEquals("Huma Abedin", resolver.resolve("a top aide", 1, 13));
    }

    @Test
    void aMentionRunningOnPastANameAndAVerbIsThatName() {
        List<String> paragraphs = List.of("François Hollande met Donald Trump and Gary Byrne in Paris.",
                "Hollande denounced Trump’s remarks. Byrne gives an account of Clinton in his book.",
                "Clinton defenders today say so.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("François Hollande", resolver.resolve("Hollande denounced Trump’s", 1, 0));
        assertEquals("Gary Byrne", resolver.resolve("Byrne gives an account of Clinton", 1, 36));
        // a noun in -s after a name is no verb: the mention stays as written
        assertEquals("Clinton defenders today", resolver.resolve("Clinton defenders today", 2, 0));
    }

    @Test
    void aRoleBeforeAPrepositionIsTheSpeakerNotTheNameThePrepositionBringsIn() {
        List<String> paragraphs = List.of("Sen. Bernie Sanders campaigned in Iowa on Monday.",
                "The senator from Vermont called it rigged.",
                "A spokesman for Democratic presidential candidate Hillary Clinton called it outrageous.",
                "Former secretary of state Hillary Clinton called it a win.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        String spokesman = "A spokesman for Democratic presidential candidate Hillary Clinton";
        assertEquals("Bernie Sanders", resolver.resolve("The senator from Vermont", 1, 0));
        assertEquals(spokesman, resolver.resolve(spokesman, 2, 0));
        // without a determiner the role is a title before the speaker's own name
        assertEquals("Hillary Clinton", resolver.resolve("Former secretary of state Hillary Clinton", 3, 0));
    }

    @Test
    void oneOfAGroupIsNoNameButItsAppositionIs() {
        List<String> paragraphs = List.of("Trump University hired sales staff.",
                "One of the university's top executives, Michael Sexton, said none of the professors were chosen.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("Michael Sexton", resolver.resolve("One of the university's top executives", 1, 0));
        assertEquals("Patrick Murray", resolverFor(List.of("Patrick Murray of Monmouth University said so."))
                .resolve("Patrick Murray of Monmouth", 0, 0), "a name before 'of' is still the speaker");
    }

    @Test
    void aSpokesmanIsNotThePersonHeSpeaksForUnlessTheArticleCallsThemSo() {
        List<String> paragraphs = List.of("Prime Minister David Cameron said the remarks were divisive.",
                "The spokesman said the government would not comment further.",
                "Ari Fleischer said the report stands. The former top aide said more.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("The spokesman", resolver.resolve("The spokesman", 1, 0));
        // the subject of its own paragraph, described again, is still that person
        assertEquals("Ari Fleischer", resolver.resolve("The former top aide", 2, 39));
        List<String> described = List.of("Her spokesman, Brian Fallon, spoke on Monday.", "Hillary Clinton agreed.",
                "The spokesman said more.");
        assertEquals("Brian Fallon", resolverFor(described).resolve("The spokesman", 2, 0));
    }

    @Test
    void aDescriptionTakesTheGenderOfItsRoleNoun() {
        List<String> paragraphs = List.of("Donna Lages runs the shop on Main Street.",
                "Adel Nefzi said he was scared.",
                "The woman said she was not.",
                "The man said he was.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("Donna Lages", resolver.resolve("The woman", 2, 0));
        assertEquals("Adel Nefzi", resolver.resolve("The man", 3, 0));
    }

    @Test
    void aDescriptionThatNamesAPersonIsAboutSomeoneElse() {
        List<String> paragraphs = List.of("Abraham Lincoln walked the fairground on Saturday.",
                "The Lincoln actor said the crowd was kind.");
        assertEquals("The Lincoln actor", resolverFor(paragraphs).resolve("The Lincoln actor", 1, 0));
    }

    @Test
    void ofThePeopleDescribedWithARoleTheOneWithTheSameQualifierComesFirst() {
        List<String> paragraphs = List.of("Marco Rubio, the Florida senator, spoke on Monday.",
                "Ted Cruz, the Texas senator, spoke after him.",
                "The Florida senator said more.",
                "The senator said even more.");
        SpeakerResolver resolver = resolverFor(paragraphs);
        assertEquals("Marco Rubio", resolver.resolve("The Florida senator", 2, 0));
        // with no qualifier the latest person described so is meant
        assertEquals("Ted Cruz", resolver.resolve("The senator", 3, 0));
    }

    private static SpeakerResolver resolverFor(List<String> paragraphs) {
        List<List<QuotedSegment>> segments = new ArrayList<>();
        List<Paragraph> layer = new ArrayList<>();
        for (String p : paragraphs) {
            segments.add(List.of());
            layer.add(new Paragraph(p, List.of(), Cues.forLanguage("en")));
        }
        return new SpeakerResolver(paragraphs, () -> new PersonIndex(layer, segments, Cues.forLanguage("en")));
    }
}
