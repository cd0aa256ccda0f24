package io.newsclean.rules;

import io.newsclean.model.PageMetadata;

import java.util.Map;

/**
 * Page-level facts computed once before judging and shared read-only by all rules.
 *
 * @param metadata what the reader learned from the page outside its body
 * @param language ISO 639-1 code of the page text, detected or declared, or null
 * @param siteName the publication's name, declared or found as a recurring suffix, or null
 * @param analyses immutable page-wide analyses the reader already made from the same blocks, keyed
 *                 by type; {@link JudgeContext#derived} answers from them instead of recomputing
 */
public record PageFacts(PageMetadata metadata, String language, String siteName, Map<Class<?>, Object> analyses) {
    public PageFacts {
        analyses = Map.copyOf(analyses);
    }

    public PageFacts(PageMetadata metadata, String language, String siteName) {
        this(metadata, language, siteName, Map.of());
    }
}
