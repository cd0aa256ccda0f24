package io.newsclean.rules.line;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;
import io.newsclean.text.LineFeatures;
import io.newsclean.text.Script;
import io.newsclean.text.Words;

import java.util.Map;

/**
 * Drops short labels written in another script than the page's language, such as a Russian
 * interface label of the site's software left in Russian on an English page: interface text
 * from the site's software, not the article. Sentences are left alone: articles do quote
 * foreign words, but not as a bare label on a line of its own.
 */
public final class ForeignScriptRule implements Rule {
    public static final String REASON = "template-string";
    private static final int MAX_WORDS = 8;
    private static final Map<String, Script> SCRIPTS = Map.ofEntries(
            Map.entry("ru", Script.CYRILLIC), Map.entry("uk", Script.CYRILLIC), Map.entry("bg", Script.CYRILLIC),
            Map.entry("el", Script.GREEK), Map.entry("ar", Script.ARABIC), Map.entry("fa", Script.ARABIC),
            Map.entry("he", Script.HEBREW), Map.entry("hi", Script.DEVANAGARI), Map.entry("ne", Script.DEVANAGARI),
            Map.entry("th", Script.THAI), Map.entry("ko", Script.HANGUL), Map.entry("hy", Script.ARMENIAN),
            Map.entry("ka", Script.GEORGIAN), Map.entry("bn", Script.BENGALI), Map.entry("ta", Script.TAMIL),
            Map.entry("te", Script.TELUGU));

    @Override
    public String name() {
        return "foreign-script";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String language = context.facts().language();
        if (language == null || "zh".equals(language) || "ja".equals(language)) {
            return Verdict.PASS;
        }
        Script expected = SCRIPTS.getOrDefault(language, Script.LATIN);
        String text = block.text();
        if (Words.count(text) > MAX_WORDS || LineFeatures.of(text, null).endsSentence()) {
            return Verdict.PASS;
        }
        int[] counts = new int[2]; // letters words in the page's script, in others
        Words.scan(text, (t, s, e, script) -> {
            if (Character.isLetter(Character.codePointAt(t, s))) {
                counts[script == expected ? 0 : 1]++;
            }
        });
        return counts[1] >= 2 && counts[0] == 0 ? Verdict.drop(REASON) : Verdict.PASS;
    }
}
