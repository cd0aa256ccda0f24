package io.newsclean.input.html;

import io.newsclean.model.PageMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsclean.input.html.HtmlPages.prose;
import static io.newsclean.input.html.HtmlPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkupMetadataTest {

    @Test
    void readsJsonLdOpenGraphLangAndCanonical() {
        PageMetadata meta = read("""
                <html lang="en-GB"><head>
                <title>Envoys to Meet Again | The Daily Example</title>
                <link rel="canonical" href="/2016/01/envoys.html">
                <meta property="og:site_name" content="The Daily Example">
                <meta property="og:title" content="Envoys to Meet Again">
                <meta property="og:description" content="The  envoys will meet.">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Example Site"},
                  {"@type":"NewsArticle","headline":"Envoys to meet again","datePublished":"2016-01-29T16:52:00+03:00",
                   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Example Wire"}],
                   "publisher":{"@type":"Organization","name":"Daily Example Group"}}]}
                </script></head>
                <body><article><h1>Envoys to Meet Again</h1><p>%s</p></article></body></html>
                """.formatted(prose("Body.")), "https://example.com/news/page?id=1").metadata();
        assertEquals(List.of("Envoys to meet again", "Envoys to Meet Again", "Envoys to Meet Again",
                "Envoys to Meet Again | The Daily Example"), meta.titleCandidates(),
                "the declarations (JSON-LD, og:title), the h1, the window title");
        assertEquals(List.of("Jane Doe"), meta.authors());
        assertEquals("2016-01-29T16:52:00+03:00", meta.published());
        assertEquals("The Daily Example", meta.siteName());
        assertEquals("en", meta.language());
        assertEquals("The envoys will meet.", meta.description());
        assertEquals("https://example.com/2016/01/envoys.html", meta.url());
    }

    @Test
    void anAbsoluteCanonicalAddressIsTakenAsWrittenAndOthersAreResolved() {
        String page = "<html><head><link rel=\"canonical\" href=\"%s\"></head><body><p>" + prose("Body.") + "</p></body></html>";
        String base = "https://example.com/news/page?id=1";

        assertEquals("https://example.com/a/b?x=1#top",
                read(page.formatted("https://example.com/a/b?x=1#top"), base).metadata().url());
        assertEquals("https://medium.com/@writer/post", read(page.formatted("https://medium.com/@writer/post"), base).metadata().url());
        assertEquals("https://example.com/2016/story.html", read(page.formatted("/2016/story.html"), base).metadata().url());
        assertEquals("https://example.com/", read(page.formatted("HTTPS://example.com/"), base).metadata().url());
        assertEquals("https://example.com/", read(page.formatted("https://user@example.com/"), base).metadata().url(),
                "a user name in the address is dropped as URL resolution drops it");
        assertNull(read(page.formatted("/2016/story.html"), null).metadata().url(), "relative, and no page address to resolve it");
    }

    @Test
    void fallsBackToMetaTagsAndItemprop() {
        PageMetadata meta = read("""
                <html><head><meta name="author" content="By John Smith and Ann Lee">
                <meta http-equiv="content-language" content="de">
                <meta name="description" content="Summary here"></head>
                <body><div itemprop="articleBody"><span itemprop="datePublished" content="2019-11-19">Nov 19</span>
                <p>%s</p></div></body></html>
                """.formatted(prose("Body."))).metadata();
        assertEquals(List.of("John Smith", "Ann Lee"), meta.authors());
        assertEquals("2019-11-19", meta.published());
        assertEquals("en", meta.language(), "the markup says German, the text is English: the text wins");
        assertEquals("Summary here", meta.description());
    }

    @Test
    void unknownStaysNull() {
        PageMetadata meta = read("<html><body><p>" + prose("Only text.") + "</p></body></html>").metadata();
        assertNull(meta.published());
        assertNull(meta.siteName());
        assertEquals("en", meta.language(), "guessed from the text when the markup declares none");
        assertNull(meta.url());
        assertNull(meta.description());
        assertTrue(meta.authors().isEmpty());
        assertTrue(meta.titleCandidates().isEmpty());
    }

    @Test
    void brokenJsonLdIsIgnored() {
        PageMetadata meta = read("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="Still Here"></head><body></body></html>
                """).metadata();
        assertEquals(List.of("Still Here"), meta.titleCandidates());
    }

    @Test
    void logoH1IsNotATitleCandidate() {
        PageMetadata meta = read("""
                <html><head><meta property="og:title" content="Envoys to Meet Again"></head>
                <body><header><h1>The Daily Example</h1></header><div class="sidebar"><h1>Most read</h1></div>
                <article><h1>Envoys to Meet Again</h1><p>%s</p></article></body></html>
                """.formatted(prose("Body."))).metadata();
        assertEquals("Envoys to Meet Again", meta.titleCandidates().get(0));
    }
}
