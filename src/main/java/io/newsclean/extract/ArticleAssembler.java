package io.newsclean.extract;

import io.newsclean.input.ParsedPage;
import io.newsclean.model.Article;
import io.newsclean.model.Block;
import io.newsclean.model.BodyBlock;
import io.newsclean.model.Page;
import io.newsclean.model.PageMetadata;
import io.newsclean.rules.Judgement;
import io.newsclean.rules.PageFacts;

import java.util.ArrayList;
import java.util.List;

/** Builds the article from the kept blocks and the page's metadata. */
public final class ArticleAssembler {

    public Article assemble(Page page, ParsedPage parsed, PageFacts facts, Judgement judgement, boolean explain) {
        PageMetadata meta = parsed.metadata();
        List<String> paragraphs = new ArrayList<>();
        List<BodyBlock> blocks = new ArrayList<>();
        for (Block block : judgement.kept()) {
            paragraphs.add(block.text());
            blocks.add(BodyBlock.of(block));
        }
        String title = TitleReconciler.reconcile(meta.titleCandidates(), facts.siteName());
        List<String> warnings = paragraphs.isEmpty() ? List.of("no-article") : List.of();
        String url = meta.url() != null ? meta.url() : page.url();
        return new Article(page.source(), url, title, meta.authors(), meta.published(), meta.modified(),
                facts.siteName(), facts.language(), meta.description(), meta.image(), meta.tags(), paragraphs,
                blocks, List.of(),
                explain ? judgement.removed() : List.of(), warnings);
    }
}
