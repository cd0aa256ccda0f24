package io.newsclean.rules;

import io.newsclean.model.Block;

import java.util.Arrays;
import java.util.List;

/**
 * Runs an ordered list of rules over a page. Rules run one after another over all blocks, so a
 * later rule (context smoothing, say) can read the decisions of earlier ones. Each rule sees the
 * decisions as they stood before it ran, whatever order it visits blocks in. The first rule to
 * decide a block settles it. A block no rule decides is kept.
 */
public final class RuleChain {
    private final List<Rule> rules;

    public RuleChain(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Judgement judge(List<Block> blocks, PageFacts facts) {
        int n = blocks.size();
        Decision[] decisions = new Decision[n];
        Arrays.fill(decisions, Decision.PASS);
        String[] deciders = new String[n];
        String[] reasons = new String[n];
        JudgeContext context = new JudgeContext(blocks, facts, decisions);
        Verdict[] verdicts = new Verdict[n];
        for (Rule rule : rules) {
            for (int i = 0; i < n; i++) {
                verdicts[i] = decisions[i] == Decision.PASS ? rule.judge(blocks.get(i), context) : null;
            }
            for (int i = 0; i < n; i++) {
                if (verdicts[i] != null && verdicts[i].decided()) {
                    decisions[i] = verdicts[i].decision();
                    deciders[i] = rule.name();
                    reasons[i] = verdicts[i].reason();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (decisions[i] == Decision.PASS) {
                decisions[i] = Decision.KEEP;
            }
        }
        return new Judgement(blocks, decisions, deciders, reasons);
    }
}
