package io.newsclean.input.text;

import io.newsclean.input.BlockReader;
import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import io.newsclean.text.HeadlineFinder;
import io.newsclean.text.LanguageGuesser;
import io.newsclean.text.PageLines;
import io.newsclean.text.SiteSuffix;
import io.newsclean.text.Whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Front end for flattened text: one block per non-blank line. From the lines alone it learns
 * the page's language, the site's name (a recurring " - Site Name" suffix), the headline, and the
 * byline and date lines near it.
 */
public final class TextBlockReader implements BlockReader {
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    @Override
    public ParsedPage read(Page page) {
        List<Block> blocks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : LINE_BREAK.split(page.content())) {
            String text = Whitespace.normalize(line);
            if (!text.isEmpty()) {
                blocks.add(Block.line(blocks.size(), text));
                texts.add(text);
            }
        }
        String language = LanguageGuesser.guess(String.join("\n", texts));
        String siteName = SiteSuffix.find(texts);
        PageLines lines = PageLines.analyse(texts, language, siteName);
        int headline = HeadlineFinder.find(lines);
        List<String> titles = new ArrayList<>();
        if (headline >= 0) {
            String text = lines.text(headline);
            String bare = SiteSuffix.stripped(text, siteName);
            titles.add(bare != null ? bare : text);
        }
        TextMetadata.Found shown = TextMetadata.find(texts, headline, language);
        PageMetadata metadata = new PageMetadata(titles, shown.authors(), shown.published(), siteName, language, null, null);
        // the rules measure the same lines with the same language and site name: hand them this analysis
        return new ParsedPage(blocks, metadata, Map.of(PageLines.class, lines));
    }
}
