package io.newsclean.model;

/**
 * One block the rules dropped, for {@code --explain}.
 *
 * @param text   the dropped text
 * @param reason stable kebab-case reason, such as "image-caption"
 * @param rule   the name of the rule that dropped it
 */
public record Removal(String text, String reason, String rule) {
}
