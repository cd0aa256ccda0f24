package io.newsclean.quotes;

import io.newsclean.model.Quote;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Small helpers shared by the quote tests. */
public final class Quotes {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private Quotes() {
    }

    public static List<Quote> extract(String... paragraphs) {
        return EXTRACTOR.extract(Arrays.asList(paragraphs), "en");
    }

    /** The one quote whose text starts with {@code prefix}. */
    public static Quote find(List<Quote> quotes, String prefix) {
        List<Quote> found = quotes.stream().filter(q -> q.text().startsWith(prefix)).toList();
        if (found.size() != 1) {
            fail("expected one quote starting with \"" + prefix + "\" but found " + found.size() + " in " + quotes);
        }
        return found.get(0);
    }

    public static boolean anyContains(List<Quote> quotes, String words) {
        return quotes.stream().anyMatch(q -> q.text().contains(words));
    }
}
