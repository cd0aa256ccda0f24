package io.newsclean.input.html;

import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;

import java.util.List;
import java.util.Optional;

/** Test helper: reads a small hand-written HTML page. */
final class HtmlPages {
    private HtmlPages() {
    }

    static ParsedPage read(String html) {
        return read(html, null);
    }

    static ParsedPage read(String html, String url) {
        Page page = new Page(html, Format.HTML, "UTF-8", SourceInfo.ofFile("test.html").withDecoding(Format.HTML, "UTF-8"), url);
        return new HtmlBlockReader().read(page);
    }

    static Optional<Block> block(ParsedPage parsed, String text) {
        return parsed.blocks().stream().filter(b -> b.text().equals(text)).findFirst();
    }

    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    /** Long enough prose for the content scorer to notice. */
    static String prose(String lead) {
        return lead + " The council met on Friday, and the ministers agreed, after a long debate, that the talks "
                + "would go on next month in Brussels, where the envoys will meet again.";
    }
}
