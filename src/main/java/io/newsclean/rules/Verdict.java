package io.newsclean.rules;

import java.util.Objects;

/**
 * A rule's answer for one block.
 *
 * @param decision keep, drop or pass
 * @param reason   for a drop, the stable kebab-case reason shown by {@code --explain}; else null
 */
public record Verdict(Decision decision, String reason) {

    public static final Verdict KEEP = new Verdict(Decision.KEEP, null);
    public static final Verdict PASS = new Verdict(Decision.PASS, null);

    public Verdict {
        Objects.requireNonNull(decision, "decision");
        if (decision == Decision.DROP && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a drop needs a reason");
        }
    }

    public static Verdict drop(String reason) {
        return new Verdict(Decision.DROP, reason);
    }

    public boolean decided() {
        return decision != Decision.PASS;
    }
}
