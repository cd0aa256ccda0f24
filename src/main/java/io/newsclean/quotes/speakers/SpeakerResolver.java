package io.newsclean.quotes.speakers;

import io.newsclean.quotes.attribution.GroupCounts;
import io.newsclean.quotes.lexicon.Gender;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.text.QuoteMarks;

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
public final class SpeakerResolver {
    /** How many paragraphs back a pronoun or description may reach. */
    private static final int PRONOUN_REACH = 3;

    /** Builds the index; called at most once, and only when some quote needs a speaker. */
    private final Supplier<PersonIndex> indexBuilder;
    private PersonIndex index;
    /** The article's paragraphs, in which a mention's surroundings are read. */
    private final List<String> paragraphs;

    public SpeakerResolver(List<String> paragraphs, Supplier<PersonIndex> indexBuilder) {
        this.paragraphs = paragraphs;
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
    public String resolve(String mention, int paragraph, int pos) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        String m = lastPronoun(subjectBeforeVerb(mention.strip(), paragraph, pos));
        String lower = Names.lower(m);
        Gender pronoun = Names.genderOfPronoun(lower);
        if (Names.PRONOUNS.contains(lower)) {
            if (pronoun == Gender.UNKNOWN) {
                return null;
            }
            PersonIndex.Person p = people().recent(pronoun, paragraph, pos, PRONOUN_REACH, true);
            return p == null ? null : p.fullName;
        }
        if (GroupCounts.opensWithGroupCount(m)) {
            // "Several senior Democrats with longtime ties to both Clintons": a group, never the person named
            // inside it; unless a name set off beside it says who they are ("Two analysts, Pat Lee and …")
            String named = appositionName(mention.strip(), paragraph, pos);
            return named != null ? named : m;
        }
        m = beforePreposition(m);
        String[] words = Names.words(m);
        String last = Names.bare(words[words.length - 1]);
        boolean endsInName = !last.isEmpty() && Character.isUpperCase(last.charAt(0))
                && !Names.isOrgWord(last) && !Names.isTitle(last);
        String role = endsInName ? roleBeforePreposition(m) : null;
        if (role != null) {
            // the name at the end is brought in by the preposition: the speaker is the role before it
            endsInName = false;
            words = Names.words(role);
            last = Names.bare(words[words.length - 1]);
        }
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
        String named = appositionName(mention.strip(), paragraph, pos);
        if (named != null) {
            return named;
        }
        String head = Names.lower(last);
        String first = Names.lower(words[0]);
        boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
        if (definite && words.length <= 4 && Names.PERSON_ROLES.contains(head)) {
            PersonIndex.Person p = RoleDescriptions.resolve(people(), words, head, paragraph, pos);
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
    public String latestSubject(int paragraph, int from) {
        return latestSubject(paragraph, from, Integer.MAX_VALUE);
    }

    /** The same, for the stretch of the paragraph before {@code before}. */
    public String latestSubject(int paragraph, int from, int before) {
        PersonIndex.Mention named = people().lastSubjectIn(paragraph, from, before);
        int[] pronoun = people().lastPronounSubjectIn(paragraph, from, before);
        if (pronoun != null && (named == null || pronoun[0] > named.start())) {
            PersonIndex.Person p = people().recent(Gender.values()[pronoun[1]], paragraph, pronoun[0], PRONOUN_REACH, true);
            return p == null ? null : p.fullName;
        }
        return named == null ? null : named.person().fullName;
    }

    /**
     * "Her campaign manager, Robby Mook, said", "A former candidate -- John McCain, who …" and "Sam Lau, the
     * party's spokesman, said": a description set off by a comma or a dash right beside a person's name
     * is that person. Only a name the article gives a person counts ("The company, Acme Holdings, said"
     * stays the company).
     */
    private String appositionName(String mention, int paragraph, int pos) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            return null;
        }
        String text = paragraphs.get(paragraph);
        int end = pos + mention.length();
        if (pos < 0 || end > text.length() || !text.startsWith(mention, pos) || !namesARole(mention)) {
            return null;
        }
        int i = afterSeparator(text, end);
        if (i > end && i < text.length() && Character.isUpperCase(text.charAt(i))) {
            int runEnd = Names.nameRunEnd(text, i);
            if (runEnd > i && closesApposition(text, runEnd)) {
                PersonIndex.Person p = people().find(Names.nameTokens(text.substring(i, runEnd)), paragraph, i);
                if (p != null) {
                    return p.fullName;
                }
            }
        }
        int k = pos;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 1 && text.charAt(k - 1) == ',' && startsWithDeterminer(mention) && closesDescription(text, mention, end)) {
            int from = Math.max(0, k - 1 - APPOSITION_REACH);
            Names.Run last = null;
            for (Names.Run r : Names.runs(text.substring(from, k - 1))) {
                last = r;
            }
            if (last != null && from + last.end() == k - 1 && opensSentence(text, from + last.start())) {
                PersonIndex.Person p = people().find(Names.nameTokens(last.text()), paragraph, from + last.start());
                if (p != null) {
                    return p.fullName;
                }
            }
        }
        return null;
    }

    /** Whether a description has a person's role among its words ("campaign manager", "analysts"). */
    private static boolean namesARole(String description) {
        for (String w : Names.words(description)) {
            String lw = Names.lower(Names.bare(w));
            if (Names.PERSON_ROLES.contains(lw) || lw.endsWith("s") && Names.PERSON_ROLES.contains(lw.substring(0, lw.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Sam Lau, the party's spokesman, said" describes Lau; "Hillary Clinton, analysts say, faces …" only
     * sets the attribution inside the sentence: a description after a name opens with a determiner.
     */
    private static boolean startsWithDeterminer(String description) {
        String first = Names.lower(Names.words(description)[0]);
        return DETERMINERS.contains(first) || first.endsWith("’s") || first.endsWith("'s");
    }

    /**
     * "Huma Abedin, a top aide, said" describes Abedin; "Hillary Clinton, a top aide said, will …" is an
     * attribution set inside the sentence. A description closed by a comma, or one long enough to carry
     * a prepositional phrase ("the communications director for the party said"), is an apposition.
     */
    private static boolean closesDescription(String text, String description, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && text.charAt(i) == ','
                || description.contains(" of ") || description.contains(" for ") || description.contains(" at ")
                || description.contains(" in ");
    }

    private static final java.util.Set<String> DETERMINERS = QuoteWords.NAMES.set("speaker-resolver.determiners");

    /** How far before a description its name may start. */
    private static final int APPOSITION_REACH = 60;

    /** Past ", ", " -- " or " — " right at {@code end}; {@code end} itself when none stands there. */
    private static int afterSeparator(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '—' || text.charAt(i) == '–')) {
            i++;
        } else if (text.startsWith("--", i)) {
            i += 2;
        } else {
            return end;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A name in apposition ends at a comma, a dash, a parenthesis, the sentence's end or "and" another name. */
    private static boolean closesApposition(String text, int runEnd) {
        if (runEnd >= text.length()) {
            return true;
        }
        char c = text.charAt(runEnd);
        return ",;(—–".indexOf(c) >= 0 || text.startsWith(" --", runEnd) || text.startsWith(" (", runEnd)
                || text.startsWith(" and ", runEnd) && runEnd + 5 < text.length() && Character.isUpperCase(text.charAt(runEnd + 5));
    }

    /** Whether only space or an opening mark stands between the sentence's start and {@code start}. */
    private static boolean opensSentence(String text, int start) {
        int k = start;
        while (k > 0 && (Character.isWhitespace(text.charAt(k - 1)) || QuoteMarks.isAnyMark(text.charAt(k - 1)))) {
            k--;
        }
        return k == 0 || ".!?".indexOf(text.charAt(k - 1)) >= 0;
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

    /**
     * "Hollande denounced Trump’s", "Party Chairman Reince Priebus called Clinton's": a mention that runs on
     * past a name and a verb (a lower-case word in -ed or -s that is no role: "Trump campaign", "Clinton
     * supporters" qualify a noun) and on to more words names the subject, when it is a person the article names, the name before the verb, not a
     * later one or a pronoun at its end ("Graham assures his audience he").
     */
    private String subjectBeforeVerb(String mention, int paragraph, int pos) {
        List<Names.Run> runs = Names.runs(mention);
        if (runs.isEmpty()) {
            return mention;
        }
        Names.Run first = runs.get(0);
        if (first.start() != 0 || first.end() + 1 >= mention.length() || mention.charAt(first.end()) != ' ') {
            return mention;
        }
        int j = first.end() + 1;
        int k = j;
        while (k < mention.length() && Character.isLetter(mention.charAt(k))) {
            k++;
        }
        String next = mention.substring(j, k);
        if (k >= mention.length() || next.length() < 4 || !Character.isLowerCase(next.charAt(0)) || Names.isFunctionWord(next)) {
            return mention;
        }
        String singular = next.endsWith("s") ? next.substring(0, next.length() - 1) : next;
        // a word in -s is a verb only before what opens its object: "gives an account", "reminds me of",
        // "wins Iowa"; "Clinton defenders today" is a noun
        String after = Names.words(mention.substring(k).strip())[0];
        boolean objectFollows = !after.isEmpty() && (Character.isUpperCase(after.charAt(0)) || Names.isFunctionWord(after)
                || DETERMINERS.contains(Names.lower(after)));
        boolean verbLike = next.endsWith("ed") || next.endsWith("s") && !next.endsWith("ss") && objectFollows;
        if (!verbLike || Names.isRole(next)
                || Names.ORG_WORDS.contains(next) || Names.ORG_WORDS.contains(singular)) {
            return mention;
        }
        if (first.text().endsWith("’s") || first.text().endsWith("'s")) {
            return mention; // "Clinton’s communications director Jennifer Palmieri"
        }
        List<String> tokens = Names.nameTokens(first.text());
        // only a person the article names: "Audit files from …", "Research conducted for …" open with a noun
        return !tokens.isEmpty() && people().find(tokens, paragraph, pos) != null ? first.text() : mention;
    }

    /**
     * "Patrick Murray of Christie" names Murray: a name before "of", "for", … is the speaker. "One of the
     * university's top executives" is no name: a number or quantifier before "of" picks out one of a group.
     */
    private static String beforePreposition(String mention) {
        java.util.regex.Matcher m = PREPOSITION.matcher(mention);
        if (m.find()) {
            String head = mention.substring(0, m.start());
            String lastWord = head.substring(head.lastIndexOf(' ') + 1);
            if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0)) && !Names.isOrgWord(lastWord)
                    && !Names.isFunctionWord(lastWord)) {
                return head;
            }
        }
        return mention;
    }

    /**
     * "The senator from Vermont", "A spokesman for Democratic presidential candidate Hillary Clinton": a
     * description that opens with a determiner and whose head, before its first preposition, is a person's
     * role names that person, not the place or the person the preposition brings in. Returns the head ("The
     * senator"), or null when the mention is no such description. Without a determiner the role is a title
     * before the speaker's own name ("former secretary of state Hillary Clinton").
     */
    private static String roleBeforePreposition(String mention) {
        java.util.regex.Matcher m = PREPOSITION.matcher(mention);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String head = mention.substring(0, m.start());
        String[] words = Names.words(head);
        String first = Names.lower(words[0]);
        if (words.length < 2 || !DETERMINERS.contains(first) && !first.equals("one")) {
            return null;
        }
        String headWord = words[words.length - 1];
        String lastWord = Names.lower(Names.bare(headWord));
        return Names.isRole(lastWord) && Character.isLowerCase(headWord.charAt(0)) ? head : null;
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
