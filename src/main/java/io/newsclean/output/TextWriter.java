package io.newsclean.output;

import io.newsclean.model.Article;

/**
 * Writes an article as plain text: the title, then each paragraph, separated by blank lines.
 * Nothing is marked up, so every entry of the body reads as a paragraph of its own. Thread-safe.
 */
public final class TextWriter {

    /**
     * The article as plain text, ending with a line break; empty when it has neither title nor body.
     *
     * @param article the article to write
     * @return the title and the paragraphs, separated by blank lines
     */
    public String toText(Article article) {
        StringBuilder text = new StringBuilder();
        if (article.title() != null) {
            text.append(article.title()).append('\n');
        }
        for (String paragraph : article.paragraphs()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(paragraph).append('\n');
        }
        return text.toString();
    }
}
