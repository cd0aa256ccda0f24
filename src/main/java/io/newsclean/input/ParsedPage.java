package io.newsclean.input;

import io.newsclean.model.Block;
import io.newsclean.model.PageMetadata;

import java.util.List;

/**
 * What a front end made of a page: its text blocks in reading order and its metadata.
 */
public record ParsedPage(List<Block> blocks, PageMetadata metadata) {
    public ParsedPage {
        blocks = List.copyOf(blocks);
    }
}
