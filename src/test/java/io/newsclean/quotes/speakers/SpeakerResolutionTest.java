package io.newsclean.quotes.speakers;

import io.newsclean.model.Quote;
import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.attribution.MentionParser;
import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.text.QuotedSegment;
import io.newsclean.quotes.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which earlier person a pronoun, a surname or a quote-only paragraph goes to, and which it must not. */
class SpeakerResolutionTest {

    private static String speakerOf(String prefix, String... paragraphs) {
        return Quotes.find(Quotes.extract(paragraphs), prefix).speaker();
    }

    @Test
    void aNameAfterAPronounSubjectIsNoSubjectForALaterHe() {
        assertEquals("Bruce Levell", speakerOf("He is a good guy",
                "Georgia businessman Bruce Levell backs the campaign.",
                "Levell is on a mission. He dismisses claims that Donald Trump is a racist.",
                "“He is a good guy,” he said."));
    }

    @Test
    void aNameThatOpensItsClauseStaysTheSubject() {
        assertEquals("Donald Trump", speakerOf("He is a good guy",
                "Georgia businessman Bruce Levell backs the campaign.",
                "On Monday, Donald Trump thanked the crowd.",
                "“He is a good guy,” he said."));
    }

    @Test
    void aNameAfterAReportingVerbInsideASentenceIsNotItsSubject() {
        assertEquals("Josh Earnest", speakerOf("I would think so",
                "White House spokesman Josh Earnest said Barack Obama has kept in touch with his supporters.",
                "“I would think so,” he said."));
    }

    @Test
    void aSurnameGivenInFullLaterTakesTheFirstNamesGender() {
        List<Quote> quotes = Quotes.extract(
                "Fiorina said the deal was sound.",
                "Carly Fiorina ran the company for six years.",
                "“It was the right call,” he said.");
        assertNull(Quotes.find(quotes, "It was the right call").speaker(), "no man has been named");
    }

    @Test
    void aSharedSurnameAloneIsThePersonIntroducedFirst() {
        assertEquals("Carly Fiorina", speakerOf("We did the right thing",
                "Carly Fiorina ran the company for six years.",
                "Her husband, Frank Fiorina, stood by her through the merger.",
                "“We did the right thing,” Fiorina said."));
    }

    @Test
    void aPlaceNamedAfterInIsNoPerson() {
        assertEquals("Luis Ortega", speakerOf("It is hard",
                "Luis Ortega grew up in Santa Teresa.",
                "Santa Teresa sits on the border.",
                "“It is hard,” he said."));
    }

    @Test
    void aNameRunOverASentenceEndBelongsToTheLaterSentence() {
        assertEquals("Jason Chaffetz", speakerOf("There is no reason",
                "James Comey will testify about the decision on Hillary Clinton. Committee Chairman Jason Chaffetz said "
                        + "the questioning will start with Comey. “There is no reason to wait,” he said."));
    }

    @Test
    void aQuoteOnlyParagraphTakesThePreviousParagraphsSubject() {
        assertEquals("Maria Lopez", speakerOf("Taxes will rise",
                "Maria Lopez also spoke about the budget.",
                "“Taxes will rise next year.”"));
    }

    @Test
    void aPersonNamedAfterTheLastSpeakerTakesOverTheNextQuoteOnlyParagraph() {
        assertEquals("Jane Doe", speakerOf("They will lose",
                "“We will win,” Tom Reed said. Jane Doe disagreed.",
                "“They will lose.”"));
    }

    @Test
    void aSignatureLineAfterAQuoteOnlyParagraphNamesItsSpeaker() {
        assertEquals("Michelle Marks", speakerOf("The whole idea",
                "Delegates had their say.",
                "“The whole idea of a ‘Crooked Hillary’ is something we hear about all the time.”",
                "—Michelle Marks, Philadelphia."));
        // a line that goes on to a sentence of its own signs nothing
        assertNotEquals("Michelle Marks", speakerOf("The whole idea",
                "Delegates had their say.",
                "“The whole idea of a ‘Crooked Hillary’ is something we hear about all the time.”",
                "Michelle Marks walked out of the hall before the roll call began on the convention floor that night."));
    }

    @Test
    void aQuoteWithWordsAfterItIsNotQuoteOnly() {
        assertNotEquals("Maria Lopez", speakerOf("Taxes will rise",
                "Maria Lopez also spoke about the budget.",
                "“Taxes will rise next year,” reads an editorial in the Gazette."));
    }

    @Test
    void anUnknownVerbBeforeAndStillAttributes() {
        assertEquals("Tom Reed", speakerOf("Go back to your seat",
                "“Go back to your seat,” Tom Reed barked and a guard walked the man out."));
    }

    @Test
    void aVerbDoesNotJoinTheSubjectToTheNameAfterIt() {
        List<Quote> quotes = Quotes.extract(
                "Moderator Chuck Todd hosted the debate.",
                "Todd pressed party chairman Reince Priebus on the vote, insisting the party take the “higher ground” now.");
        assertEquals("Chuck Todd", Quotes.find(quotes, "higher ground").speaker());
    }

    @Test
    void aTitleStillJoinsTheDescriptionToTheName() {
        assertEquals("Ed Rendell", speakerOf("They will select",
                "Former Pennsylvania governor Ed Rendell disagreed, saying “They will select the winner.”"));
    }

    @Test
    void aDatelineIsNotTheSubject() {
        assertEquals("Chuck Grassley", speakerOf("a wise choice",
                "WASHINGTON — Sen. Chuck Grassley defended the delay, calling it “a wise choice” for the court."));
    }

    @Test
    void aDatelineWithAStateIsNotTheSubject() {
        assertEquals("Carlton Reeves", speakerOf("an affront",
                "JACKSON, Miss. - U.S. District Judge Carlton Reeves blocked the bill, calling it “an affront to the constitution.”"));
    }

    @Test
    void anUnattributedQuoteTakesThePersonItsParagraphIsAbout() {
        assertEquals("Sam Lau", speakerOf("There are no paper ballots",
                "Party officials say a recount cannot be done.",
                "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”"));
    }

    @Test
    void aQuoteCutOffByACommaIsAttributedByTheShortClauseAfterIt() {
        List<Quote> quotes = Quotes.extract(
                "“Jeb wants to be a tough guy tonight,” Donald Trump shot back.",
                "“Gun owners should leave their weapons at home,” opined the Plain Dealer.");
        assertEquals("Donald Trump", Quotes.find(quotes, "Jeb wants").speaker());
        assertEquals("shot back", Quotes.find(quotes, "Jeb wants").cue());
        // a newspaper is no person: its name stays as the article writes it
        assertEquals("the Plain Dealer", Quotes.find(quotes, "Gun owners").speaker());
        assertEquals("Howard Dean", speakerOf("Guns are a crisis",
                "“Guns are a crisis,” Howard Dean, the former governor of Vermont, proclaimed to the crowd."));
    }


    @Test
    void anAppositionAfterACommaEndedFragmentIsNoAttribution() {
        List<Quote> quotes = Quotes.extract(
                "The department said 2,093 emails were rated “confidential,” the lowest level of secrecy in the system.");
        assertTrue(quotes.stream().noneMatch(q -> "the lowest level of".equals(q.speakerMention())
                || "the lowest level".equals(q.speakerMention())), quotes.toString());
    }

    @Test
    void titlesRolesPossessivesAndInitialsAroundANameAreLeftOut() {
        assertEquals(List.of("Matthew", "Boyle"), Names.nameTokens("Washington Political Editor Matthew Boyle"));
        assertEquals(List.of("Patrick", "J.", "Toomey"), Names.nameTokens("Pennsylvania's Patrick J. Toomey"));
        assertEquals(List.of("Clinton"), Names.nameTokens("Celebrating Clinton"));
        assertEquals(List.of("Larry", "Host"), Names.nameTokens("Larry Host"), "a role word that ends the run is the surname");
    }

    @Test
    void aNameWithAnInitialIsAPerson() {
        assertEquals("Ernest D. Coursey", speakerOf("All of the properties",
                "County freeholder Ernest D. Coursey said the rally mattered to Donald Trump's former workers.",
                "“All of the properties had gone to hell,” he said."));
    }

    @Test
    void aContractionIsNoSpeakerButAPossessiveNameIs() {
        String text = "It’s Clinton’s campaign";
        assertFalse(MentionParser.isSpeakerLike(text, new int[]{0, 4}));
        assertTrue(MentionParser.isSpeakerLike(text, new int[]{5, text.length()}));
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
    void aNameInASubordinateClauseIsNoSubjectForALaterHe() {
        assertEquals("Paul Ryan", speakerOf("You always run",
                "Paul Ryan did not exude confidence when Jake Tapper asked about the Senate.",
                "“You always run like everything is on the line,” he said."));
        assertEquals("Jake Tapper", speakerOf("You always run",
                "Paul Ryan spoke on Sunday. Jake Tapper asked about the Senate.",
                "“You always run like everything is on the line,” he said."), "a main clause keeps its subject");
    }

    @Test
    void aNameAfterThatIsInAReportedClauseNotTheMainOne() {
        assertEquals("Ben Carson", speakerOf("Apparently not",
                "Ben Carson turned the story back on the Post, pointing out that the paper’s Robert Costa had reported the same in June.",
                "“Apparently not,” he said."));
        // with no "that", the name after a comma opens a clause of its own
        assertEquals("Robert Costa", speakerOf("Apparently not",
                "Ben Carson turned the story back on the Post, and Robert Costa said the paper stood by it.",
                "“Apparently not,” he said."));
    }

    @Test
    void aNameAfterAnAuxiliaryIsTheObject() {
        assertEquals("Paul Ryan", speakerOf("We hope our nominee",
                "Paul Ryan spoke to CNN. The Wisconsin Republican did give Donald Trump some credit.",
                "“We hope our nominee aspires to be Lincoln,” he said."));
    }

    @Test
    void aSentenceOpeningToOrAsForANameGivesThatPersonsView() {
        assertEquals("Rick Wilson", speakerOf("This is them",
                "Donald Trump spoke in Ohio.",
                "To Florida consultant Rick Wilson, the party line on Trump is just plain silly.",
                "“This is them trying to whistle past the graveyard,” he said."));
        assertEquals("Donald Trump", speakerOf("I am going to have",
                "Ted Cruz warned against a brokered convention.",
                "As for Donald Trump, he said he is not worried. “I am going to have the delegates,” he said."));
        // "to" before a name in the middle of a clause makes it an object, not a viewpoint
        assertEquals("Ted Cruz", speakerOf("This is them",
                "Ted Cruz spoke to Rick Wilson on Monday.",
                "“This is them trying to whistle past the graveyard,” he said."));
    }

    @Test
    void aDescriptionWithANameInAppositionIsThatPerson() {
        assertEquals("Robby Mook", speakerOf("We are winning",
                "Her campaign manager, Robby Mook, told reporters: “We are winning in every state.”"));
        assertEquals("John McCain", speakerOf("It will not work",
                "A former Republican presidential candidate -- John McCain, who lost in 2008 -- said: “It will not work.”"));
        assertEquals("Sam Lau", speakerOf("Both candidates did well",
                "Sam Lau, the communications director for the party, said: “Both candidates did well.”"));
    }

    @Test
    void anOrganisationOrAPlaceBesideADescriptionIsNoName() {
        assertEquals("The company", speakerOf("We will appeal",
                "The company, Acme Holdings, said: “We will appeal the ruling.”"));
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
    void aLoneSurnameOpeningASentenceWithAnAdverbAndAPastVerbIsAPerson() {
        assertEquals("Cruz", speakerOf("With an eye to February",
                "Donald Trump went with the odds on Sunday.",
                "Cruz openly admitted that his pick was political. “With an eye to February,” he said."));
        // no past-tense verb after the adverb: nothing shows the word is a person, so "he" stays with Trump
        assertEquals("Donald Trump", speakerOf("With an eye to February",
                "Donald Trump went with the odds on Sunday.",
                "Carolina openly hopes for a win. “With an eye to February,” he said."));
    }

    @Test
    void aPersonWhoseNameTellsNoGenderTakesThePronounsThatFollowThem() {
        assertEquals("Kelly Ayotte", speakerOf("We will win",
                "Kelly Ayotte spoke in Concord on Monday.",
                "Mitt Romney said his plan would work.",
                "“We will win,” she said."));
        // a given name tells more than a pronoun that may point elsewhere
        assertEquals("Kelly Ayotte", speakerOf("We will win",
                "Mitt Romney spoke in Concord on Monday.",
                "Kelly Ayotte said his plan would fail.",
                "“We will win,” she said."));
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
        List<List<int[]>> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            segments.add(List.of());
            sentences.add(Sentences.split(p, List.of()));
        }
        return new SpeakerResolver(paragraphs, () -> new PersonIndex(paragraphs, segments, sentences, Cues.forLanguage("en")));
    }
}
