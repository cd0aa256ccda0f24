package io.newsclean.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;

/**
 * Turns the words at an attribution into the fullest name the article gives that speaker:
 * names through their surname, "he"/"she" to the latest person of that gender, and person
 * descriptions ("the analyst") to the person the article described so or, failing that, the
 * latest person in subject position. Other descriptions ("the campaign") stay as written.
 */
final class SpeakerResolver {
    /** How many paragraphs back a pronoun or description may reach. */
    private static final int PRONOUN_REACH = 3;
    private static final int ROLE_REACH = 6;

    /** Builds the index; called at most once, and only when some quote needs a speaker. */
    private final Supplier<PersonIndex> indexBuilder;
    private PersonIndex index;

    SpeakerResolver(Supplier<PersonIndex> indexBuilder) {
        this.indexBuilder = indexBuilder;
    }

    /** Many articles have no attributed quote at all, so the index is built on first need. */
    private PersonIndex people() {
        if (index == null) {
            index = indexBuilder.get();
        }
        return index;
    }

    /** The speaker for a mention at a place in the article; null when it cannot be told. */
    String resolve(String mention, int paragraph, int pos) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        String m = lastPronoun(mention.strip());
        String lower = Names.lower(m);
        Gender pronoun = Names.genderOfPronoun(lower);
        if (Names.PRONOUNS.contains(lower)) {
            if (pronoun == Gender.UNKNOWN) {
                return null;
            }
            PersonIndex.Person p = people().recent(pronoun, paragraph, pos, PRONOUN_REACH, true);
            return p == null ? null : p.fullName;
        }
        m = beforePreposition(m);
        String[] words = Names.words(m);
        String last = Names.bare(words[words.length - 1]);
        boolean endsInName = !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && !Names.isOrgWord(last) && !Names.isTitle(last);
        if (endsInName) {
            List<String> tokens = lastNameTokens(m);
            if (!tokens.isEmpty()) {
                PersonIndex.Person p = people().find(tokens, paragraph, pos);
                if (p != null) {
                    return p.fullName;
                }
                if (isRun(m, tokens)) {
                    return String.join(" ", tokens);
                }
            }
            return m;
        }
        String head = Names.lower(last);
        String first = Names.lower(words[0]);
        boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
        if (definite && words.length <= 4 && Names.PERSON_ROLES.contains(head)) {
            PersonIndex.Person p = people().withRole(head, paragraph, pos, ROLE_REACH);
            if (p == null) {
                p = people().recent(Gender.UNKNOWN, paragraph, pos, PRONOUN_REACH, true);
            }
            if (p != null) {
                return p.fullName;
            }
        }
        return m;
    }

    /**
     * The person a paragraph ends on: its last subject at or after {@code from}, a name or a sentence-opening
     * "he"/"she" resolved in turn; null when none.
     */
    String latestSubject(int paragraph, int from) {
        return latestSubject(paragraph, from, Integer.MAX_VALUE);
    }

    /** The same, for the stretch of the paragraph before {@code before}. */
    String latestSubject(int paragraph, int from, int before) {
        PersonIndex.Mention named = people().lastSubjectIn(paragraph, from, before);
        int[] pronoun = people().lastPronounSubjectIn(paragraph, from, before);
        if (pronoun != null && (named == null || pronoun[0] > named.start())) {
            PersonIndex.Person p = people().recent(Gender.values()[pronoun[1]], paragraph, pronoun[0], PRONOUN_REACH, true);
            return p == null ? null : p.fullName;
        }
        return named == null ? null : named.person().fullName;
    }

    /** "an investment he": a phrase that ends in a personal pronoun was cut short before it; the pronoun is the subject. */
    private static String lastPronoun(String mention) {
        int space = mention.lastIndexOf(' ');
        if (space < 0) {
            return mention;
        }
        String tail = mention.substring(space + 1);
        return Names.genderOfPronoun(tail) != Gender.UNKNOWN && Names.PRONOUNS.contains(Names.lower(tail)) ? tail : mention;
    }

    private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile(
            "\\s(?:of|for|at|from|with|in|on|who|whose|which)\\s");

    /** "Patrick Murray of Christie" names Murray: a name before "of", "for", … is the speaker. */
    private static String beforePreposition(String mention) {
        java.util.regex.Matcher m = PREPOSITION.matcher(mention);
        if (m.find()) {
            String head = mention.substring(0, m.start());
            String lastWord = head.substring(head.lastIndexOf(' ') + 1);
            if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0)) && !Names.isOrgWord(lastWord)) {
                return head;
            }
        }
        return mention;
    }

    /** Whether the mention is only the name (possibly with titles), not a longer phrase. */
    private static boolean isRun(String mention, List<String> tokens) {
        List<Names.Run> runs = Names.runs(mention);
        return !runs.isEmpty() && runs.get(0).start() == 0 && runs.get(0).end() >= mention.length() - 1;
    }

    /** Name tokens of the last capitalised run in the mention. */
    private static List<String> lastNameTokens(String mention) {
        List<String> tokens = new ArrayList<>();
        for (Names.Run r : Names.runs(mention)) {
            List<String> t = Names.nameTokens(r.text());
            if (!t.isEmpty()) {
                tokens = t;
            }
        }
        return tokens;
    }
}
