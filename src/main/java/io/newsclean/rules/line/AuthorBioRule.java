package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.PageLines;

import java.util.List;

/**
 * Drops the author's card under the article: a line in the body that opens with the name of an
 * author the byline named ("Jane Doe", "Jane Doe is a reporter for ...", "Jane Doe writes about
 * ...") when no paragraph of the article follows it, only the card's own. What follows its
 * author's name there is about the author. The same name in a paragraph with more of the article
 * after it stays.
 */
public final class AuthorBioRule implements Rule {
    public static final String REASON = "author-bio";
    /** An author's card is a few lines at the end of the body: a name, a photo's credit, a bio. */
    private static final int MAX_CARD_LINES = 6;

    @Override
    public String name() {
        return "author-bio";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        List<String> authors = context.facts().metadata().authors();
        PageLines page = LinePage.of(context);
        int i = block.index();
        if (authors.isEmpty() || !page.inBody(i) || page.bodyEnd() - i >= MAX_CARD_LINES
                || !opensWithAuthor(block.text(), authors)) {
            return Verdict.PASS;
        }
        for (int j = i + 1; j <= page.bodyEnd(); j++) {
            if (page.prose(j) && !opensWithAuthor(page.text(j), authors)) {
                return Verdict.PASS;
            }
        }
        return Verdict.drop(REASON);
    }

    private static boolean opensWithAuthor(String text, List<String> authors) {
        for (String author : authors) {
            if (opensWith(text, author)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is the name, or opens with it as a whole word. */
    private static boolean opensWith(String text, String name) {
        if (name.isBlank() || !text.startsWith(name)) {
            return false;
        }
        return text.length() == name.length() || !Character.isLetterOrDigit(text.charAt(name.length()));
    }
}
