package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.Set;

/**
 * Keeps a speaker to what can speak: a person, a group or an organisation, as a noun phrase. The words an
 * attribution hands over can run on into the sentence's verb ("Lori Bernstein held up a sign", "Taylor
 * didn't", "Mrs. Clinton regularly") or open with a clause word ("as Democrats pour into …", "Already"):
 * the verb and what follows it are cut off, and a phrase that opens a clause or stands for no one names
 * no speaker. Stateless.
 */
public final class SpeakerPhrase {
    private static final Set<String> PARTICLES = QuoteWords.NAMES.set("speaker-phrase.name-particles");
    private static final Set<String> LY_NOUNS = QuoteWords.NAMES.set("speaker-phrase.ly-nouns");
    private static final Set<String> NOT_OPENERS = QuoteWords.NAMES.set("speaker-phrase.not-openers");
    private static final Set<String> CLAUSE_VERBS = QuoteWords.NAMES.set("speaker-phrase.clause-verbs");
    /** Sentence adverbs a speaker's words may open with and lose: "even a top GOP strategist". */
    private static final Set<String> LEADING_ADVERBS = QuoteWords.NAMES.set("speaker-phrase.leading-adverbs");
    private static final Set<String> OBJECT_PRONOUNS = QuoteWords.NAMES.set("speaker-phrase.object-pronouns");
    private static final Set<String> VERB_PARTICLES = QuoteWords.NAMES.set("speaker-phrase.verb-particles");
    private static final Set<String> CONJUNCTIONS = QuoteWords.NAMES.set("speaker-phrase.conjunctions");
    private static final Set<String> BARE_SOURCES = QuoteWords.ATTRIBUTION.set("mention-parser.bare-sources");
    /** Words a lower-case speaker may open with: "the campaign", "many", "officials", "21 percent". */
    private static final Set<String> LOWER_OPENERS = union(QuoteWords.ATTRIBUTION.set("mention-parser.determiners"),
            QuoteWords.ATTRIBUTION.set("mention-parser.quantifier-pronouns"),
            QuoteWords.ATTRIBUTION.set("mention-parser.bare-sources"), QuoteWords.NAMES.set("names.pronouns"),
            QuoteWords.ATTRIBUTION.set("mention-parser.number-words"),
            QuoteWords.NAMES.set("speaker-resolver.determiners"));
    /** Words that carry a noun phrase on past a name: "Patrick Murray of Monmouth", "an aide to Clinton". */
    private static final Set<String> PREPOSITIONS = QuoteWords.ATTRIBUTION.set("mention-parser.prepositions");

    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,;:]+$");
    private static final Set<String> DETERMINERS_ALONE = QuoteWords.NAMES.set("speaker-phrase.determiners-alone");

    private SpeakerPhrase() {
    }

    /** The speaker as a noun phrase that can speak, or null when the words name no one. */
    public static String shape(String speaker) {
        if (speaker == null) {
            return null;
        }
        String[] words = Names.words(speaker);
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        int from = 0;
        while (from < words.length && LEADING_ADVERBS.contains(Names.lower(words[from]))) {
            from++;
        }
        if (from == words.length || NOT_OPENERS.contains(Names.lower(words[from]))) {
            return null;
        }
        if (isLower(words[from]) && !LOWER_OPENERS.contains(Names.lower(Names.bare(words[from]))) && !startsWithDigit(words[from])
                && !endsInGroupNoun(words) && from + 1 < words.length) {
            // "talk Dave Gorab called the", "showed Islamic State fighters": the phrase began before its noun;
            // the name in it is the speaker, and without one there is none ("federal prosecutors" is a group,
            // "blockbeta" a user's handle)
            from = firstCapitalised(words, from);
            if (from < 0) {
                return null;
            }
        }
        int to = verbPhraseStart(words, from);
        if (to - from == 1 && DETERMINERS_ALONE.contains(Names.lower(words[from]))) {
            return null; // "this wasn't the only finding" leaves "this", a relative "that" stands for a noun before it
        }
        if (from == 0 && to == words.length) {
            return speaker;
        }
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(i > from ? " " : "").append(words[i]);
        }
        String shaped = out.toString();
        if (to < words.length && isPossessive(words[to - 1])) {
            shaped = withoutPossessive(shaped); // "Donald Trump's flurry of late-night" was cut after the possessor
        }
        if (shaped.indexOf(',') >= 0 || shaped.indexOf(';') >= 0 || shaped.indexOf(':') >= 0) {
            shaped = TRAILING_PUNCTUATION.matcher(shaped).replaceAll("");
        }
        return shaped.isEmpty() ? null : shaped;
    }

    /**
     * Where the verb of the sentence starts within the words, or their count when none does: an auxiliary or
     * a negation anywhere, an adverb in -ly after a name or at the end ("Mrs. Clinton regularly"), or a
     * lower-case word that follows a name ("Lori Bernstein held up a sign") or the head noun of a phrase
     * about one ("The Rove ad hits Clinton", "Rubio’s campaign sent out a release") and itself takes an
     * object: a determiner, a pronoun, a name or a particle after it. After a determiner, the first
     * lower-case word past a name is the head noun ("The Rove ad"); nouns of a compound ("a former U.S.
     * law enforcement official"), prepositions and what they bring in stay.
     */
    private static int verbPhraseStart(String[] words, int from) {
        boolean determinerLed = LOWER_OPENERS.contains(Names.lower(words[from]));
        boolean afterName = false;
        boolean afterPossessive = false;
        boolean afterHead = false;
        boolean headTaken = false;
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            String lower = Names.lower(Names.bare(w));
            if (i == from || !isLower(w) || isPossessive(w)) {
                // "the world's energy transition": a possessive determines the noun after it
                afterName = Character.isUpperCase(w.charAt(0)) && !isPossessive(w) && !Names.isFunctionWord(w);
                afterPossessive = isPossessive(w);
                afterHead = false;
                continue;
            }
            boolean last = i + 1 == words.length;
            if (CLAUSE_VERBS.contains(Names.lower(w)) || isAdverb(lower) && (afterName || last)) {
                return i;
            }
            boolean continues = PREPOSITIONS.contains(lower) || PARTICLES.contains(lower) || CONJUNCTIONS.contains(lower);
            boolean groupNoun = Names.isRole(lower) || Names.ORG_WORDS.contains(lower) || LOWER_OPENERS.contains(lower);
            if (!continues && !groupNoun && afterName && determinerLed && !headTaken) {
                headTaken = true; // "The Rove ad": a name qualifying the noun
                afterHead = true;
            } else if (!continues && !groupNoun && (afterName || afterHead) && !last && takesObject(words[i + 1])) {
                return i;
            } else {
                afterHead = !continues && groupNoun && (afterName || afterPossessive || afterHead);
            }
            afterName = false;
            afterPossessive = false;
        }
        return words.length;
    }

    /** Whether a word opens the object of a verb before it: a determiner, a pronoun, a name or a particle. */
    private static boolean takesObject(String next) {
        String lower = Names.lower(Names.bare(next));
        return LOWER_OPENERS.contains(lower) || OBJECT_PRONOUNS.contains(lower) || VERB_PARTICLES.contains(lower)
                || Character.isUpperCase(next.charAt(0)) && !Names.isFunctionWord(next);
    }

    private static boolean isAdverb(String lower) {
        return lower.length() >= 5 && lower.endsWith("ly") && !LY_NOUNS.contains(lower);
    }

    private static String withoutPossessive(String phrase) {
        if (phrase.endsWith("’s") || phrase.endsWith("'s")) {
            return phrase.substring(0, phrase.length() - 2);
        }
        return phrase.endsWith("s’") || phrase.endsWith("s'") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }

    private static boolean isPossessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s") || w.endsWith("s’") || w.endsWith("s'");
    }

    private static boolean endsInGroupNoun(String[] words) {
        String lower = Names.lower(Names.bare(words[words.length - 1]));
        return Names.isRole(lower) || Names.ORG_WORDS.contains(lower) || BARE_SOURCES.contains(lower);
    }

    private static int firstCapitalised(String[] words, int from) {
        for (int i = from + 1; i < words.length; i++) {
            if (!isLower(words[i]) && !Names.isFunctionWord(words[i])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
