package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/** Author lines inside the body: "By Jane Doe", an author box, or the declared author's name alone. */
public final class BylineRule implements Rule {
    private static final Verdict BYLINE = Verdict.drop("byline");
    private static final Pattern BY = Pattern.compile(
            "^(?:by|von|par|por|door|di|av|af|[Оо]т|written by|words by|reporting by|story by)\\s+\\p{Lu}",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_WORDS = 15;

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (!BlockShape.atMostWords(block, context, MAX_WORDS)) {
            return Verdict.PASS;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.BYLINE) || startsWithBy(text)) {
            return BYLINE;
        }
        for (String author : context.facts().metadata().authors()) {
            if (text.equalsIgnoreCase(author)) {
                return BYLINE;
            }
        }
        return Verdict.PASS;
    }

    /** "By Jane Doe" but not "By the time...": the word after "by" is capitalised, case-sensitively. */
    private static boolean startsWithBy(String text) {
        if (!BY.matcher(text).find()) {
            return false;
        }
        int space = text.indexOf(' ');
        return space > 0 && space + 1 < text.length() && Character.isUpperCase(text.charAt(space + 1))
                && !BlockShape.endsLikeSentence(text);
    }
}
