package io.newsclean.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;

import java.nio.charset.StandardCharsets;

/**
 * The JSON-LD reader as pages reach it: the input is the text of one
 * {@code <script type="application/ld+json">} in the head of a small article page, which the
 * whole cleaner then reads (the lenient JSON parser, the search for the article object, and the
 * title, author, date, language and address taken from it). The script must never break the
 * page: no exception but the decoder's documented input errors, an output that matches the
 * schema, and no slow page.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code JsonLdFuzzTestInputs/readJsonLd/}.
 */
class JsonLdFuzzTest {
    private static final NewsCleaner CLEANER = new NewsCleaner();
    private static final ArticleWriter WRITER = new ArticleWriter();
    private static final String HEAD = "<!doctype html><html><head><title>Council votes - Gazette</title>"
            + "<script type=\"application/ld+json\">";
    private static final String BODY = "</script></head><body><article><h1>Council votes</h1>"
            + "<p>The council voted on Tuesday to keep the night train, after a debate of four hours.</p>"
            + "<p>“We listened to the people who ride it,” the mayor said after the vote.</p>"
            + "</article></body></html>";

    static {
        FuzzChecks.warmUp(CLEANER);
    }

    @FuzzTest(maxDuration = "10m")
    void readJsonLd(byte[] script) throws Exception {
        // A page can only carry "</" inside a script escaped, as "<\/" (the same JSON string).
        String text = new String(script, StandardCharsets.UTF_8).replace("</", "<\\/");
        byte[] page = (HEAD + text + BODY).getBytes(StandardCharsets.UTF_8);
        SourceInfo source = SourceInfo.ofFile("fuzz.html");
        String json = FuzzChecks.withinTimeLimit(() -> {
            try {
                Article article = CLEANER.clean(page, new CleanOptions(Format.HTML, null, null, false), source);
                return WRITER.toJson(article, false, true);
            } catch (InputException e) {
                // Documented: a NUL byte in the first kilobytes makes any page binary, script or not.
                return WRITER.errorJson(source, e.getMessage(), true);
            }
        });
        FuzzChecks.assertMatchesSchema(json);
    }
}
