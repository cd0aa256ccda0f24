package io.newsclean.model;

/**
 * Where one output came from.
 *
 * @param file    the input file, "-" for standard input; for a WARC record, the archive
 * @param record  the byte offset of the WARC record in its archive, else null
 * @param format  "html" or "text", once known
 * @param charset the charset the input was decoded with, once known
 */
public record SourceInfo(String file, Long record, String format, String charset) {

    public static SourceInfo ofFile(String file) {
        return new SourceInfo(file, null, null, null);
    }

    public SourceInfo withDecoding(Format format, String charset) {
        return new SourceInfo(file, record, format.wireName(), charset);
    }
}
