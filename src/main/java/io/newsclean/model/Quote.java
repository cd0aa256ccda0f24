package io.newsclean.model;

/**
 * One quotation found in the article's paragraphs.
 *
 * @param text           the quoted words, without quotation marks or a joining trailing comma
 * @param speaker        the fullest name the article gives the speaker, or null
 * @param speakerMention the words at the attribution itself ("the analyst", "he"), or null
 * @param cue            the reporting verb or phrase ("said", "according to"), or null
 * @param type           direct, partial or indirect
 * @param paragraph      0-based index into the article's paragraphs
 * @param start          offset of text within the paragraph, in Unicode code points
 * @param end            end offset (exclusive), in Unicode code points
 */
public record Quote(String text, String speaker, String speakerMention, String cue, QuoteType type,
                    int paragraph, int start, int end) {
}
