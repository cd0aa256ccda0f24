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

    /**
     * A source with no address of its own.
     *
     * @param file    the input file, "-" for standard input
     * @param record  the WARC record's offset, or null
     * @param format  "html" or "text", or null when not known yet
     * @param charset the charset, or null when not known yet
     */
    public SourceInfo(String file, Long record, String format, String charset) {
        this(file, record, format, charset, null);
    }

    /**
     * A file not read yet.
     *
     * @param file the file as the user named it, "-" for standard input
     * @return its source
     */
    public static SourceInfo ofFile(String file) {
        return new SourceInfo(file, null, null, null, null);
    }

    /**
     * One record of a WARC archive.
     *
     * @param archive the archive file
     * @param offset  the record's byte offset in it
     * @param url     the record's target URI, or null
     * @return its source
     */
    public static SourceInfo ofArchiveRecord(String archive, long offset, String url) {
        return new SourceInfo(archive, offset, null, null, url);
    }

    /**
     * This source once the input is decoded.
     *
     * @param format  how it was read
     * @param charset the charset it was decoded with
     * @return a copy with the format and charset
     */
    public SourceInfo withDecoding(Format format, String charset) {
        return new SourceInfo(file, record, format.wireName(), charset, url);
    }
}
