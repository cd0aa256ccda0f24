package io.newsclean.rules.html;

import io.newsclean.input.html.ClassVocabulary;
import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/** "Advertisement" labels and the text of ad slots, which pages leave between paragraphs. */
public final class AdvertisementLabelRule implements Rule {
    private static final Verdict AD = Verdict.drop("advertisement");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content)?|paid content|anzeige|werbung|publicidad|"
                    + "publicité|pubblicità|reklama|reclame|annonse|annons|mainos|[Рр]еклама|РЕКЛАМА|"
                    + "(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|"
                    + "continue reading (?:below|after the advertisement)|scroll to continue(?: with content)?)"
                    + "\\s*[:.]?$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_AD_SLOT_WORDS = 12;

    @Override
    public String name() {
        return "advertisement-label";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (text.length() <= 60 && LABEL.matcher(text).matches()) {
            return AD;
        }
        if (BlockShape.inContainer(block, ClassVocabulary.AD) && BlockShape.atMostWords(block, context, MAX_AD_SLOT_WORDS)) {
            return AD;
        }
        return Verdict.PASS;
    }
}
