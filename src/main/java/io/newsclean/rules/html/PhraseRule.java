package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PhraseKind;

/**
 * Shared shape of the prompt rules: a short block with the wording the phrase files give for the
 * prompt, or a short block inside an element the page names after the prompt, is dropped with
 * the prompt's reason. The word limit is the rule's own: a block of markup carries more around a
 * prompt than a flattened line does.
 */
abstract class PhraseRule implements Rule {
    private final String name;
    private final Verdict verdict;
    private final String containerWord;
    private final int maxWords;
    private final PhraseKind[] kinds;

    PhraseRule(String name, String reason, String containerWord, int maxWords, PhraseKind... kinds) {
        this.name = name;
        this.verdict = Verdict.drop(reason);
        this.containerWord = containerWord;
        this.maxWords = maxWords;
        this.kinds = kinds;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (!BlockShape.atMostWords(block, context, maxWords)) {
            return Verdict.PASS;
        }
        if (containerWord != null && BlockShape.inContainer(block, containerWord)) {
            return verdict;
        }
        return PromptWording.has(block, context, kinds) ? verdict : Verdict.PASS;
    }
}
