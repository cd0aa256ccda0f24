package io.newsclean.input.html;

import io.newsclean.extract.LanguageChoice;
import io.newsclean.input.BlockReader;
import io.newsclean.input.ParsedPage;
import io.newsclean.model.Block;
import io.newsclean.model.Mark;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Set;

/**
 * Front end for HTML, and the only code that touches jsoup. One parse, then three linear passes:
 * a scan that sums text bottom-up and collects metadata sources, the choice of the main-content
 * container, and the walk that cuts the body into blocks in reading order.
 */
public final class HtmlBlockReader implements BlockReader {
    private final boolean wholePage;

    /** A reader that emits every block of the page, chrome included, as an explanation needs. */
    public HtmlBlockReader() {
        this(true);
    }

    /**
     * @param wholePage false to emit only the blocks of the main content, which is all a clean
     *                  article needs; the result is the same, only faster
     */
    public HtmlBlockReader(boolean wholePage) {
        this.wholePage = wholePage;
    }

    @Override
    public ParsedPage read(Page page) {
        // The HTML parser lower-cases attribute names, so later lookups can be exact and fast.
        // Parsing from a reader decodes the page in small chunks as the parser goes, never as a whole.
        Document doc = Parser.htmlParser().parseInput(page.reader(), page.url() == null ? "" : page.url());
        ClassVocabulary.Cache vocabulary = new ClassVocabulary.Cache();
        PageScan scan = new PageScan(vocabulary);
        scan.scanHead(doc.head());
        Element body = doc.body();
        scan.scanBody(body);
        Set<Element> mainRoots = MainContentChooser.choose(scan);
        MarkupMetadata.Result meta = MarkupMetadata.read(doc, scan, mainRoots, page.url());
        List<Block> blocks = BlockEmitter.emit(body, mainRoots, scan.infos, vocabulary, wholePage);
        PageMetadata metadata = meta.metadata();
        return new ParsedPage(blocks, metadata.withLanguage(LanguageChoice.of(metadata.language(), mainText(blocks))));
    }

    /**
     * The start of the main content's text, as much as the language guess reads and no more (so
     * it need not be cut again); the same whether or not the page chrome was emitted too.
     */
    private static CharSequence mainText(List<Block> blocks) {
        int size = LanguageChoice.SAMPLE_CHARS;
        StringBuilder text = new StringBuilder(size);
        for (Block block : blocks) {
            if (text.length() >= size) {
                break;
            }
            if (block.has(Mark.IN_MAIN)) {
                String blockText = block.text();
                text.append(blockText, 0, Math.min(blockText.length(), size - text.length()));
                if (text.length() < size) {
                    text.append('\n');
                }
            }
        }
        return text;
    }
}
