package io.newsclean.input.html;

import io.newsclean.input.ParsedPage;
import io.newsclean.model.PageMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.input.html.HtmlPages.prose;
import static io.newsclean.input.html.HtmlPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every source of authors, dates, titles and the new fields, each beside the trap it must not fall into. */
class MetadataSourcesTest {
    private static final String BODY = "<article><h1>Envoys to Meet Again in Brussels</h1><p>" + prose("Body.")
            + "</p><p>" + prose("More.") + "</p></article>";

    private static PageMetadata meta(String head, String body) {
        return read("<html><head>" + head + "</head><body>" + body + "</body></html>").metadata();
    }

    private static PageMetadata meta(String head, String body, String url) {
        return read("<html><head>" + head + "</head><body>" + body + "</body></html>", url).metadata();
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void jsonLdAuthorsInEveryShape() {
        assertEquals(List.of("Jane Doe", "John Roe"), meta(jsonLd("""
                {"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}"""),
                BODY).authors());
        assertEquals(List.of("Jane Doe"), meta(jsonLd("""
                {"@context":"https://schema.org","@graph":[{"@type":"Person","@id":"#jane","name":"Jane Doe","url":"/jane"},
                 {"@type":"Article","author":{"@id":"#jane"}}]}"""), BODY).authors(), "a reference into the graph");
        assertEquals(List.of("Jane Doe"), meta(jsonLd("""
                {"@type":"Article","author":{"@type":"Person","name":{"@value":"Jane Doe"}}}"""), BODY).authors());
        assertEquals(List.of("Jane Doe"), meta(jsonLd("""
                <![CDATA[ {"@type":"NewsArticle","author":"Jane Doe","datePublished":"2019-10-16"} ]]>"""), BODY).authors(),
                "CDATA-wrapped, as pages saved as XHTML have it");
    }

    @Test
    void thePublisherIsNeverAnAuthor() {
        PageMetadata meta = meta("<meta property=\"og:site_name\" content=\"Example News\">" + jsonLd("""
                {"@type":"NewsArticle","author":{"@type":"Organization","name":"Example News"},
                 "publisher":{"@type":"Organization","name":"Example News"}}"""), BODY);
        assertEquals(List.of(), meta.authors());
        assertEquals(List.of(), meta("<meta property=\"og:site_name\" content=\"Example News\">"
                + "<meta name=\"author\" content=\"Example News\">", BODY).authors());
        assertEquals(List.of("Example Wire"), meta(jsonLd("""
                {"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Wire"},
                 "publisher":{"@type":"Organization","name":"Example News"}}"""), BODY).authors(),
                "an organisation that is not the publisher is the author the page declares");
    }

    /** Readability's test page whose generic author and description tags say "FAIL". */
    @Test
    void dedicatedMetaTagsAsSpaceSeparatedTokensWinOverTheGenericOnes() {
        PageMetadata meta = meta("""
                <title>Title Element</title>
                <meta property="x:title dc:title" content="Preferred title"/>
                <meta property="dc:creator twitter:site_name" content="Creator Name"/>
                <meta name="author" content="FAIL"/>
                <meta property="dc:description og:description" content="Preferred description"/>
                <meta name="description" content="FAIL"/>""", BODY);
        assertEquals(List.of("Creator Name"), meta.authors());
        assertEquals("Preferred description", meta.description());
        assertEquals("Preferred title", meta.titleCandidates().get(0));
    }

    @Test
    void metaTagAuthorsInTheirOrder() {
        assertEquals(List.of("Jane Doe"), meta("<meta name=\"parsely-author\" content=\"Jane Doe\">", BODY).authors());
        assertEquals(List.of("Jane Doe"), meta("<meta name=\"sailthru.author\" content=\"Jane Doe\">", BODY).authors());
        assertEquals(List.of("Jane Doe"), meta("<meta property=\"article:author\" content=\"https://facebook.com/jane\">"
                + "<meta name=\"author\" content=\"Jane Doe\">", BODY).authors(), "a profile address is skipped, not taken");
        assertEquals(List.of("Jane Doe", "John Roe"), meta("<meta name=\"author\" content=\"By Jane Doe and John Roe\">",
                BODY).authors());
        assertEquals(List.of("Friends of the Harbour Museum"), meta("<meta name=\"author\" "
                + "content=\"Friends of the Harbour Museum\">", BODY).authors(), "one declared name is kept whole");
    }

    @Test
    void theVisibleBylineNamesTheAuthorsAndIsNotAParagraph() {
        ParsedPage page = read("""
                <html><body><div class="pb-sig-line"><span class="pb-byline">By <a href="/people/erin">Erin Cunningham</a></span></div>
                <div id="article-body"><p>%s</p><p>%s</p></div></body></html>""".formatted(prose("Body."), prose("More.")));
        assertEquals(List.of("Erin Cunningham"), page.metadata().authors());
        assertTrue(page.blocks().stream().noneMatch(b -> b.text().contains("Erin Cunningham") && b.has(io.newsclean.model.Mark.IN_MAIN)));
        assertEquals(List.of("Anna Schmidt", "Jonas Weber"), meta("<meta charset=utf-8>",
                "<article><h1>Neue Züge für die Strecke</h1><p class=\"author\">Von Anna Schmidt und Jonas Weber</p><p>"
                        + prose("Body.") + "</p></article>").authors());
        assertEquals(List.of("Jane Doe"), meta("", "<article><h1>Envoys</h1><span>by <a rel=\"author external\" "
                + "href=\"/jane\">Jane Doe</a></span><p>" + prose("Body.") + "</p></article>").authors(),
                "rel holds tokens");
    }

    @Test
    void aCommenterIsNeverTheAuthor() {
        String comments = """
                <section class="comments"><div itemscope itemtype="http://schema.org/Comment">
                <span itemprop="author creator">Гость</span><p>Good article, thanks for it.</p></div></section>""";
        assertEquals(List.of(), meta("", BODY + comments).authors());
        assertEquals(List.of("Jane Doe"), meta("", "<article><h1>Envoys</h1><span itemprop=\"author creator\" itemscope>"
                + "<span itemprop=\"name\">Jane Doe</span></span><p>" + prose("Body.") + "</p></article>" + comments)
                .authors(), "the article's own itemprop author, as tokens");
        assertEquals(List.of(), meta("", BODY + "<div itemscope itemtype=\"https://schema.org/UserComments\">"
                + "<span class=\"author\">Guest Reader</span></div>").authors(), "a comment marked only by its microdata");
    }

    @Test
    void aTeasersBylineAndDateAreAnotherStorys() {
        PageMetadata meta = meta("", BODY + """
                <aside class="related"><ul><li><a href="/other">Another story</a>
                <span class="author">Par Sébastien Farcis</span><time datetime="2015-04-29">29 avril 2015</time></li></ul></aside>""");
        assertEquals(List.of(), meta.authors());
        assertNull(meta.published());
    }

    @Test
    void datesKeepTheirOffsetAndComeFromEverySource() {
        assertEquals("2017-02-23T17:18:13-08:00", meta(jsonLd("""
                {"@type":"Article","datePublished":"2017-02-23T17:18:13-08:00","dateModified":"2017-02-24T09:00:00-08:00"}"""),
                BODY).published());
        PageMetadata both = meta("<meta property=\"article:published_time\" content=\"2019-10-16T08:00:00+02:00\">"
                + "<meta property=\"article:modified_time\" content=\"2019-10-17T10:30:00+02:00\">", BODY);
        assertEquals("2019-10-16T08:00:00+02:00", both.published());
        assertEquals("2019-10-17T10:30:00+02:00", both.modified());
        assertEquals("2019-10-16", meta("", "<article><h1>Envoys</h1><span itemprop=\"datePublished dateCreated\" "
                + "content=\"2019-10-16\">Oct 16</span><p>" + prose("Body.") + "</p></article>").published(), "itemprop tokens");
        assertEquals("2019-10-16T08:00:00Z", meta("", "<article><h1>Envoys</h1><time datetime=\"2019-10-16T08:00:00Z\">"
                + "Oct 16</time><p>" + prose("Body.") + "</p></article>").published());
        assertEquals("2019-10-16", meta("", BODY, "https://example.com/2019/10/16/envoys-meet/").published());
        assertEquals("2019-10-16", meta("<html lang=\"de\">", "<article><h1>Neue Züge</h1><div class=\"date\">"
                + "16. Oktober 2019, 14:05 Uhr</div><p>" + prose("Body.") + "</p></article>").published());
    }

    @Test
    void aModificationDateIsNeverThePublicationDate() {
        PageMetadata meta = meta("<meta property=\"article:modified_time\" content=\"2019-10-17\">",
                "<article><h1>Envoys</h1><time class=\"updated\" datetime=\"2019-10-17\">Updated Oct 17</time><p>"
                        + prose("Body.") + "</p></article>");
        assertNull(meta.published());
        assertEquals("2019-10-17", meta.modified());
    }

    @Test
    void theCopyrightLineIsNoDate() {
        PageMetadata meta = meta("", BODY + "<footer><p class=\"date\">© 16 October 2019 Example News</p>"
                + "<time datetime=\"2019-01-01\">2019</time></footer>");
        assertNull(meta.published());
    }

    @Test
    void aLogoOrSectionH1IsNotTheHeadline() {
        PageMetadata meta = meta("<title>The sharing economy is a lie - Salon.com</title>"
                + "<meta property=\"og:title\" content=\"The sharing economy is a lie\">",
                "<header><h1>Salon</h1></header><article><h1>The sharing economy is a lie</h1><p>" + prose("Body.")
                        + "</p></article>");
        assertTrue(meta.titleCandidates().contains("The sharing economy is a lie"));
        assertTrue(meta.titleCandidates().stream().noneMatch("Salon"::equals));
        PageMetadata label = meta("<title>Base URL test</title>", "<article><h1>Lorem</h1><p>" + prose("Body.")
                + "</p></article>");
        assertEquals(List.of("Base URL test"), label.titleCandidates(), "a one-word h1 no declared title confirms");
    }

    @Test
    void leadImageAndTagsAsGiven() {
        PageMetadata meta = meta("<meta property=\"og:image\" content=\"/img/lead.jpg\">"
                + "<meta property=\"article:tag\" content=\"NATO\"><meta property=\"article:tag\" content=\"Russia\">"
                + "<meta name=\"keywords\" content=\"ignored, when tags are given\">", BODY, "https://example.com/a/b.html");
        assertEquals("https://example.com/img/lead.jpg", meta.image());
        assertEquals(List.of("NATO", "Russia"), meta.tags());
        assertEquals(List.of("Brexit", "EU"), meta(jsonLd("{\"@type\":\"NewsArticle\",\"keywords\":\"Brexit, EU\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://example.com/i.jpg\"}}"), BODY).tags());
        assertNull(meta("<meta property=\"og:image\" content=\"/img/lead.jpg\">", BODY).image(),
                "a relative address and no page address to resolve it against");
    }

    @Test
    void theTextDecidesTheLanguageWhenTheMarkupDisagrees() {
        String german = "<article><h1>Neue Züge</h1><p>Die neuen Züge fahren ab dem nächsten Monat auf der Strecke, und "
                + "die Fahrgäste werden sich über mehr Platz und über die schnellere Verbindung freuen, sagte der Sprecher "
                + "der Bahn am Freitag in Berlin.</p></article>";
        assertEquals("de", read("<html lang=\"en\"><body>" + german + "</body></html>").metadata().language());
        assertEquals("de", read("<html><body>" + german + "</body></html>").metadata().language());
        assertEquals("de", read("<html lang=\"de-AT\"><body><p>Ja.</p></body></html>").metadata().language(),
                "too little text to tell: the markup stands");
    }
}
