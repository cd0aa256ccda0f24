package io.newsclean.archive;

import io.newsclean.model.SourceInfo;

/**
 * One HTML page read from an archive, or the reason a stretch of the archive gave none.
 *
 * @param source  the archive, the record's offset and its target URI
 * @param body    the page bytes, decoded from their transfer and content encodings; null with a problem
 * @param charset the charset of the record's HTTP {@code Content-Type}, or null
 * @param problem why there is no page here (a damaged record, an unreadable HTTP message, a body
 *                past the size limit), or null
 */
public record ArchivePage(SourceInfo source, byte[] body, String charset, String problem) {

    static ArchivePage failed(SourceInfo source, String problem) {
        return new ArchivePage(source, null, null, problem);
    }
}
