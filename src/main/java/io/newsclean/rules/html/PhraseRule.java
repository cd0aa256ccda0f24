package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/**
 * Shared shape of the prompt rules: a short block whose words match the prompt's wording, or a
 * short block inside an element the page names after the prompt, is dropped with the prompt's reason.
 */
abstract class PhraseRule implements Rule {
    private final String name;
    private final Verdict verdict;
    private final Pattern phrase;
    private final String containerWord;
    private final int maxWords;
    /** Lower-case words one of which every match contains; none present means no match, cheaply. */
    private final String[] keywords;

    PhraseRule(String name, String reason, Pattern phrase, String containerWord, int maxWords, String... keywords) {
        this.name = name;
        this.verdict = Verdict.drop(reason);
        this.phrase = phrase;
        this.containerWord = containerWord;
        this.maxWords = maxWords;
        this.keywords = keywords;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (!BlockShape.atMostWords(block, context, maxWords)) {
            return Verdict.PASS;
        }
        if (containerWord != null && BlockShape.inContainer(block, containerWord)) {
            return verdict;
        }
        return mayMatch(block, context) && phrase.matcher(text).find() ? verdict : Verdict.PASS;
    }

    /** The pattern is slow next to a substring search, so it runs only when a keyword is present. */
    private boolean mayMatch(Block block, JudgeContext context) {
        if (keywords.length == 0) {
            return true;
        }
        String lower = LowerCaseTexts.of(block, context);
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
