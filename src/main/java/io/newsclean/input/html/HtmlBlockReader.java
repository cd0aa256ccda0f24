package io.newsclean.input.html;

import io.newsclean.input.BlockReader;
import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import io.newsclean.text.Whitespace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Front end for HTML: the only code that touches jsoup. */
public final class HtmlBlockReader implements BlockReader {

    @Override
    public ParsedPage read(Page page) {
        Document doc = Jsoup.parse(page.content(), page.url() == null ? "" : page.url());
        List<Block> blocks = new ArrayList<>();
        for (Element el : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote")) {
            String text = Whitespace.normalize(el.text());
            if (!text.isEmpty()) {
                BlockKind kind = el.tagName().startsWith("h") ? BlockKind.HEADING : BlockKind.PARAGRAPH;
                blocks.add(new Block(blocks.size(), text, kind, 0, Set.of(), 0, ""));
            }
        }
        List<String> titles = new ArrayList<>();
        if (!doc.title().isBlank()) {
            titles.add(Whitespace.normalize(doc.title()));
        }
        return new ParsedPage(blocks, new PageMetadata(titles, List.of(), null, null, null, null, null));
    }
}
