package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Cues;
import io.newsclean.quotes.lexicon.Gender;
import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;
import io.newsclean.quotes.lexicon.WordKinds;
import io.newsclean.quotes.text.QuoteMarks;
import io.newsclean.quotes.text.Paragraph;
import io.newsclean.quotes.text.QuotedSegment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The people an article names, built once per article: every full name (two or more name
 * tokens that are not an organisation), what the article calls them ("spokeswoman", "an
 * international security expert"), and where they are mentioned outside quotations, so that
 * surnames, pronouns and descriptions can be resolved to the right earlier person.
 */
public final class PersonIndex {

    /** One person; mutable only while the index is being built. */
    static final class Person {
        final String fullName;
        final String firstToken;
        Gender gender;
        final StringBuilder description = new StringBuilder();
        /** Whether a title ("Mrs.", "Sen." is none) gave the gender, which the article's pronouns do not overrule. */
        boolean genderFromTitle;
        /** "He"/"his" and "she"/"her" that follow the person as subject in the same clause, by gender ordinal. */
        final int[] pronounVotes = new int[2];

        Person(String fullName, String firstToken, Gender gender) {
            this.fullName = fullName;
            this.firstToken = firstToken;
            this.gender = gender;
        }
    }

    /** A mention of a person outside quotations; subject when it opens its sentence. */
    record Mention(int paragraph, int start, Person person, boolean subject) {
    }

    private final Map<String, Person> byFullName = new HashMap<>();
    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** Sentences that open with "He" or "She": {paragraph, position, gender ordinal}, in reading order. */
    private final List<int[]> pronounSubjects = new ArrayList<>();
    /** Name tokens of each capitalised run, worked out once per distinct run. */
    private final Map<String, RunName> nameOfRun = new HashMap<>();

    private final Cues cues;
    /** Places, things and headlines the article shows are not people. */
    private final NotPeople notPeople;

    /**
     * @param layer  the token layer of each paragraph, whose capitalised runs and sentences are read
     * @param quoted each paragraph's quoted segments, in order: names inside them are not mentions
     */
    public PersonIndex(List<Paragraph> layer, List<List<QuotedSegment>> quoted, Cues cues) {
        this.cues = cues;
        this.notPeople = new NotPeople(layer, this::nameOf);
        for (int p = 0; p < layer.size(); p++) {
            String text = layer.get(p).text();
            for (Names.Run r : layer.get(p).runs()) {
                register(p, text, r.start(), r.end(), r.text());
            }
        }
        for (int p = 0; p < layer.size(); p++) {
            Paragraph paragraph = layer.get(p);
            collectMentions(p, paragraph.text(), paragraph.runs(), quoted.get(p), paragraph.sentences());
        }
        for (Person person : byFullName.values()) {
            person.gender = genderFromPronouns(person);
        }
    }

    private void register(int paragraph, String text, int start, int end, String run) {
        RunName name = nameOf(run);
        List<String> tokens = name.tokens();
        if (tokens.isEmpty() || tokens.size() < 2 && !isLoneSpeakerName(text, start, end, run, name)) {
            return;
        }
        boolean knownFirstName = name.firstNameGender() != Gender.UNKNOWN;
        if (!knownFirstName && notPeople.isHeadline(paragraph)) {
            return; // a headline capitalises every word: only a given name shows a person there
        }
        String full = name.full();
        if (notPeople.excludes(run, full, knownFirstName)) {
            return; // "in El Paso", "the Washington Post": a place or a thing the article names, not a person
        }
        if (name.namesNoPerson()) {
            return; // an organisation, a place or a heading, not a person
        }
        String surname = name.surname();
        Person person = byFullName.get(full);
        if (person == null) {
            person = sameFirstAndLast(surname, tokens.get(0));
            if (person != null && full.length() > person.fullName.length()) {
                Gender gender = person.gender != Gender.UNKNOWN ? person.gender : name.firstNameGender();
                Person longer = new Person(full, tokens.get(0), gender);
                longer.description.append(person.description);
                replace(person, longer);
                person = longer;
            }
        }
        if (person == null) {
            person = new Person(full, tokens.get(0), name.firstNameGender());
            bySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(person);
        }
        byFullName.put(full, person);
        Gender byTitle = name.titleGender();
        if (byTitle != Gender.UNKNOWN) {
            person.gender = byTitle;
            person.genderFromTitle = true;
        }
        // What the article calls the person: the words just before the name and its apposition.
        int from = Math.max(0, start - 40);
        appendLower(person.description.append(' '), text, from, end);
        if (end + 2 < text.length() && text.charAt(end) == ',') {
            int stop = end + 1;
            while (stop < text.length() && stop < end + 120 && ",.;".indexOf(text.charAt(stop)) < 0) {
                stop++;
            }
            appendLower(person.description.append(' '), text, end + 1, stop);
        }
    }

    /** Appends {@code Names.lower(text.substring(from, to))}, sparing the two copies when nothing in the stretch folds but ASCII. */
    private static void appendLower(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128 && !Names.isCaselessPunctuation(text.charAt(i))) {
                out.append(Names.lower(text.substring(from, to)));
                return;
            }
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
    }

    /**
     * A single name the article never gives in full is still a person when it is the subject of a
     * reporting verb ("Carson said", "said Carson"): otherwise "he said" would skip past it.
     */
    private boolean isLoneSpeakerName(String text, int start, int end, String run, RunName name) {
        String token = name.tokens().get(0);
        if (token.length() < 3 || Names.isOrgWord(token) || RunName.isAllCapitals(token) || Names.isFunctionWord(token)
                || bySurname.containsKey(name.surname()) || run.endsWith("’s") || run.endsWith("'s")) {
            return false;
        }
        return opensSentenceBeforePastVerb(text, start, end) || saidBefore(text, start) || speakerVerbAfter(text, end);
    }

    private static final String[] INVERTED_CUES = {"said ", "says ", "added ", "wrote ", "asked "};

    /** "…, said Carson": the cue stands right before the name. */
    private static boolean saidBefore(String text, int start) {
        if (start < 6 || text.charAt(start - 1) != ' ') {
            return false;
        }
        for (String cue : INVERTED_CUES) {
            int from = start - cue.length();
            if (from >= 0 && text.startsWith(cue, from) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“…,” said Carson.": a cue right before the name, itself right after a quotation or a comma, and
     * nothing but an apposition or the sentence's end after the name. A
     * cue inside a sentence ("Earnest said Obama has …") makes the name the subject of the reported clause.
     */
    private static boolean invertedAfterQuote(String text, int start, int end) {
        if (!saidBefore(text, start) || end < text.length() && ",.;(".indexOf(text.charAt(end)) < 0) {
            return false; // "…, says Libya is …" reports what someone says about Libya
        }
        int k = text.lastIndexOf(' ', start - 2);
        while (k > 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k > 0 && (text.charAt(k) == ',' || QuoteMarks.isAnyMark(text.charAt(k)));
    }

    /**
     * "Carson defied the question", "Cruz openly admitted": a lone capitalised word opening a sentence with a
     * past-tense verb, perhaps after an adverb.
     */
    private static boolean opensSentenceBeforePastVerb(String text, int start, int end) {
        int b = start;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > 0 && ".!?".indexOf(text.charAt(b - 1)) < 0) {
            return false;
        }
        if (end + 3 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int from = end + 1;
        int j = wordEnd(text, from);
        if (j - from > 3 && text.startsWith("ly", j - 2) && j + 1 < text.length() && text.charAt(j) == ' ') {
            from = j + 1; // "Cruz openly admitted": an adverb may stand before the verb
            j = wordEnd(text, from);
        }
        return j - from > 3 && text.startsWith("ed", j - 2);
    }

    private static int wordEnd(String text, int from) {
        int j = from;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Whether a reporting verb follows right after a name ("Viguerie argues"). */
    private boolean speakerVerbAfter(String text, int end) {
        int i = end;
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        i++;
        if (text.startsWith("has ", i) || text.startsWith("had ", i)) {
            i += 4;
        }
        return cues.cueAt(text, i);
    }

    private RunName nameOf(String run) {
        return nameOfRun.computeIfAbsent(run, RunName::ofRun);
    }

    private Person sameFirstAndLast(String surname, String first) {
        for (Person p : bySurname.getOrDefault(surname, List.of())) {
            if (p.firstToken.equals(first) || p.fullName.indexOf(' ') < 0) {
                return p; // the same person, or a lone surname now given in full
            }
        }
        return null;
    }

    private void replace(Person old, Person longer) {
        byFullName.replaceAll((k, v) -> v == old ? longer : v);
        for (List<Person> list : bySurname.values()) {
            list.replaceAll(v -> v == old ? longer : v);
        }
    }

    private void collectMentions(int p, String text, List<Names.Run> runs, List<QuotedSegment> quoted, List<int[]> sentences) {
        for (int[] sentence : sentences) {
            Gender g = openingPronoun(text, sentence[0]);
            if (g != Gender.UNKNOWN) {
                pronounSubjects.add(new int[]{p, sentence[0], g.ordinal()});
            }
        }
        int q = 0;
        int s = 0;
        int sentenceWithMention = -1;
        for (int k = 0; k < runs.size(); k++) {
            Names.Run m = runs.get(k);
            while (q < quoted.size() && quoted.get(q).close() <= m.start()) {
                q++;
            }
            if (q < quoted.size() && quoted.get(q).open() <= m.start()) {
                continue;
            }
            // a run can reach over a sentence end ("… against Clinton. Committee Chairman Jason Chaffetz"):
            // the name belongs to the sentence its last word is in
            int start = m.start();
            while (s + 1 < sentences.size() && sentences.get(s + 1)[0] < m.end()) {
                s++;
                start = Math.max(start, sentences.get(s)[0]);
            }
            Person person = find(nameOf(m.text()));
            if (person == null) {
                continue;
            }
            if (isAttributive(text, m.end())) {
                continue; // "Clinton spokeswoman Jennifer Palmieri": the name only qualifies a noun
            }
            boolean possessive = m.text().endsWith("’s") || m.text().endsWith("'s");
            boolean subject = !possessive && (sentenceWithMention != s && opensClause(text, sentences.get(s)[0], start)
                    || speakerVerbAfter(text, m.end()) && !afterSubordinator(text, start)
                    || invertedAfterQuote(text, start, m.end()));
            if (!possessive) {
                sentenceWithMention = s;
            }
            if (subject) {
                // the first "he"/"his" or "she"/"her" after a subject, before anyone else is named, is likely theirs
                int limit = sentences.get(s)[1];
                if (k + 1 < runs.size()) {
                    limit = Math.min(limit, runs.get(k + 1).start());
                }
                if (q < quoted.size()) {
                    limit = Math.min(limit, quoted.get(q).open());
                }
                Gender g = firstPronoun(text, m.end(), limit);
                if (g != Gender.UNKNOWN) {
                    person.pronounVotes[g.ordinal()]++;
                }
            }
            mentions.add(new Mention(p, start, person, subject));
        }
    }

    /**
     * A person whose name tells no gender ("Mitt Romney", "Sanders") takes the gender of the pronouns that
     * follow them as subject in their own clause ("Romney said his plan …"), when those agree.
     */
    private static Gender genderFromPronouns(Person person) {
        int male = person.pronounVotes[Gender.MALE.ordinal()];
        int female = person.pronounVotes[Gender.FEMALE.ordinal()];
        Gender byPronouns = male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
        if (person.gender == Gender.UNKNOWN || !person.genderFromTitle && byPronouns != Gender.UNKNOWN
                && person.pronounVotes[person.gender.ordinal()] == 0 && Math.max(male, female) >= PRONOUNS_OVER_A_NAME) {
            // a given name used for both sexes ("Lindsey Graham … his rival") yields to the pronouns the
            // article itself gives the person, when several say so and none agrees with the name
            return byPronouns;
        }
        return person.gender; // a title, or a name the pronouns agree with, tells more than a stray pronoun
    }

    /** How many of the article's pronouns, none agreeing with a given name's gender, overrule it: one may be someone else's. */
    private static final int PRONOUNS_OVER_A_NAME = 2;

    private static final int LONGEST_PRONOUN = "herself".length();

    /** The gender of the first personal pronoun between {@code from} and {@code to}, else UNKNOWN. */
    private static Gender firstPronoun(String text, int from, int to) {
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && Character.isLetter(text.charAt(j))) {
                j++;
            }
            char c = j > i ? Character.toLowerCase(text.charAt(i)) : ' ';
            if (j - i >= 2 && j - i <= LONGEST_PRONOUN && (c == 'h' || c == 's')) {
                Gender g = Names.genderOfPronoun(text.substring(i, j));
                if (g != Gender.UNKNOWN) {
                    return ObjectPronouns.isObject(text, i, j) ? Gender.UNKNOWN : g;
                }
            }
            i = j;
        }
        return Gender.UNKNOWN;
    }

    /** Words that, standing before a name in its clause, show the name is not the clause's subject. */
    private static final java.util.Set<String> NOT_BEFORE_A_SUBJECT = QuoteWords.NAMES.set("person-index.not-before-a-subject");
    /** The same list, looked up from a word's characters: every name's lead words are checked. */
    private static final WordKinds NOT_BEFORE_A_SUBJECT_KEYS = WordKinds.members(NOT_BEFORE_A_SUBJECT);

    /**
     * Words that open a subordinate clause: "… when Tapper asked …" names someone the sentence is not
     * about, even when a reporting verb follows the name.
     */
    private static final java.util.Set<String> SUBORDINATORS = QuoteWords.NAMES.set("person-index.subordinators");

    /**
     * Whether a name stands in a subordinate clause: a subordinator or "that" among the few words before it
     * in its clause ("when Tapper asked", "pointing out that the paper's Robert Costa had reported").
     */
    private static boolean afterSubordinator(String text, int start) {
        int e = start;
        for (int words = 0; words < SUBORDINATE_LEAD_WORDS; words++) {
            while (e > 0 && text.charAt(e - 1) == ' ') {
                e--;
            }
            int b = e;
            while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '’' || text.charAt(b - 1) == '\'')) {
                b--;
            }
            if (b == e) {
                return false; // a comma, a dash or the sentence's start closes the clause's lead
            }
            String w = Names.lower(text.substring(b, e));
            if (SUBORDINATORS.contains(w) || w.equals("that")) {
                return true;
            }
            e = b;
        }
        return false;
    }

    private static final int SUBORDINATE_LEAD_WORDS = 4;

    /** How many words (titles, descriptions) may stand between the start of a clause and its subject. */
    private static final int SUBJECT_LEAD_WORDS = 5;

    /**
     * Whether the name at {@code start} is the subject of its sentence, not an object inside it: only an
     * introductory phrase set off by a comma and a few words of description ("the district GOP chairman")
     * may stand before it. "He dismisses accusations that Trump …" and "… split between Trump and Cruz"
     * leave Trump out of subject position, so a later "he" does not go to him.
     */
    private static boolean opensClause(String text, int sentenceStart, int start) {
        int from = sentenceStart;
        for (int k = start - 1; k >= sentenceStart; k--) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == '—' || c == '(' || c == ')') {
                from = k + 1;
                break;
            }
        }
        if (endsWithAccordingTo(text, from, start)) {
            return true; // "According to Alexei Arbatov, …": the source of the sentence
        }
        if (from == sentenceStart && viewpointLead(text, sentenceStart, start)) {
            return true; // "To Florida consultant Rick Wilson, the party line is silly": whose view the sentence gives
        }
        int words = 0;
        int i = from;
        while (i < start) {
            while (i < start && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < start && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '’'
                    || text.charAt(j) == '-' || text.charAt(j) == '.')) {
                j++;
            }
            if (j > i) {
                words++;
                if (words > SUBJECT_LEAD_WORDS || NOT_BEFORE_A_SUBJECT_KEYS.contains(text, i, j)) {
                    return false;
                }
            }
            i = j;
        }
        return true;
    }

    /**
     * "To political science professor Brigid Harrison, …" and "As for Trump, …": a sentence that opens
     * with "To" or "As for" and a few words of description before the name, set off by a comma, gives
     * that person's view or turns to that person.
     */
    private static boolean viewpointLead(String text, int sentenceStart, int start) {
        int i = sentenceStart;
        while (i < start && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int lead;
        if (text.startsWith("To ", i)) {
            lead = i + 3;
        } else if (text.startsWith("As for ", i)) {
            lead = i + 7;
        } else {
            return false;
        }
        if (start - lead > 80) {
            return false;
        }
        for (int k = lead; k < start; k++) {
            if (",;:.".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        int end = Names.nameRunEnd(text, start);
        return end > 0 && end < text.length() && text.charAt(end) == ',';
    }

    private static boolean endsWithAccordingTo(String text, int from, int start) {
        int k = start;
        while (k > from && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int b = k - "according to".length();
        return b >= from && text.regionMatches(true, b, "according to", 0, "according to".length());
    }

    /** True when a lowercase role or group noun follows the name directly ("Trump campaign", "Clinton aide"). */
    static boolean isAttributive(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        if (i + 1 >= text.length() || !Character.isLowerCase(text.charAt(i + 1))) {
            return false; // only a lower-case word qualifies a name so; most names are followed by something else
        }
        int j = i + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String next = text.substring(i + 1, j);
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0))
                && (Names.PERSON_ROLES.contains(next) || Names.ORG_WORDS.contains(next) || next.endsWith("s") && Names.PERSON_ROLES.contains(next.substring(0, next.length() - 1)));
    }

    /** The gender of a "He" or "She" that opens a sentence, else UNKNOWN. */
    private static Gender openingPronoun(String text, int start) {
        if (text.startsWith("He ", start)) {
            return Gender.MALE;
        }
        return text.startsWith("She ", start) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The last person in subject position in a paragraph between {@code from} and {@code before}, or null. */
    Mention lastSubjectIn(int paragraph, int from, int before) {
        for (int i = lastBefore(paragraph, before); i >= 0 && mentions.get(i).paragraph == paragraph; i--) {
            Mention m = mentions.get(i);
            if (m.start < from) {
                break;
            }
            if (m.subject) {
                return m;
            }
        }
        return null;
    }

    /**
     * The last sentence of a paragraph opening with "He" or "She" between {@code from} and {@code before}:
     * {position, gender ordinal}, or null.
     */
    int[] lastPronounSubjectIn(int paragraph, int from, int before) {
        for (int i = pronounSubjects.size() - 1; i >= 0; i--) {
            int[] s = pronounSubjects.get(i);
            if (s[0] < paragraph || s[0] == paragraph && s[1] < from) {
                break;
            }
            if (s[0] == paragraph && s[1] < before) {
                return new int[]{s[1], s[2]};
            }
        }
        return null;
    }

    /** The person that name tokens refer to at a place in the article, or null. */
    Person find(List<String> tokens, int paragraph, int pos) {
        return find(RunName.of(tokens));
    }

    private Person find(RunName name) {
        List<String> tokens = name.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        Person exact = byFullName.get(name.full());
        if (exact != null) {
            return exact;
        }
        List<Person> candidates = bySurname.get(name.surname());
        if (candidates == null) {
            return null;
        }
        if (tokens.size() > 1) {
            for (Person c : candidates) {
                if (c.firstToken.equals(tokens.get(0))) {
                    return c;
                }
            }
            return null;
        }
        // Two people share the surname: the article goes on calling the one it introduced first by the surname
        // alone, and the other by the first name ("her husband, Frank Fiorina" … "Fiorina said" is still Carly).
        return candidates.get(0);
    }

    /** The most recent person of a compatible gender, within {@code back} paragraphs. */
    Person recent(Gender gender, int paragraph, int pos, int back, boolean subjectsFirst) {
        return recent(gender, paragraph, pos, back, subjectsFirst, p -> true);
    }

    /** The same, among the people that pass {@code fits}. */
    Person recent(Gender gender, int paragraph, int pos, int back, boolean subjectsFirst, java.util.function.Predicate<Person> fits) {
        Person any = null;
        for (int i = lastBefore(paragraph, pos); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.paragraph < paragraph - back) {
                break;
            }
            if (!m.person.gender.compatible(gender) || !fits.test(m.person)) {
                continue;
            }
            if (!subjectsFirst || m.subject) {
                return m.person;
            }
            if (any == null) {
                any = m.person;
            }
        }
        return any;
    }

    /** The most recent person the article described with this role noun, within {@code back} paragraphs. */
    Person withRole(String role, int paragraph, int pos, int back) {
        return withRole(role, paragraph, pos, back, p -> true);
    }

    /** The same, among the people that pass {@code fits}. */
    Person withRole(String role, int paragraph, int pos, int back, java.util.function.Predicate<Person> fits) {
        String needle = Names.lower(role);
        for (int i = lastBefore(paragraph, pos); i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.paragraph < paragraph - back) {
                break;
            }
            if (containsWord(m.person.description, needle) && fits.test(m.person)) {
                return m.person;
            }
        }
        return null;
    }

    /** Whether the article's words about a person include {@code word} (lower-case), as a whole word. */
    static boolean describedAs(Person person, String word) {
        return containsWord(person.description, word);
    }

    private static boolean containsWord(CharSequence text, String word) {
        String s = text.toString();
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            boolean left = i == 0 || !Character.isLetter(s.charAt(i - 1));
            int e = i + word.length();
            boolean right = e >= s.length() || !Character.isLetter(s.charAt(e));
            if (left && right) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last mention strictly before a place, or -1. */
    private int lastBefore(int paragraph, int pos) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Mention m = mentions.get(mid);
            if (m.paragraph < paragraph || (m.paragraph == paragraph && m.start < pos)) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}
