package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.model.BlockKind;
import io.newsclean.model.Mark;
import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/**
 * Image alt and title texts, figure captions and photo credits describe pictures, not the story.
 * What marks them is where they stand: an image attribute, a figure, a caption or credit element.
 */
public final class ImageTextRule implements Rule {
    private static final Verdict CAPTION = Verdict.drop("image-caption");
    private static final Verdict CREDIT = Verdict.drop("photo-credit");
    /** "© AFP 2021 / NAME", "Photo: NAME", "Credit: ..." */
    static final Pattern CREDIT_TEXT = Pattern.compile(
            "^(?:©|\\(c\\)|copyright\\b|(?:photo(?:graph)?s?|image|picture|pic|credit|foto|bild|fotó|source|illustration|video)"
                    + "(?:\\s+(?:credit|by|courtesy))?\\s*[:|/])",
            Pattern.CASE_INSENSITIVE);

    /** A caption that ends with its credit in brackets: "Protesters in the street (Image: AGENCY)". */
    static final Pattern CREDIT_SUFFIX = Pattern.compile(
            "\\((?:photo(?:graph)?s?|image|picture|pic|credit|foto|video|source)\\s*:[^()]{1,60}\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAPTION_WORDS = 40;
    /** A credit line standing alone is a name or two and an agency. */
    private static final int MAX_CREDIT_WORDS = 12;

    @Override
    public String name() {
        return "image-text";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (block.has(Mark.IMAGE_TEXT) || block.has(Mark.IN_FIGURE) || block.kind() == BlockKind.CAPTION
                || BlockShape.inContainer(block, ClassVocabulary.CAPTION)) {
            return isCredit(block) ? CREDIT : CAPTION;
        }
        if (BlockShape.atMostWords(block, context, MAX_CREDIT_WORDS) && isCredit(block)) {
            return CREDIT;
        }
        if (text.endsWith(")") && BlockShape.atMostWords(block, context, MAX_CAPTION_WORDS)
                && CREDIT_SUFFIX.matcher(text).find()) {
            return CAPTION;
        }
        return Verdict.PASS;
    }

    private static boolean isCredit(Block block) {
        return BlockShape.inContainer(block, ClassVocabulary.CREDIT) || CREDIT_TEXT.matcher(block.text()).find();
    }
}
