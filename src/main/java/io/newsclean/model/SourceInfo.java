package io.newsclean.model;

/**
 * Where one output came from.
 *
 * @param file    the input file, "-" for standard input; for a WARC record, the archive
 * @param record  the byte offset of the WARC record in its archive, else null
 * @param format  "html" or "text", once known
 * @param charset the charset the input was decoded with, once known
 * @param url     the address the input was fetched from when its container says so (WARC-Target-URI), else null
 */
public record SourceInfo(String file, Long record, String format, String charset, String url) {

    public SourceInfo(String file, Long record, String format, String charset) {
        this(file, record, format, charset, null);
    }

    public static SourceInfo ofFile(String file) {
        return new SourceInfo(file, null, null, null, null);
    }

    /** One record of a WARC archive: the archive, the record's byte offset in it, and its target URI. */
    public static SourceInfo ofArchiveRecord(String archive, long offset, String url) {
        return new SourceInfo(archive, offset, null, null, url);
    }

    public SourceInfo withDecoding(Format format, String charset) {
        return new SourceInfo(file, record, format.wireName(), charset, url);
    }
}
