package io.newsclean.quotes.text;

/**
 * One stretch of quoted words inside one paragraph, in UTF-16 offsets.
 *
 * @param paragraph index of the paragraph
 * @param open      offset of the opening mark
 * @param start     offset of the first character after the opening mark
 * @param end       offset just past the last quoted character (the closing mark's offset, or the
 *                  paragraph's length when the mark was left off)
 * @param close     offset just past the closing mark, or the paragraph's length when there is none
 */
public record QuotedSegment(int paragraph, int open, int start, int end, int close) {

    public boolean contains(QuotedSegment other) {
        return paragraph == other.paragraph && open <= other.open && close >= other.close;
    }
}
