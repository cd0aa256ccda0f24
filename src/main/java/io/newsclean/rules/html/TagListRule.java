package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/** Topic tags and keyword lists under the article ("Tags: NATO, Russia"). */
public final class TagListRule implements Rule {
    private static final Verdict TAGS = Verdict.drop("tags");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:tags|topics|keywords|categories|filed under|schlagworte|themen|mots-clés|etiquetas|tópicos)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 25;

    @Override
    public String name() {
        return "tag-list";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        if (!BlockShape.atMostWords(block, context, MAX_WORDS)) {
            return Verdict.PASS;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.TAGS) || LABEL.matcher(block.text()).find()) {
            return TAGS;
        }
        return Verdict.PASS;
    }
}
