package io.newsclean;

import io.newsclean.extract.ArticleAssembler;
import io.newsclean.input.BlockReader;
import io.newsclean.input.InputException;
import io.newsclean.input.PageDecoder;
import io.newsclean.input.ParsedPage;
import io.newsclean.input.html.HtmlBlockReader;
import io.newsclean.input.text.TextBlockReader;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.Page;
import io.newsclean.model.SourceInfo;
import io.newsclean.quotes.QuoteExtractor;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;
import io.newsclean.rules.RuleBook;
import io.newsclean.rules.RuleChain;

/**
 * The library's entry point: one page in, one clean article out.
 *
 * <p>Instances are immutable and thread-safe; build one and share it across threads.
 */
public final class NewsCleaner {
    /**
     * Pages past this size (10 MiB, before and after gunzip) are refused rather than risk running
     * out of memory: far above any real article page, and small enough that a page per thread
     * fits a modest heap, since a parsed page takes several times its size.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final PageDecoder decoder;
    private final ArticleAssembler assembler = new ArticleAssembler();
    private final QuoteExtractor quotes = new QuoteExtractor();

    /** A cleaner that refuses pages past {@link #DEFAULT_MAX_BYTES}. */
    public NewsCleaner() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * A cleaner with its own size limit.
     *
     * @param maxBytes the largest page accepted, before and after gunzip
     */
    public NewsCleaner(long maxBytes) {
        this.decoder = new PageDecoder(maxBytes);
    }

    /**
     * Decodes raw bytes (gzip and charset handled) and cleans the page.
     *
     * @param bytes   the page as read or fetched, possibly gzipped
     * @param options the format, address, outside charset and explanation to use
     * @param source  where the page came from, echoed in the article
     * @return the clean article; a page with no article gives empty paragraphs and the warning
     *         {@code no-article}
     * @throws InputException when the bytes cannot be a page: empty, binary, too large, broken gzip
     */
    public Article clean(byte[] bytes, CleanOptions options, SourceInfo source) throws InputException {
        Page page = decoder.decode(bytes, options.format(), options.charset(), source, options.url());
        return clean(page, options.explain());
    }

    /**
     * Cleans an already decoded page.
     *
     * @param page    the page's text, format and source
     * @param explain whether to list the dropped blocks under {@link Article#removed()}
     * @return the clean article
     */
    public Article clean(Page page, boolean explain) {
        boolean html = page.format() == Format.HTML;
        ParsedPage parsed = (html ? (explain ? HtmlPath.EXPLAIN_READER : HtmlPath.READER) : TextPath.READER).read(page);
        PageFacts facts = new PageFacts(parsed.metadata(), parsed.analyses());
        Judgement judgement = (html ? HtmlPath.RULES : TextPath.RULES).judge(parsed.blocks(), facts);
        Article article = assembler.assemble(page, parsed, facts, judgement, explain);
        return article.withQuotes(quotes.extract(article.paragraphs(), article.language()));
    }

    /**
     * The HTML front end, built on first use, so that a call on a text page does not build its
     * rules. Lazy and thread-safe by class initialisation; all three members are immutable.
     */
    private static final class HtmlPath {
        static final BlockReader READER = new HtmlBlockReader(false);
        /** An explanation lists the page chrome too, so it needs every block of the page. */
        static final BlockReader EXPLAIN_READER = new HtmlBlockReader(true);
        static final RuleChain RULES = RuleBook.forFormat(Format.HTML);
    }

    /**
     * The text front end, built on first use: its phrase book compiles patterns for every language
     * it knows, a cost an HTML-only run (a batch of saved pages, say) need never pay at start.
     * Class initialisation makes this lazy and thread-safe; both members are immutable.
     */
    private static final class TextPath {
        static final BlockReader READER = new TextBlockReader();
        static final RuleChain RULES = RuleBook.forFormat(Format.TEXT);
    }
}
