package io.newsclean.quotes.attribution;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;
import io.newsclean.quotes.lexicon.Cues;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Cues, their tenses and inversions, and how the words at an attribution become a speaker. */
class AttributionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” Maria Lopez said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez says.|says|Maria Lopez",
            "“Taxes will rise,” Maria Lopez told reporters.|told|Maria Lopez",
            "“Taxes will rise,” Maria Lopez added.|added|Maria Lopez",
            "“Taxes will rise,” Maria Lopez noted.|noted|Maria Lopez",
            "“Taxes will rise,” Maria Lopez wrote in a letter.|wrote|Maria Lopez",
            "“Taxes will rise?” Maria Lopez asked.|asked|Maria Lopez",
            "“Taxes will rise,” Maria Lopez explained.|explained|Maria Lopez",
            "“Taxes will rise,” Maria Lopez has said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez was quoted as saying.|was quoted as saying|Maria Lopez",
            "“Taxes will rise,” said Maria Lopez, a budget analyst at the bank.|said|Maria Lopez",
            "“Taxes will rise,” according to Maria Lopez.|according to|Maria Lopez",
            "Maria Lopez said: “Taxes will rise.”|said|Maria Lopez",
            "Maria Lopez told the council, “Taxes will rise.”|told|Maria Lopez",
            "“Taxes will rise,” Maria Lopez, the city's budget chief, said.|said|Maria Lopez",
            "“Taxes will rise,” Maria Lopez barked.|barked|Maria Lopez"})
    void cuesTensesAndInversions(String paragraph, String cue, String speaker) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(speaker, q.speaker());
        assertEquals(QuoteType.DIRECT, q.type());
    }

    @Test
    void aColonIntroductionNamesTheSpeaker() {
        Quote q = Quotes.find(Quotes.extract("In a later interview, Maria Lopez went further: “Taxes will rise.”"), "Taxes");
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(":", q.cue());
    }

    @Test
    void theListenerIsNeverTheSpeaker() {
        List<Quote> quotes = Quotes.extract("“Taxes will rise,” Tom Reed told Gazeta.Ru during a visit.",
                "“Prices will fall,” he told CNN.");
        assertEquals("Tom Reed", Quotes.find(quotes, "Taxes").speaker());
        assertEquals("Tom Reed", Quotes.find(quotes, "Prices").speaker());
    }

    @Test
    void aSurnameAndATitleResolveToTheFullName() {
        List<Quote> quotes = Quotes.extract(
                "Gen. James Cartwright visited Moscow last week.",
                "“Cooperation will continue,” Gen. Cartwright said.");
        Quote q = Quotes.find(quotes, "Cooperation");
        assertEquals("James Cartwright", q.speaker());
        assertEquals("Gen. Cartwright", q.speakerMention());
    }

    @Test
    void pronounsResolveToTheLatestPersonOfThatGender() {
        List<Quote> quotes = Quotes.extract(
                "Senator Susan Park met Governor John Miles on Friday.",
                "“We agreed on the budget,” she said.",
                "“It was a long meeting,” he said.");
        assertEquals("Susan Park", Quotes.find(quotes, "We agreed").speaker());
        assertEquals("she", Quotes.find(quotes, "We agreed").speakerMention());
        assertEquals("John Miles", Quotes.find(quotes, "It was a long").speaker());
    }

    @Test
    void roleDescriptionsResolveToThePersonTheArticleDescribedSo() {
        List<Quote> quotes = Quotes.extract(
                "Spokeswoman Haley Morris said the campaign would move staff to Iowa.",
                "Bernie Sanders spoke in Boston on Sunday.",
                "“We are running a lean campaign,” the spokeswoman said.");
        Quote q = Quotes.find(quotes, "We are running");
        assertEquals("Haley Morris", q.speaker());
        assertEquals("the spokeswoman", q.speakerMention());
    }

    @Test
    void descriptionsOfGroupsStayAsWritten() {
        Quote q = Quotes.find(Quotes.extract("“We will appeal,” the campaign said."), "We will appeal");
        assertEquals("the campaign", q.speaker());
    }

    @Test
    void aQuoteOnlyParagraphBelongsToThePreviousSpeaker() {
        List<Quote> quotes = Quotes.extract(
                "“The market is tight,” said Lena Ortiz, an economist at the bank.",
                "“Nobody expected rates to stay this high for so long.”");
        Quote q = Quotes.find(quotes, "Nobody expected");
        assertEquals("Lena Ortiz", q.speaker());
        assertNull(q.speakerMention());
        assertEquals(1, q.paragraph());
    }

    @Test
    void aFragmentInsideReportedSpeechIsPartialAndItsSpeakerIsTheSubject() {
        List<Quote> quotes = Quotes.extract(
                "Haley Morris says the candidate has “always run a lean campaign and will continue to do so.”",
                "Carson took the stage in Baltimore and called the political system “rotten to the core.”");
        Quote morris = Quotes.find(quotes, "always run");
        assertEquals(QuoteType.PARTIAL, morris.type());
        assertEquals("Haley Morris", morris.speaker());
        assertEquals("says", morris.cue());
        Quote carson = Quotes.find(quotes, "rotten");
        assertEquals(QuoteType.PARTIAL, carson.type());
        assertEquals("Carson", carson.speaker());
    }

    @Test
    void aLongerFragmentWithNoCueIsTheSentenceSubjectsWithoutAMention() {
        List<Quote> quotes = Quotes.extract(
                "Tom Reed struck a different tone and backed “a fair deal for every family in the county.”");
        Quote q = Quotes.find(quotes, "a fair deal");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Tom Reed", q.speaker());
        assertNull(q.speakerMention());
        assertNull(q.cue());
    }

    @Test
    void aLowercaseQuoteRightAfterItsCueIsAFragment() {
        Quote q = Quotes.find(Quotes.extract("Tom Reed promised “a fair deal for every family in the county.”"), "a fair");
        assertEquals(QuoteType.PARTIAL, q.type());
        assertEquals("Tom Reed", q.speaker());
        assertEquals("promised", q.cue());
    }

    @Test
    void aQuoteEndingItsSentenceIsNotAttributedToTheNextSentence() {
        List<Quote> quotes = Quotes.extract(
                "Tom Reed warned the deal could lead to another “disaster for the whole region.” Anna Berg has said the opposite.");
        assertEquals("Tom Reed", Quotes.find(quotes, "disaster").speaker());
    }

    @Test
    void reportedSpeechIsIndirectWithTheReportedClauseAsText() {
        List<Quote> quotes = Quotes.extract(
                "Anatoly Antonov told journalists that Russia and the West still have military contacts.",
                "He noted that the ministry had expressed hope for a new meeting.",
                "According to Alexei Arbatov, an expert at the academy, the treaty needs modernization.",
                "Officials said the talks would resume in March.",
                "The talks will resume in March, a source in the ministry told Gazeta.Ru.");
        Quote told = Quotes.find(quotes, "that Russia and the West");
        assertEquals(QuoteType.INDIRECT, told.type());
        assertEquals("Anatoly Antonov", told.speaker());
        assertEquals("that Russia and the West still have military contacts", told.text());
        Quote noted = Quotes.find(quotes, "that the ministry had");
        assertEquals("Anatoly Antonov", noted.speaker());
        assertEquals("noted", noted.cue());
        Quote according = Quotes.find(quotes, "the treaty needs");
        assertEquals("Alexei Arbatov", according.speaker());
        assertEquals("according to", according.cue());
        assertEquals("Officials", Quotes.find(quotes, "the talks would").speaker());
        Quote source = Quotes.find(quotes, "The talks will resume");
        assertEquals("a source in the ministry", source.speaker());
        assertEquals(QuoteType.INDIRECT, source.type());
    }

    @Test
    void aPassiveIsNotReportedSpeech() {
        List<Quote> quotes = Quotes.extract("The meeting was announced by the deputy minister on Friday.");
        assertFalse(quotes.stream().anyMatch(q -> q.text().startsWith("by")), quotes.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” she points out.|points out|she",
            "“Taxes will rise,” Maria Lopez conceded.|conceded|Maria Lopez",
            "“Taxes will rise!” beamed Maria Lopez of Austin, Texas, who chairs the panel.|beamed|Maria Lopez",
            "“Taxes will rise!” the crowd cried out.|cried out|the crowd",
            "“Taxes will rise,” said Maria Lopez of the University of Texas School of Law at Austin.|said|Maria Lopez"})
    void aStatingVerbAnOutcryOrALongAffiliationStillAttributes(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aStatingVerbAfterAQuotedSentenceOrACapitalAfterAnOutcryAttributesNothing() {
        // a period ends the quoted sentence: what follows is a new one, whatever its verb
        Quote ended = Quotes.find(Quotes.extract("Maria Lopez spoke first. “Taxes will rise.” The council conceded."), "Taxes will rise");
        assertNull(ended.cue());
        // a capital after "!" opens a new sentence too
        Quote outcry = Quotes.find(Quotes.extract("“Taxes will rise!” Maria Lopez frowned at the figures."), "Taxes will rise");
        assertNull(outcry.cue());
    }

    @Test
    void aSentenceOpeningAccordingToIntroducesTheQuoteAfterIt() {
        Quote q = Quotes.find(Quotes.extract("According to Maria Lopez, “Taxes will rise next year.”"), "Taxes will rise");
        assertEquals("according to", q.cue());
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(QuoteType.DIRECT, q.type());
        // a cue of its own between the source and the quote introduces it instead
        Quote other = Quotes.find(Quotes.extract("According to Maria Lopez, the mayor said: “Taxes will rise next year.”"),
                "Taxes will rise");
        assertEquals("said", other.cue());
        assertEquals("the mayor", other.speakerMention());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise,” Will wrote.|wrote|Will",
            "“Taxes will rise,” federal prosecutors wrote in the filing.|wrote|federal prosecutors",
            "“Taxes will rise,” Maria Lopez, who chaired the city's budget panel for a decade and a half, told reporters.|told|Maria Lopez",
            "“Will taxes rise?” Lopez questioned.|questioned|Lopez"})
    void aSubjectTheCueParsersLeaveStillAttributes(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), paragraph.startsWith("“Will") ? "Will taxes" : "Taxes will rise");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aPrepositionOrAPronounBeforeTheCueIsNoSubject() {
        Quote q = Quotes.find(Quotes.extract("Maria Lopez said she “cannot walk down the street” without reporters asking her."),
                "cannot walk");
        assertNotEquals("without reporters", q.speakerMention());
        // a verb of judgement that goes on to an object after the quote is no attribution
        Quote judged = Quotes.find(Quotes.extract("“Will taxes rise?” Lopez questioned the mayor about it."), "Will taxes");
        assertNull(judged.cue());
    }

    @Test
    void aSentenceOfOnlyASpeakerAndACueAttributesTheQuoteBeforeIt() {
        Quote q = Quotes.find(Quotes.extract("\u201cI hope you find the emails that are missing.\u201d Sen. Tom Reed said."), "I hope");
        assertEquals("Tom Reed", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void aNewSentenceThatGoesOnIsNoAttribution() {
        Quote q = Quotes.find(Quotes.extract(
                "\u201cThe vote is over.\u201d Tom Reed said the count would start on Monday."), "The vote");
        assertNull(q.cue());
    }

    @Test
    void writtenWordsAreAttributedToWhatReadsThem() {
        List<Quote> quotes = Quotes.extract(
                "\u201cTrust in the Force, but always buckle up,\u201d read one highway sign near Phoenix.",
                "\u201cThere are invertebrates with more spine than the senator,\u201d reads a Wednesday editorial in the paper.");
        assertEquals("one highway sign near Phoenix", Quotes.find(quotes, "Trust in").speakerMention());
        assertEquals("a Wednesday editorial", Quotes.find(quotes, "There are").speakerMention());
    }

    @Test
    void aBookSomeoneReadsIsNoQuote() {
        List<Quote> quotes = Quotes.extract("Every summer she reads \u201cWar and Peace\u201d again.");
        assertFalse(Quotes.anyContains(quotes, "War and Peace"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "When Lopez raised the tax, Tom Reed fired back forcefully: “Taxes will rise.”|Tom Reed",
            "Lopez said the plan was sound, to which Tom Reed retorted: “Taxes will rise.”|Tom Reed",
            "At the meeting in Hudson, the Reed supporter retorted: “Taxes will rise.”|the Reed supporter"})
    void aVerbTheCueListDoesNotKnowIntroducesAQuoteAfterAColon(String paragraph, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aNameAfterAPrepositionBeforeAColonIsTheListener() {
        Quote q = Quotes.find(Quotes.extract(
                "Maria Lopez broke down what was wrong with the plan to the Dutch daily Tom Reed: “Taxes will rise.”"),
                "Taxes will rise");
        assertEquals("Maria Lopez", q.speaker());
    }

    @Test
    void aListThatFollowsAColonIsNoOnesSpeech() {
        Quote q = Quotes.find(Quotes.extract("The report listed: “Taxes will rise.”"), "Taxes will rise");
        assertNotEquals("listed", q.cue());
    }

    @Test
    void anInvertedCueThatOpensTheSentenceNamesTheSpeakerAfterIt() {
        Quote q = Quotes.find(Quotes.extract("Said Comey, \u201cThe thought that we erred is painful to us.\u201d"), "The thought");
        assertEquals("Comey", q.speakerMention());
    }

    @Test
    void aShareOfThoseAskedAnswersAsTheSpeaker() {
        List<Quote> quotes = Quotes.extract(
                "Voters were asked how likely a win was, to which 21 percent said \u201cnot too likely at all\u201d and 14 percent said "
                        + "\u201cnot at all likely now\u201d.");
        assertEquals("21 percent", Quotes.find(quotes, "not too").speakerMention());
        assertEquals("14 percent", Quotes.find(quotes, "not at all").speakerMention());
    }

    @Test
    void aBareNumberIsNoSpeaker() {
        String text = "21 buses";
        assertFalse(SpeakerPhrases.isSpeakerLike(text, new int[]{0, text.length()}));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "More from Jones: “Taxes will rise in every state next year.”|Jones",
            "From the report: “Taxes will rise in every state next year.”|the report",
            "Media shares blame for the forecast - HuffPollster: “Taxes will rise in every state next year.”|HuffPollster",
            "According to HuffPo: “Taxes will rise in every state next year.”|HuffPo"})
    void aSourceSetOffBeforeAColonIsTheSpeaker(String paragraph, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes will rise");
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aLongLineBeforeAColonNamesNoSource() {
        Quote q = Quotes.find(Quotes.extract(
                "Signs of a shift were there all along - and the polls in the final days of the race showed it: "
                        + "“Taxes will rise in every state next year.”"), "Taxes will rise");
        assertNotEquals("and the polls in the final days of the race showed it", q.speakerMention());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Taxes will rise, you know?” Tom Reed went on, as if he had not heard.|went on|Tom Reed",
            "After Lopez criticized him, Tom Reed shot back, “Taxes will rise anyway.”|shot back|Tom Reed",
            "As the Rainmakers sang back in the 1980s, “Taxes will rise and rise.”|sang|the Rainmakers"})
    void phrasalVerbsOfSpeechAttribute(String paragraph, String cue, String mention) {
        Quote q = Quotes.find(Quotes.extract(paragraph), "Taxes");
        assertEquals(cue, q.cue());
        assertEquals(mention, q.speakerMention());
    }

    @Test
    void aParticipleAfterAnInvertedCueSharesItsSubject() {
        Quote q = Quotes.find(Quotes.extract(
                "\u201cThe file is valuable,\u201d said Bill Skelly, explaining he worked with the data team: \u201cVito is outstanding with data.\u201d"),
                "Vito");
        assertEquals("Bill Skelly", q.speaker());
    }

    @Test
    void anObjectBeforeAParticipleIsNoSubject() {
        Quote q = Quotes.find(Quotes.extract(
                "Tom Reed announced his running mate, calling Maria Lopez \u201cmy partner in this campaign and beyond.\u201d"),
                "my partner");
        assertEquals("Tom Reed", q.speaker());
    }

    @Test
    void whoseViewOrWordsAQuotationGivesIsItsSpeaker() {
        List<Quote> quotes = Quotes.extract(
                "\u201cThis is an across-the-board failure\u201d from diplomacy to defense, in Bolton\u2019s view.",
                "In Forbes\u2019 words, \u201cthey are the most entrepreneurial places on the planet.\u201d");
        assertEquals("Bolton", Quotes.find(quotes, "This is").speakerMention());
        assertEquals("Forbes", Quotes.find(quotes, "they are").speakerMention());
    }

    @Test
    void aViewOfSomethingNamesNoSpeaker() {
        Quote q = Quotes.find(Quotes.extract("\u201cThis is an across-the-board failure\u201d from diplomacy to defense, in full view."),
                "This is");
        assertNull(q.speakerMention());
    }

    @Test
    void theWordsAfterAParticipleAreWhatWasSaidNotTheSpeaker() {
        List<Quote> quotes = Quotes.extract("Donald Trump has delivered an impassioned defense of \u201cNew York values,\u201d saying the city "
                + "embodied the \u201cbravery, heart and soul of America.\u201d");
        assertEquals("Donald Trump", Quotes.find(quotes, "New York values").speaker());
    }

    @Test
    void anInvertedPastTenseCueStillNamesTheSpeakerAfterIt() {
        List<Quote> quotes = Quotes.extract("\u201cWe will win this state,\u201d said the city manager, Ann Lee.");
        assertEquals("Ann Lee", Quotes.find(quotes, "We will").speaker());
    }
}
