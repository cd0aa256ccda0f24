package io.newsclean.input.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.input.html.HtmlPages.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The article goes on in containers beside the one that scored best, at the same level. */
class ArticleContinuationTest {

    /** The ids of the main-content roots, in document order. */
    private static List<String> roots(String html) {
        Document doc = Jsoup.parse(html);
        PageScan scan = new PageScan(new ClassVocabulary.Cache());
        scan.scanBody(doc.body());
        return MainContentChooser.inDocumentOrder(MainContentChooser.choose(scan)).stream().map(e -> e.id().isEmpty() ? e.normalName() + "." + e.className() : e.id()).toList();
    }

    /** Paragraphs as long as a news story's, each opening with its lead. */
    private static String paragraphs(String... leads) {
        StringBuilder html = new StringBuilder();
        for (String lead : leads) {
            html.append("<p>").append(paragraph(lead)).append("</p>");
        }
        return html.toString();
    }

    private static String paragraph(String lead) {
        return prose(lead + " Officials said the plan, drafted over the summer, had been revised twice.");
    }

    @Test
    void aSecondPartAfterAnAdLineJoinsAndTheTeaserBesideItDoesNot() {
        List<String> roots = roots("""
                <html><body><div class="wrap">
                <div class="chunk" id="part1"><div class="text text-1">%s</div></div>
                <div class="ad-slot">Advertisement</div>
                <div class="chunk"><div class="text text-2" id="best">%s</div></div>
                <div class="chunk" id="teaser"><h3><a href="/other">Another story from the same desk today</a></h3>
                <p>A short blurb about another story, told in a line.</p></div>
                </div></body></html>
                """.formatted(paragraphs("One.", "Two."), paragraphs("Three.", "Four.", "Five.", "Six.")));
        // the trap: the teaser card after the second part, marked up like it, holds no paragraph of prose
        assertEquals(List.of("part1", "best"), roots);
    }

    @Test
    void anIntroBlockBeforeAFigureJoins() {
        List<String> roots = roots("""
                <html><body><div class="wrap">
                <div class="chunk" id="intro"><div class="text text-1">%s</div></div>
                <div class="chunk"><img src="a.jpg"></div>
                <div class="chunk"><div class="text text-2" id="best">%s</div></div>
                </div></body></html>
                """.formatted(paragraphs("It began in spring."), paragraphs("One.", "Two.", "Three.", "Four.")));
        assertEquals(List.of("intro", "best"), roots);
    }

    @Test
    void aBioAfterTheArticleMarkedUpLikeItDoesNotJoin() {
        List<String> roots = roots("""
                <html><body><div class="wrap">
                <div class="chunk"><div class="text" id="best">%s</div></div>
                <div class="chunk" id="bio"><p>%s</p></div>
                </div></body></html>
                """.formatted(paragraphs("One.", "Two.", "Three.", "Four."),
                paragraph("Jane Doe has covered Brussels for the paper since 2009.")));
        // a second part of the article would hold paragraphs; a bio or an "about" note holds one
        assertEquals(List.of("best"), roots);
    }

    @Test
    void twoLinesBetweenThePartsEndTheArticle() {
        List<String> roots = roots("""
                <html><body><div class="wrap">
                <div class="chunk"><div class="text text-1" id="best">%s</div></div>
                <div class="note">Advertisement</div>
                <div class="note">Continue reading the main story</div>
                <div class="chunk" id="far"><div class="text text-2">%s</div></div>
                </div></body></html>
                """.formatted(paragraphs("One.", "Two.", "Three.", "Four."), paragraphs("Five.", "Six.")));
        assertEquals(List.of("best"), roots);
    }

    @Test
    void theArticleGoesOnInTheNextRowOfALayoutTableButNotIntoTheCaptionCell() {
        List<String> roots = roots("""
                <html><body><table>
                <tr><td><img src="a.jpg"></td><td id="caption">The harbour at dawn, seen from the pier.</td></tr>
                <tr><td id="best">%s</td></tr>
                <tr><td>Advertisement</td></tr>
                <tr id="more"><td>%s</td></tr>
                <tr><td><a href="/">Home</a> | <a href="/contact">Contact</a></td></tr>
                </table></body></html>
                """.formatted(paragraphs("One.", "Two.", "Three.", "Four."), paragraphs("Five.", "Six.")));
        assertEquals(List.of("best", "more"), roots);
    }

    @Test
    void aPartWrittenInOneCellWithLineBreaksJoins() {
        String lines = String.join("<br><br>", paragraph("Five."), paragraph("Six."), paragraph("Seven."),
                paragraph("Eight."), paragraph("Nine."));
        List<String> roots = roots("""
                <html><body><table>
                <tr><td id="best">%s</td></tr>
                <tr id="more"><td>%s</td></tr>
                </table></body></html>
                """.formatted(paragraphs("One.", "Two.", "Three.", "Four."), lines));
        assertEquals(List.of("best", "more"), roots);
    }

    @Test
    void aSubheadingBetweenTwoPartsJoinsWithTheSecond() {
        List<String> roots = roots("""
                <html><body><div class="wrap">
                <div class="chunk"><div class="text text-1" id="best">%s</div></div>
                <h2 id="subheading">What comes next</h2>
                <div class="chunk" id="part2"><div class="text text-2">%s</div></div>
                </div></body></html>
                """.formatted(paragraphs("One.", "Two.", "Three.", "Four."), paragraphs("Five.", "Six.")));
        // the ad label between two parts (the first test) is stepped over but does not join
        assertEquals(List.of("best", "subheading", "part2"), roots);
    }
}
