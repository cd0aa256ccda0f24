package io.newsclean.input;

import io.newsclean.model.Page;

/** A front end: turns a decoded page into text blocks and metadata. Implementations are thread-safe. */
public interface BlockReader {
    ParsedPage read(Page page);
}
