package io.newsclean.rules;

import io.newsclean.model.PageMetadata;

import java.util.Map;

/**
 * Page-level facts computed once before judging and shared read-only by all rules.
 *
 * @param metadata what the reader learned from the page outside its body: its language and
 *                 site name (declared, detected or found as a recurring suffix) among them
 * @param analyses immutable page-wide analyses the reader already made from the same blocks, keyed
 *                 by type; {@link JudgeContext#derived} answers from them instead of recomputing
 */
public record PageFacts(PageMetadata metadata, Map<Class<?>, Object> analyses) {
    public PageFacts {
        analyses = Map.copyOf(analyses);
    }

    public PageFacts(PageMetadata metadata) {
        this(metadata, Map.of());
    }

    /** ISO 639-1 code of the page text, or null when unknown. */
    public String language() {
        return metadata.language();
    }

    /** The publication's name, or null when unknown. */
    public String siteName() {
        return metadata.siteName();
    }
}
