package io.newsclean.quotes.lexicon;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.Set;

/**
 * The English word lists that tell where the words naming a speaker begin and end: auxiliaries,
 * determiners, prepositions, clause words, counts and hedges, times, and the lowercase words of a
 * description before a name.
 */
public final class MentionWords {
    private MentionWords() {
    }

    /** Words between a subject and its cue that belong to neither. */
    public static final Set<String> AUXILIARIES = QuoteWords.ATTRIBUTION.set("mention-parser.auxiliaries");

    public static final Set<String> PASSIVE = QuoteWords.ATTRIBUTION.set("mention-parser.passive");

    public static final Set<String> INNER_VERBS = QuoteWords.ATTRIBUTION.set("mention-parser.inner-verbs");

    public static final Set<String> CLAUSE_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.clause-words");

    public static final Set<String> DETERMINERS = QuoteWords.ATTRIBUTION.set("mention-parser.determiners");

    /** Plural or bare nouns that name a group of speakers without a determiner. */
    public static final Set<String> BARE_SOURCES = QuoteWords.ATTRIBUTION.set("mention-parser.bare-sources");

    public static final Set<String> PREPOSITIONS = QuoteWords.ATTRIBUTION.set("mention-parser.prepositions");

    /** Words that end a name or description after an inverted cue ("said Smith on Monday"). */
    public static final Set<String> NP_STOPS = QuoteWords.ATTRIBUTION.set("mention-parser.np-stops");

    public static final Set<String> INTRO_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.intro-words");

    /** Quantifiers that stand alone for people already in view: "Some chanted", "Many said", "said another". */
    public static final Set<String> QUANTIFIER_PRONOUNS = QuoteWords.ATTRIBUTION.set("mention-parser.quantifier-pronouns");

    /** Words in -ed or -ing that are nouns or adjectives, not verbs: "the evening of", "morning in". */
    public static final Set<String> NOT_VERBS = QuoteWords.ATTRIBUTION.set("mention-parser.not-verbs");

    /** Words other than determiners that open a stretch of time: "Next week", "Last year", "Each cycle". */
    public static final Set<String> TIME_OPENERS = QuoteWords.ATTRIBUTION.set("mention-parser.time-openers");

    public static final Set<String> TIME_NOUNS = QuoteWords.ATTRIBUTION.set("mention-parser.time-nouns");

    public static final Set<String> WEEKDAYS = QuoteWords.ATTRIBUTION.set("mention-parser.weekdays");

    public static final Set<String> SUBORDINATORS = QuoteWords.ATTRIBUTION.set("mention-parser.subordinators");

    /** Prepositions of place that open an introductory phrase: "Outside the arena, about 200 protesters …". */
    public static final Set<String> PLACE_PREPOSITIONS = QuoteWords.ATTRIBUTION.set("mention-parser.place-prepositions");

    /** Words that hedge a count: "about four in 10", "nearly half", "more than 200". */
    public static final Set<String> APPROXIMATORS = QuoteWords.ATTRIBUTION.set("mention-parser.approximators");

    /** Second words of two-word hedges: "more than", "fewer than", "at least", "at most". */
    public static final Set<String> HEDGE_ENDS = QuoteWords.ATTRIBUTION.set("mention-parser.hedge-ends");

    public static final Set<String> HEDGE_STARTS = QuoteWords.ATTRIBUTION.set("mention-parser.hedge-starts");

    /** Counts spelled out, and shares: "Eleven organizations", "half of voters", "a majority of". */
    public static final Set<String> NUMBER_WORDS = QuoteWords.ATTRIBUTION.set("mention-parser.number-words");

    /** Lowercase words that may stand between an affiliation and a name: "Clinton campaign chairman John Podesta". */
    private static final Set<String> DESCRIPTION_ADJECTIVES = QuoteWords.ATTRIBUTION.set("mention-parser.description-adjectives");

    /** Whether a lowercase word right after a capitalised word carries on its phrase: an article, or a title ("Former prosecutor"). */
    public static boolean continuesNounPhrase(String lower) {
        return Names.isArticle(lower) || isDescriptionWord(lower);
    }

    /**
     * Whether a lowercase word can be part of the description before a name. A verb cannot: in "Todd pressed
     * Republican National Chairman Reince Priebus" the subject is Todd alone.
     */
    public static boolean isDescriptionWord(String lower) {
        return Names.TITLES.contains(lower) || Names.PERSON_ROLES.contains(lower) || DESCRIPTION_ADJECTIVES.contains(lower);
    }

    /** A plural noun for people who may speak: "lobbyists", "voters", "senators". */
    public static boolean isPeopleNoun(String lw) {
        return lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")
                && (BARE_SOURCES.contains(lw) || Names.PERSON_ROLES.contains(lw.substring(0, lw.length() - 1)));
    }

    public static boolean isCount(String lower) {
        return NUMBER_WORDS.contains(lower) || !lower.isEmpty() && Character.isDigit(lower.charAt(0))
                && lower.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }
}
