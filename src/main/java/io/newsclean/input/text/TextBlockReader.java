package io.newsclean.input.text;

import io.newsclean.input.BlockReader;
import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import io.newsclean.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/** Front end for flattened text: one block per non-blank line. */
public final class TextBlockReader implements BlockReader {

    @Override
    public ParsedPage read(Page page) {
        List<Block> blocks = new ArrayList<>();
        for (String line : page.content().split("\\R")) {
            String text = Whitespace.normalize(line);
            if (!text.isEmpty()) {
                blocks.add(Block.line(blocks.size(), text));
            }
        }
        return new ParsedPage(blocks, PageMetadata.EMPTY);
    }
}
