package io.newsclean.quotes;

import io.newsclean.model.Quote;
import io.newsclean.quotes.find.CodeParagraphs;
import io.newsclean.quotes.find.QuoteScanner;
import io.newsclean.quotes.find.ReferenceEntries;
import io.newsclean.quotes.lexicon.Cues;

import java.util.List;

/**
 * Finds quotations and their speakers in an article's final paragraphs: direct quotes in any
 * quotation-mark style, quoted fragments inside reported speech (partial), and reported speech
 * without marks (indirect). Thread-safe: all state lives in one {@link ArticleQuotes} per call.
 *
 * <p>A quote split around its attribution ("…," he said, "…") or running over paragraphs is one
 * quote: its {@code text} joins the parts with a space, {@code start} is in {@code paragraph} and
 * {@code end} in the paragraph where the quote ends.
 */
public final class QuoteExtractor {
    private final QuoteScanner scanner = new QuoteScanner();

    /**
     * @param paragraphs the article body, in reading order
     * @param language   ISO 639-1 code of the text, or null if unknown
     */
    public List<Quote> extract(List<String> paragraphs, String language) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return List.of();
        }
        List<String> searched = ReferenceEntries.without(CodeParagraphs.withoutCode(paragraphs));
        Cues cues = Cues.forLanguage(language);
        ArticleQuotes article = new ArticleQuotes(searched, scanner.scan(searched), cues);
        List<Quote> found = article.find();
        return SpeechChecks.keepSpeech(searched, found, article.framedQuotes(), cues, Cues.covers(language));
    }
}
