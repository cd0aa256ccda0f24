package io.newsclean.rules.html;

import java.util.regex.Pattern;

/**
 * The wording of the prompts sites put around articles. Each pattern matches only inside a short
 * block (the rules check the length), so a sentence of the story that happens to mention a
 * newsletter is not touched.
 */
final class PromptPhrases {
    private PromptPhrases() {
    }

    private static Pattern of(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    static final Pattern REGISTRATION = of(
            "registration (?:was|is) successful|thank you for (?:registering|signing up)|"
                    + "(?:please )?(?:follow|click) the link (?:from|in) the (?:e-?mail|message)|"
                    + "(?:check|confirm) your (?:e-?mail|inbox)|verification (?:e-?mail|link) (?:was|has been) sent");
    static final Pattern LOGIN = of(
            "^(?:log ?in|sign ?in|register|sign up)(?:\\s*(?:or|/|\\|)\\s*(?:log ?in|sign ?in|register|sign up|"
                    + "create an account|subscribe))?\\.?$|"
                    + "(?:log ?in|sign ?in|register|logged in|signed in)\\b.{0,40}\\b(?:to (?:comment|participate|"
                    + "join|post|reply|continue|read)|the discussion)|"
                    + "to (?:participate|join|take part) in the (?:discussion|conversation)|"
                    + "already (?:have an account|registered)|forgot (?:your )?password|create (?:an|your) account|"
                    + "don't have an account");
    static final Pattern NEWSLETTER = of(
            "\\bnewsletters?\\b|sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)|"
                    + "(?:delivered|straight|direct(?:ly)?) to your inbox|get (?:our|the) (?:daily|weekly|latest)|"
                    + "enter your e-?mail|your e-?mail address|by signing up,? you agree");
    static final Pattern PAYWALL = of(
            "(?:subscribe|subscription) (?:now )?to (?:continue|keep|read)|already a (?:subscriber|member)|"
                    + "to (?:continue|keep) reading|this (?:article|content|story) is (?:for|available to|only "
                    + "available to) (?:subscribers|members|premium)|for subscribers only|"
                    + "you have (?:reached|read) (?:your|\\d+) (?:limit|free articles)|"
                    + "(?:unlimited|full) (?:digital )?access|remaining free articles?|start your (?:free )?trial");
    static final Pattern COOKIES = of(
            "\\bcookies?\\b.{0,120}\\b(?:use|using|accept|consent|policy|settings|agree|browsing|experience)|"
                    + "\\b(?:use|using|accept|consent|policy|settings|agree)\\b.{0,120}\\bcookies?\\b");
    static final Pattern COMMENTS = of(
            "^(?:\\d+\\s+)?(?:comments?|responses?|replies)(?:\\s*\\(\\d+\\))?$|^(?:leave|post|add|write|view|show|"
                    + "see|read|load|hide)(?: all| more)? (?:a |the |\\d+ )?(?:comments?|replies|reply|responses?)\\b|"
                    + "comments? (?:are|have been) (?:closed|disabled)|join the (?:discussion|conversation)|"
                    + "^be the first to comment|community guidelines|^(?:reply|report|like|flag)$");
    static final Pattern SHARE = of(
            "^(?:(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|telegram|"
                    + "messenger|copy link|copy|save|flipboard|vk|tumblr|pocket|sms|comment|comments|more|"
                    + "share this(?: article| story)?|share on \\w+|share via \\w+|share article|share story)"
                    + "[\\s:|,/·•]*)+$|^share (?:this|on|via)\\b|\\bshare (?:this|the) (?:article|story)\\b");
    static final Pattern RELATED = of(
            "^(?:read more|related|related (?:articles?|stories|content|coverage|news|reading|links)|see also|"
                    + "also read|read also|more on this|more from|you may also like|you might also like|"
                    + "recommended(?: for you)?|more stories|more news|further reading|most read|most popular|"
                    + "trending(?: now)?|popular|watch|up next|what to read next|read next|don't miss|"
                    + "lesen sie auch|mehr zum thema|(?:à|À) lire aussi|lire aussi|leia (?:também|mais)|lee también|"
                    + "leggi anche|[Чч]итайте также)\\b");
}
