package io.newsclean.quotes.speakers;

import io.newsclean.quotes.lexicon.Names;
import io.newsclean.quotes.lexicon.QuoteWords;

import java.util.Set;

/**
 * "President Obama backed her up", "Trump called him weak": a pronoun that stands as the object of the
 * subject's own verb is someone else, so it says nothing of the subject's gender. "him" is always an object;
 * "her" is one unless a noun follows it ("Clinton said her plan …", a possessive, which is the subject's own).
 * "himself"/"herself" point back at the subject and still count.
 */
final class ObjectPronouns {
    private static final Set<String> PARTICLES = QuoteWords.NAMES.set("object-pronouns.particles");

    private ObjectPronouns() {
    }

    /** Whether the pronoun {@code text[start, end)} is an object, which tells nothing of the subject. */
    static boolean isObject(String text, int start, int end) {
        String word = Names.lower(text.substring(start, end));
        if (word.equals("him")) {
            return true;
        }
        if (!word.equals("her")) {
            return false;
        }
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') {
            return true; // "backed her." / "told her," : nothing follows that she could own
        }
        int j = ++i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j == i || !Character.isLowerCase(text.charAt(i))) {
            return j == i; // "her Senate seat" owns a capitalised noun; no word at all is an object
        }
        String next = text.substring(i, j);
        return Names.isFunctionWord(next) || PARTICLES.contains(next);
    }
}
