package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.text.PhraseBook;
import io.newsclean.text.PhraseKind;

import java.util.List;

/**
 * Per-page memo that asks the phrase files whether a block has the wording of a prompt. The
 * page's phrase book follows the language the page declares; each block is prepared once (trimmed,
 * lower-cased, its literal gates looked up) and then tested for as many kinds as the rules ask.
 * Not thread-safe: one per page, held by the page's context.
 */
final class PromptWording {
    private final PhraseBook book;
    private final List<Block> blocks;
    private final PhraseBook.Prepared[] prepared;

    private PromptWording(JudgeContext context) {
        this.book = PhraseBook.forLanguage(context.facts().language());
        this.blocks = context.blocks();
        this.prepared = new PhraseBook.Prepared[blocks.size()];
    }

    /** Whether the block's text has the wording of one of the kinds; the caller limits its length. */
    static boolean has(Block block, JudgeContext context, PhraseKind... kinds) {
        return context.derived(PromptWording.class, PromptWording::new).test(block, kinds);
    }

    private boolean test(Block block, PhraseKind[] kinds) {
        PhraseBook.Prepared text = preparedText(block);
        for (PhraseKind kind : kinds) {
            if (book.hasWording(kind, text)) {
                return true;
            }
        }
        return false;
    }

    private PhraseBook.Prepared preparedText(Block block) {
        int at = block.index();
        if (at < 0 || at >= prepared.length || blocks.get(at) != block) {
            return book.prepare(block.text());
        }
        PhraseBook.Prepared value = prepared[at];
        if (value == null) {
            value = book.prepare(block.text());
            prepared[at] = value;
        }
        return value;
    }
}
