package io.newsclean.input.text;

import io.newsclean.extract.AuthorNames;
import io.newsclean.extract.DateText;
import io.newsclean.text.DateWords;

import java.util.List;
import java.util.Locale;

/**
 * The authors and publication date a text dump shows: a byline line ("By Jane Doe") and a date
 * line ("16. Oktober 2019") near the headline, where the article's own stand. Lines far from it
 * are teasers, comments and the footer (with its copyright year), so they are not read.
 */
final class TextMetadata {
    /** How far before and after the headline a byline or date line may stand. */
    private static final int BEFORE_HEADLINE = 3;
    private static final int AFTER_HEADLINE = 10;
    /** Without a headline, the top of the page. */
    private static final int TOP_LINES = 15;

    record Found(List<String> authors, String published) {
    }

    private TextMetadata() {
    }

    static Found find(List<String> lines, int headline, String language) {
        int from = headline < 0 ? 0 : Math.max(0, headline - BEFORE_HEADLINE);
        int to = Math.min(lines.size(), headline < 0 ? TOP_LINES : headline + AFTER_HEADLINE + 1);
        List<String> authors = List.of();
        String published = null;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (i == headline) {
                continue;
            }
            List<String> byline = AuthorNames.fromBylineLine(line, language);
            if (authors.isEmpty()) {
                authors = byline;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (published == null && !line.contains("©") && !lower.contains("copyright")
                    && (DateWords.isDateLine(line) || !byline.isEmpty())) {
                published = DateText.find(line, language);
            }
        }
        return new Found(authors, published);
    }
}
