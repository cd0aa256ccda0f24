package io.newsclean.quotes.reported;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.Quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each reported-speech pattern takes, and what it refuses. */
class ReportedSpeechPatternsTest {

    private static List<Quote> indirect(String... paragraphs) {
        String[] all = new String[paragraphs.length + 1];
        all[0] = "Headline";
        System.arraycopy(paragraphs, 0, all, 1, paragraphs.length);
        return Quotes.extract(all).stream().filter(q -> q.type() == QuoteType.INDIRECT).toList();
    }

    @Test
    void everyCueOfASentenceReportsItsOwnClause() {
        List<Quote> quotes = indirect("Some friends say the mayor would look healthier with more rest, "
                + "while others say he has never been in better shape.");
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("the mayor would look healthier with more rest", quotes.get(0).text());
        assertEquals("he has never been in better shape", quotes.get(1).text());
    }

    @Test
    void aClauseStopsBeforeAQuotationWithItsOwnCue() {
        List<Quote> all = Quotes.extract("Headline",
                "Lazar said he welcomed extradition to the United States and added, “I will plead guilty.”");
        Quote reported = Quotes.find(all, "he welcomed");
        assertEquals("he welcomed extradition to the United States", reported.text());
        assertEquals(QuoteType.INDIRECT, reported.type());
        assertEquals(QuoteType.DIRECT, Quotes.find(all, "I will plead guilty").type());
    }

    @Test
    void aClauseHoldingAQuotedFragmentIsLeftToTheQuoteFinder() {
        List<Quote> all = Quotes.extract("Headline",
                "Maria Lopez said the budget plan was “dead on arrival” in the council.");
        assertFalse(all.stream().anyMatch(q -> q.type() == QuoteType.INDIRECT), all.toString());
        assertEquals(QuoteType.PARTIAL, Quotes.find(all, "dead on arrival").type());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez wants to raise taxes next spring.|to raise taxes next spring",
            "Maria Lopez declined to comment.|to comment",
            "Maria Lopez refused to sign the trade agreement.|to sign the trade agreement",
            "Maria Lopez plans to make her proposal at a stop in Fairfield.|to make her proposal at a stop in Fairfield",
            "Maria Lopez urged Congress to pass the bill.|Congress to pass the bill"})
    void intentionsReportTheirInfinitive(String paragraph, String text) {
        Quote q = Quotes.find(indirect(paragraph), text);
        assertEquals(text, q.text());
        assertEquals("Maria Lopez", q.speaker());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Clinton’s plan to cut taxes drew criticism from the council.",
            "The plan to cut taxes drew criticism from the council.",
            "Maria Lopez refused to Congress a second hearing on the bill.",
            "Clinton leads Sanders by 271 pledged delegates according to a count by the agency."})
    void nounsAndPrepositionsAreNoIntention(String paragraph) {
        assertTrue(indirect(paragraph).isEmpty(), indirect(paragraph).toString());
    }

    @Test
    void reportedQuestionsKeepTheirQuestionWord() {
        Quote q = Quotes.find(indirect("An Iowa voter asked if she might consider appointing the governor."), "if");
        assertEquals("if she might consider appointing the governor", q.text());
        Quote unnamed = Quotes.find(indirect("When asked why the campaign lost Iowa, Maria Lopez blamed the weather."), "why");
        assertEquals("why the campaign lost Iowa", unnamed.text());
        assertNull(unnamed.speaker());
    }

    @Test
    void anUnnamedQuestionAboutATopicIsNoReport() {
        assertTrue(indirect("Asked about the opioid crisis, the governor changed the subject quickly.").isEmpty());
    }

    @Test
    void laterAccordingToReportsTheWordsBeforeALongSource() {
        Quote q = Quotes.find(indirect("Forty percent of all contributions came from women, according to an analysis "
                + "of federal data by Crowdpac, a political crowdfunding website."), "Forty");
        assertEquals("Forty percent of all contributions came from women", q.text());
        assertEquals("according to", q.cue());
    }

    @Test
    void aSurveyNamedFirstReportsItsFinding() {
        Quote q = Quotes.find(indirect("In the new Post-ABC poll, the mayor wins about one in three primary voters."), "the mayor");
        assertEquals("the mayor wins about one in three primary voters", q.text());
        assertTrue(indirect("In the morning, the mayor wins about one in three primary voters.").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On foreign policy, 47% say the United States should send more troops.|the United States should send more troops",
            "Nearly half of Republicans said they prefer someone with experience.|they prefer someone with experience",
            "Many confidentiality agreements are never tested in court, legal experts say.|Many confidentiality agreements are never tested in court",
            "The poll showed the mayor losing supporters after the debate.|the mayor losing supporters after the debate"})
    void surveysAndGroupsAreSources(String paragraph, String text) {
        assertEquals(text, Quotes.find(indirect(paragraph), text).text());
    }

    @Test
    void showWithoutThatNeedsAPollOrRecordsAsSubject() {
        assertTrue(indirect("The candidates show the crowd a new video about the plant.").isEmpty());
        Quote q = Quotes.find(indirect("New polls released Sunday showed the mayor taking a lead."), "the mayor");
        assertEquals("the mayor taking a lead", q.text());
    }

    @Test
    void thatOnlyVerbsNeedThat() {
        Quote q = Quotes.find(indirect("The agency concluded that none of the methods suited the border agents."), "that none");
        assertEquals("that none of the methods suited the border agents", q.text());
        assertTrue(indirect("The agency concluded the meeting with a vote on the budget.").isEmpty());
        assertTrue(indirect("Maria Lopez knows the neighborhood around the plant very well.").isEmpty());
    }

    @Test
    void aParticipleReportsForTheMainSubject() {
        Quote q = Quotes.find(indirect("Clinton attacked the governor, saying he would appoint judges who oppose the law."),
                "he would");
        assertEquals("he would appoint judges who oppose the law", q.text());
        assertEquals("Clinton", q.speakerMention());
    }

    @Test
    void aClauseGoesOnThroughIncludingButStopsAtAParticiple() {
        Quote listed = Quotes.find(indirect("Maria Lopez said the plan would cover several costs, including tuition and housing."),
                "the plan");
        assertEquals("the plan would cover several costs, including tuition and housing", listed.text());
        Quote cut = Quotes.find(indirect("Maria Lopez said the plan would cover several costs, leaving the council to find the rest."),
                "the plan");
        assertEquals("the plan would cover several costs", cut.text());
    }

    @Test
    void aSideClauseEndsAtItsComma() {
        Quote q = Quotes.find(indirect("While critics argue that trading prisoners encourages kidnapping, "
                + "the president has approved several trades."), "that trading");
        assertEquals("that trading prisoners encourages kidnapping", q.text());
    }

    @Test
    void anAttributionSetOffByCommasReportsBothSides() {
        Quote q = Quotes.find(indirect("In the end, labor economists say, union voters almost always vote for Democrats."),
                "In the end");
        assertEquals("In the end union voters almost always vote for Democrats", q.text());
        assertEquals("labor economists", q.speakerMention());
    }

    @Test
    void hedgedClaimsKeepTheirSubjectAndHaveNoSpeaker() {
        Quote q = Quotes.find(indirect("In New Hampshire, Sanders appears to have a slight lead."), "Sanders");
        assertEquals("Sanders appears to have a slight lead", q.text());
        assertNull(q.speaker());
        Quote expected = Quotes.find(indirect("The president is expected to join the campaign soon."), "The president");
        assertEquals("The president is expected to join the campaign soon", expected.text());
    }

    @Test
    void appearingSomewhereIsNoHedge() {
        assertTrue(indirect("The governor appeared on Fox News on Sunday morning.").isEmpty());
        assertTrue(indirect("The defendant appears in court next week for a hearing.").isEmpty());
    }

    @Test
    void objectsOfCitingAndBackingAreTheStance() {
        Quote cited = Quotes.find(indirect("The senator voted no, citing the cost of the program."), "the cost");
        assertEquals("the cost of the program", cited.text());
        Quote backed = Quotes.find(indirect("Peter Thiel backed Ron Paul during the 2012 primaries."), "Ron Paul");
        assertEquals("Ron Paul", backed.text());
    }

    @Test
    void theReaderIsNoSource() {
        assertTrue(indirect("Do you think a socialist can win a general election?").isEmpty());
    }

    @Test
    void newCuesNeverIntroduceAQuotation() {
        List<Quote> all = Quotes.extract("Headline",
                "Paul Grant spoke at the rally on Monday.",
                "“We will win this state,” the governor wants.");
        assertFalse(all.stream().anyMatch(q -> "wants".equals(q.cue())), all.toString());
    }

    @Test
    void thatOpensTheReportedClause() {
        assertEquals("that the council will vote in March",
                Quotes.find(indirect("Maria Lopez said that the council will vote in March."), "that").text());
        assertEquals("the council will vote in March",
                Quotes.find(indirect("Maria Lopez said the council will vote in March."), "the council").text());
    }

    @Test
    void aCueAttributingAQuotationReportsNoClauseOfItsOwn() {
        List<Quote> all = Quotes.extract("Headline", "“We will win this state,” Maria Lopez said late last week.");
        assertFalse(all.stream().anyMatch(q -> q.type() == QuoteType.INDIRECT), all.toString());
        assertEquals(QuoteType.DIRECT, Quotes.find(all, "We will win").type());
        Quote next = Quotes.find(indirect("“We will win this state,” Maria Lopez said. "
                + "She said the council will vote on the budget in March."), "the council");
        assertEquals("Maria Lopez", next.speaker());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "He called the candidate a serial liar and birther who has repeatedly pledged to ban all visitors.",
            "It is a fight against the Republican-led Congress, which wants to limit the powers of the central bank.",
            "Glenn Beck, who supported Ted Cruz in the primary, spoke at the rally on Monday.",
            "He met a prominent committee member who openly supports the governor."})
    void aStanceInARelativeClauseIsNoReport(String paragraph) {
        assertTrue(indirect(paragraph).isEmpty(), indirect(paragraph).toString());
    }

    @Test
    void aStanceTowardsAPronounIsNoReport() {
        assertTrue(indirect("Chris Christie endorsed him last week.").isEmpty());
        assertEquals("Donald Trump", Quotes.find(indirect("Chris Christie endorsed Donald Trump last week."), "Donald").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Paul Manafort was hired to steer the campaign through what appeared to be a protracted fight for delegates.",
            "If the plan seems unlikely to pass, the mayor will try again."})
    void aHedgeInASideClauseIsNoClaim(String paragraph) {
        assertTrue(indirect(paragraph).isEmpty(), indirect(paragraph).toString());
    }

    @Test
    void aNamedOutletIsAllListener() {
        Quote q = Quotes.find(indirect("Maria Lopez told the Washington Post she would run again next year."), "she");
        assertEquals("she would run again next year", q.text());
    }

    @Test
    void aNounOfSayingReportsItsThatClause() {
        Quote q = Quotes.find(indirect("Some Democrats would take issue with the suggestion that the divisions "
                + "between the two are less clear than before."), "that the divisions");
        assertEquals("that the divisions between the two are less clear than before", q.text());
        assertNull(q.speaker());
        Quote owned = Quotes.find(indirect("Officials were alarmed by Maria Lopez's repeated assertion that the vote "
                + "was rigged."), "that the vote");
        assertEquals("Maria Lopez", owned.speakerMention());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Donald Trump's suggestion that the election is rigged alarmed officials.",
            "The council discussed the suggestion in a short meeting on Monday.",
            "He read the report that night.",
            "Officials voiced concern that it fails."})
    void aNounNeedsThatAndAClauseOutsideTheSubject(String paragraph) {
        assertTrue(indirect(paragraph).isEmpty(), indirect(paragraph).toString());
    }

    @Test
    void onlyVerbsOfSayingStandBeforeTheirSubject() {
        Quote q = Quotes.find(indirect("The plan will fail next year, said the official."), "The plan");
        assertEquals("The plan will fail next year", q.text());
        assertEquals("the official", q.speakerMention());
        assertTrue(indirect("Democratic contenders Hillary Clinton and Bernie Sanders, tweeted their approval of the filibuster.")
                .isEmpty());
    }

    @Test
    void aNameAndItsAppositionAreTheSubjectNotTheReport() {
        List<Quote> quotes = indirect("Gov. John Kasich of Ohio, a Republican who has refused to endorse the nominee, "
                + "said the family deserved better.");
        assertEquals("the family deserved better", Quotes.find(quotes, "the family").text());
        assertEquals(1, quotes.size(), quotes.toString()); // the relative clause describes Kasich, it reports nothing
        assertTrue(indirect("Sam Lau, the communications director for the party, said in a statement.").isEmpty());
    }

    @Test
    void referringToSomeoneIsNoReport() {
        assertTrue(indirect("The first lady had referred to Ms. Lewinsky as a narcissistic loony toon.").isEmpty());
    }

    @Test
    void aCueThatIsAPluralNounReportsNothing() {
        assertTrue(indirect("The campaign will air a new ad in Ohio, Florida, New Jersey and four other states.").isEmpty());
        assertTrue(indirect("The vote exposed the internal questions that the party must resolve before the fall.").isEmpty());
        Quote fears = Quotes.find(indirect("Stocks fell amid growing fears that the plan will fail next year."), "that");
        assertEquals("that the plan will fail next year", fears.text());
        Quote q = Quotes.find(indirect("The vote in the county was fair, Maria Lopez states."), "The vote");
        assertEquals("The vote in the county was fair", q.text());
        assertEquals("Maria Lopez", q.speaker());
    }
}
