package io.newsclean.input;

import io.newsclean.model.Block;
import io.newsclean.model.PageMetadata;

import java.util.List;
import java.util.Map;

/**
 * What a front end made of a page: its text blocks in reading order and its metadata.
 *
 * @param analyses page-wide analyses the reader already worked out from exactly these blocks,
 *                 keyed by type, handed on to the rules (see {@code JudgeContext.derived}) so a
 *                 page is not analysed twice; immutable values only
 */
public record ParsedPage(List<Block> blocks, PageMetadata metadata, Map<Class<?>, Object> analyses) {
    public ParsedPage {
        blocks = List.copyOf(blocks);
        analyses = Map.copyOf(analyses);
    }

    public ParsedPage(List<Block> blocks, PageMetadata metadata) {
        this(blocks, metadata, Map.of());
    }
}
