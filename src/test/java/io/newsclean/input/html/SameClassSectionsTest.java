package io.newsclean.input.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.input.html.HtmlPages.prose;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The article continues into the sections marked up like the one that scored best. */
class SameClassSectionsTest {

    /** The ids of the sections found around the element with id "best". */
    private static List<String> sectionsAround(String html) {
        Document doc = Jsoup.parse(html);
        PageScan scan = new PageScan(new ClassVocabulary.Cache());
        scan.scanBody(doc.body());
        ElementInfo best = scan.infos.get(doc.getElementById("best"));
        return SameClassSections.around(best, scan.infos).stream().map(s -> s.element.id()).toList();
    }

    @Test
    void aHowTosStepsAreOneArticle() {
        List<String> sections = sectionsAround("""
                <html><body><div class="main">
                <div class="step" id="s1"><div class="body" id="best"><p>%s</p><p>%s</p></div></div>
                <div class="promo" id="promo"><p>A story other people are reading, with no link at all.</p></div>
                <div class="step" id="s2"><div class="body"><p>Insert your plant into the hole.</p></div></div>
                <div class="step" id="s3"><div class="body"><p>Gently place the glass over the foam.</p></div></div>
                <div class="step" id="s4"><div class="body"><ul><li>A small saucer</li><li>Some moss</li></ul></div></div>
                </div></body></html>
                """.formatted(prose("Terrariums are easy."), prose("They keep moist.")));
        // the trap: the promo between the steps, prose too, has another class
        assertEquals(List.of("s1", "s2", "s3", "s4"), sections);
    }

    @Test
    void anAboutBoxMarkedUpLikeTheArticleIsNoSeries() {
        List<String> sections = sectionsAround("""
                <html><body><div class="main">
                <div class="text" id="best"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="text" id="about"><p>Example Corp is a global provider of hospital software, based in Zurich.</p></div>
                </div></body></html>
                """.formatted(prose("First."), prose("Second."), prose("Third.")));
        assertEquals(List.of(), sections);
    }

    @Test
    void teaserCardsMarkedUpAlikeDoNotJoin() {
        String card = "<div class=\"card\" id=\"%s\"><a href=\"/%s\">A headline about another story entirely</a></div>";
        List<String> sections = sectionsAround("<html><body><div class=\"main\"><div class=\"card\" id=\"best\"><p>"
                + prose("First.") + "</p><p>" + prose("Second.") + "</p></div>" + card.formatted("c1", "a")
                + card.formatted("c2", "b") + card.formatted("c3", "c") + "</div></body></html>");
        assertEquals(List.of(), sections);
    }

    @Test
    void aWrapperMuchLargerThanTheBestCandidateIsARegionNotASection() {
        // "best" is a small part of its wrapper, whose like siblings are other regions of the page
        List<String> sections = sectionsAround("""
                <html><body>
                <div class="region" id="r1"><p id="best">A short line of the story, just this.</p><p>%s</p><p>%s</p></div>
                <div class="region" id="r2"><p>%s</p></div>
                <div class="region" id="r3"><p>%s</p></div>
                </body></html>
                """.formatted(prose("One."), prose("Two."), prose("Three."), prose("Four.")));
        assertEquals(List.of(), sections);
    }
}
