package io.newsclean.model;

import java.util.Collections;
import java.util.List;

/**
 * The clean article: the result of one page. Unknown fields are null or empty, never guessed.
 *
 * @param source      where the page came from and how it was read
 * @param url         the page's address, or null
 * @param title       the headline without a site-name suffix, or null
 * @param authors     the author names, in page order
 * @param published   the publication date or date-time (ISO 8601, with the page's own offset), or null
 * @param modified    the last modification date or date-time (ISO 8601), or null
 * @param siteName    the publication's name, or null
 * @param language    the ISO 639-1 code of the page's language, or null
 * @param description the page's own summary, or null
 * @param image       the absolute address of the lead image, or null
 * @param tags        the page's keywords and tags, as given
 * @param paragraphs  the body in reading order, one entry per paragraph, subheading, list item or
 *                    table cell
 * @param blocks      what each entry of {@code paragraphs} was on the page, at the same index
 * @param quotes      the quotations found in the paragraphs, in reading order
 * @param removed     the dropped blocks; filled only when an explanation was asked for
 * @param warnings    notes about a page that could not be fully cleaned, such as "no-article"
 */
public record Article(SourceInfo source, String url, String title, List<String> authors, String published,
                      String modified, String siteName, String language, String description, String image,
                      List<String> tags, List<String> paragraphs, List<BodyBlock> blocks, List<Quote> quotes,
                      List<Removal> removed, List<String> warnings) {

    /**
     * Copies every list, and checks that each paragraph has its block.
     *
     * @param source      where the page came from and how it was read
     * @param url         the page's address, or null
     * @param title       the headline, or null
     * @param authors     the author names
     * @param published   the publication date (ISO 8601), or null
     * @param modified    the modification date (ISO 8601), or null
     * @param siteName    the publication's name, or null
     * @param language    the ISO 639-1 language code, or null
     * @param description the page's own summary, or null
     * @param image       the lead image's address, or null
     * @param tags        the page's keywords and tags
     * @param paragraphs  the body in reading order
     * @param blocks      what each paragraph was, at the same index
     * @param quotes      the quotations found in the paragraphs
     * @param removed     the dropped blocks, or an empty list
     * @param warnings    notes about the cleaning
     * @throws IllegalArgumentException when {@code blocks} and {@code paragraphs} differ in length
     */
    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        paragraphs = List.copyOf(paragraphs);
        blocks = List.copyOf(blocks);
        quotes = List.copyOf(quotes);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        if (blocks.size() != paragraphs.size()) {
            throw new IllegalArgumentException(
                    blocks.size() + " blocks for " + paragraphs.size() + " paragraphs: each paragraph has one");
        }
    }

    /**
     * An article whose every paragraph is a plain paragraph, and whose page gives no modification
     * date, lead image or tags.
     *
     * @param source      where the page came from and how it was read
     * @param url         the page's address, or null
     * @param title       the headline, or null
     * @param authors     the author names
     * @param published   the publication date (ISO 8601), or null
     * @param siteName    the publication's name, or null
     * @param language    the ISO 639-1 language code, or null
     * @param description the page's own summary, or null
     * @param paragraphs  the body in reading order
     * @param quotes      the quotations found in the paragraphs
     * @param removed     the dropped blocks, or an empty list
     * @param warnings    notes about the cleaning
     */
    public Article(SourceInfo source, String url, String title, List<String> authors, String published,
                   String siteName, String language, String description, List<String> paragraphs,
                   List<Quote> quotes, List<Removal> removed, List<String> warnings) {
        this(source, url, title, authors, published, null, siteName, language, description, null, List.of(),
                paragraphs, Collections.nCopies(paragraphs.size(), BodyBlock.PARAGRAPH), quotes, removed, warnings);
    }

    /**
     * This article with the quotes found in it.
     *
     * @param found the quotations, in reading order
     * @return a copy of this article with {@code found} as its quotes
     */
    public Article withQuotes(List<Quote> found) {
        return new Article(source, url, title, authors, published, modified, siteName, language, description, image,
                tags, paragraphs, blocks, found, removed, warnings);
    }
}
