package io.newsclean.rules;

import io.newsclean.model.PageMetadata;

/**
 * Page-level facts computed once before judging and shared read-only by all rules.
 *
 * @param metadata what the reader learned from the page outside its body
 * @param language ISO 639-1 code of the page text, detected or declared, or null
 * @param siteName the publication's name, declared or found as a recurring suffix, or null
 */
public record PageFacts(PageMetadata metadata, String language, String siteName) {
}
