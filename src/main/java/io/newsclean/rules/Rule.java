package io.newsclean.rules;

import io.newsclean.model.Block;

/**
 * One named boilerplate rule. A rule reads a block and its context and returns a verdict;
 * it changes nothing shared, so one instance serves every thread.
 */
public interface Rule {

    /** Stable kebab-case name, recorded with every decision the rule makes. */
    String name();

    Verdict judge(Block block, JudgeContext context);
}
