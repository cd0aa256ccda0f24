package io.newsclean.rules;

import io.newsclean.model.Block;
import io.newsclean.model.Removal;

import java.util.ArrayList;
import java.util.List;

/** The outcome of judging one page: which blocks stay, and who dropped the others and why. */
public final class Judgement {
    private final List<Block> blocks;
    private final Decision[] decisions;
    private final String[] rules;
    private final String[] reasons;

    Judgement(List<Block> blocks, Decision[] decisions, String[] rules, String[] reasons) {
        this.blocks = blocks;
        this.decisions = decisions;
        this.rules = rules;
        this.reasons = reasons;
    }

    public List<Block> kept() {
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (decisions[i] == Decision.KEEP) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    public List<Removal> removed() {
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (decisions[i] == Decision.DROP) {
                removed.add(new Removal(blocks.get(i).text(), reasons[i], rules[i]));
            }
        }
        return removed;
    }

    public Decision decisionOf(int index) {
        return decisions[index];
    }

    /** The rule that decided the block, or null when no rule did. */
    public String ruleOf(int index) {
        return rules[index];
    }

    public String reasonOf(int index) {
        return reasons[index];
    }
}
