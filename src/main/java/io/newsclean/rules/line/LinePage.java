package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.text.PageLines;

import java.util.ArrayList;
import java.util.List;

/** The page's lines measured once per page and shared by the line rules (see {@link PageLines}). */
final class LinePage {
    private LinePage() {
    }

    static PageLines of(JudgeContext context) {
        return context.derived(PageLines.class, c -> {
            List<String> texts = new ArrayList<>(c.blocks().size());
            for (Block block : c.blocks()) {
                texts.add(block.text());
            }
            return PageLines.analyse(texts, c.facts().language(), c.facts().siteName());
        });
    }
}
