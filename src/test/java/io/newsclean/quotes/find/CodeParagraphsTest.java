package io.newsclean.quotes.find;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which paragraphs read as code, whose quotation marks delimit strings, not anyone's words. */
class CodeParagraphsTest {

    @Test
    void proseAboutCodeIsSearched() {
        // the trap: a paragraph that names an identifier is prose, and its quotes are looked at
        assertFalse(CodeParagraphs.looksLikeCode(
                "To avoid repeating the WINDOW clause for every aggregate, we define a named window called "
                        + "\"status_window\". This is another nice feature of PostgreSQL."));
        assertTrue(CodeParagraphs.looksLikeCode("var res = new Response(\"one time use\"); console.log(res.bodyUsed); "
                + "res.text().then(function(v) { console.log(v); });"));
    }
}
