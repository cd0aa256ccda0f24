package io.newsclean.rules.html;

import io.newsclean.model.Block;
import io.newsclean.rules.JudgeContext;
import io.newsclean.rules.Rule;
import io.newsclean.rules.Verdict;

import java.util.regex.Pattern;

/**
 * Text that is not prose at all but markup a page failed to render: unexpanded shortcodes
 * ("[button link=...]"), template placeholders ("{{ title }}"), and the notices shown to browsers
 * without scripts ("This slideshow requires JavaScript.").
 */
public final class TemplateTextRule implements Rule {
    private static final Verdict TEMPLATE = Verdict.drop("template-string");
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\[/[a-z_]+]|\\[[a-z_]+\\s+[a-z_-]+=[^\\]]*]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<%[^%]*%>|\\$\\{[a-z_.]+}");
    private static final Pattern SCRIPT_NOTICE = Pattern.compile(
            "(?:requires?|enable|turn on|activate)\\s+(?:your\\s+)?javascript|javascript (?:is )?(?:disabled|required)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NOTICE_WORDS = 20;

    @Override
    public String name() {
        return "template-text";
    }

    @Override
    public Verdict judge(Block block, JudgeContext context) {
        String text = block.text();
        if (text.indexOf('[') >= 0 && SHORTCODE.matcher(text).find()) {
            return TEMPLATE;
        }
        if ((text.indexOf('{') >= 0 || text.indexOf('<') >= 0) && PLACEHOLDER.matcher(text).find()) {
            return TEMPLATE;
        }
        if (BlockShape.atMostWords(block, context, MAX_NOTICE_WORDS) && text.contains("ava") && SCRIPT_NOTICE.matcher(text).find()) {
            return TEMPLATE;
        }
        return Verdict.PASS;
    }
}
