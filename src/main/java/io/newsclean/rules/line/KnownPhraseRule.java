package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PhraseBook;
import io.newsclean.text.PhraseKind;

/**
 * Drops prompts, notices and page furniture known by their wording in the phrase files
 * (login and registration prompts, cookie notices, share rows, "read more" links, comment
 * headers, credits, template strings...). The reason is the kind of phrase. Judges a block by
 * its text alone, so it serves any front end.
 */
public final class KnownPhraseRule implements Rule {
    private final PhraseBook phrases;

    public KnownPhraseRule() {
        this(PhraseBook.standard());
    }

    public KnownPhraseRule(PhraseBook phrases) {
        this.phrases = phrases;
    }

    @Override
    public String name() {
        return "known-phrase";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        // a text dump's lines were classified once already, when the page was measured
        PhraseKind kind = block.kind() == BlockKind.LINE && phrases == PhraseBook.standard()
                ? LinePage.of(context).phrase(block.index())
                : phrases.classify(block.text());
        return kind == null ? Verdict.PASS : Verdict.drop(kind.reason());
    }
}
