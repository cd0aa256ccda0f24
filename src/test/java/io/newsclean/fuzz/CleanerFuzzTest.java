package io.newsclean.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;

/**
 * The library on raw bytes, as the command line and batch feed it: {@code PageDecoder} (gzip,
 * charset, format sniffing) then {@link NewsCleaner#clean}, then the JSON writer. The only
 * documented failure is an {@link InputException}; anything else, an output the schema rejects,
 * or a page past the time limit is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} this replays {@code CleanerFuzzTestInputs/cleanBytes/} (seeds and
 * every past finding) as a regression test. The input's length picks the format asked for and
 * {@code --explain}, so every path is reached from any seed without changing the seed's bytes.
 */
class CleanerFuzzTest {
    private static final NewsCleaner CLEANER = new NewsCleaner();
    private static final ArticleWriter WRITER = new ArticleWriter();
    private static final Format[] FORMATS = {null, Format.HTML, Format.TEXT};

    static {
        FuzzChecks.warmUp(CLEANER);
    }

    @FuzzTest(maxDuration = "10m")
    void cleanBytes(byte[] page) throws Exception {
        Format format = FORMATS[page.length % FORMATS.length];
        boolean explain = page.length % 2 == 1;
        SourceInfo source = SourceInfo.ofFile("fuzz.html");
        String json = FuzzChecks.withinTimeLimit(() -> {
            try {
                Article article = CLEANER.clean(page, new CleanOptions(format, null, null, explain), source);
                return WRITER.toJson(article, explain, true);
            } catch (InputException e) {
                return WRITER.errorJson(source, e.getMessage(), true);
            }
        });
        FuzzChecks.assertMatchesSchema(json);
    }
}
