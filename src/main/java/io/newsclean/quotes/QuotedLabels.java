package io.newsclean.quotes;

import java.util.Set;

/**
 * A quoted word given as someone's label for a person or a thing: "hailed the vote as “fantastic”",
 * "Will described Trump as a “caricature”", "referred to his rival as “Pocahontas”". The verb of
 * labelling names whoever chose the word, so the quoted word is that person's, however short.
 * A passive naming with no one behind it ("known as “Guccifer”", "register as “undeclared”") and a
 * clause opened by "as" ("as the “establishment” wing…") are not labels.
 */
final class QuotedLabels {
    /** Verbs of labelling, inflected; "as" follows their object. */
    private static final Set<String> LABEL_VERBS = Set.of(
            "describe", "describes", "described", "describing",
            "characterize", "characterizes", "characterized", "characterizing",
            "characterise", "characterises", "characterised", "characterising",
            "label", "labels", "labeled", "labelled", "labeling", "labelling",
            "brand", "brands", "branded", "branding",
            "dub", "dubs", "dubbed", "dubbing",
            "hail", "hails", "hailed", "hailing",
            "herald", "heralds", "heralded", "heralding",
            "tout", "touts", "touted", "touting",
            "praise", "praises", "praised", "praising",
            "dismiss", "dismisses", "dismissed", "dismissing",
            "deride", "derides", "derided", "deriding",
            "denounce", "denounces", "denounced", "denouncing",
            "decry", "decries", "decried", "decrying",
            "condemn", "condemns", "condemned", "condemning",
            "slam", "slams", "slammed", "slamming",
            "blast", "blasts", "blasted", "blasting",
            "mock", "mocks", "mocked", "mocking",
            "ridicule", "ridicules", "ridiculed", "ridiculing",
            "criticize", "criticizes", "criticized", "criticizing",
            "criticise", "criticises", "criticised", "criticising",
            "portray", "portrays", "portrayed", "portraying",
            "depict", "depicts", "depicted", "depicting",
            "paint", "paints", "painted", "painting",
            "cast", "casts", "casting",
            "bill", "bills", "billed", "billing",
            "pitch", "pitches", "pitched", "pitching",
            "refer", "refers", "referred", "referring",
            "sum", "sums", "summed", "summing",
            "address", "addresses", "addressed", "addressing",
            "greet", "greets", "greeted", "greeting",
            "declare", "declares", "declared", "declaring");

    /** How many words may stand between the verb and "as": its object ("the European Union's deal with Turkey"). */
    private static final int MAX_OBJECT_WORDS = 10;

    private QuotedLabels() {
    }

    /**
     * The verb of labelling when the quotation opening at {@code open} follows "as" (perhaps "as a",
     * "as an", "as the") and that verb stands before it in the same clause; null otherwise.
     */
    static MentionParser.Word verbBefore(String text, int sentenceStart, int open) {
        MentionParser.Word w = MentionParser.wordBefore(text, sentenceStart, open);
        if (w != null && (w.lower().equals("a") || w.lower().equals("an") || w.lower().equals("the"))) {
            w = MentionParser.wordBefore(text, sentenceStart, w.start());
        }
        if (w == null || !w.lower().equals("as")) {
            return null;
        }
        int end = w.start();
        for (int n = 0; n <= MAX_OBJECT_WORDS; n++) {
            MentionParser.Word v = MentionParser.wordBefore(text, sentenceStart, end);
            if (v == null || clauseBreak(text, v.end(), end)) {
                return null;
            }
            if (LABEL_VERBS.contains(v.lower())) {
                return v;
            }
            end = v.start();
        }
        return null;
    }

    /** A comma, semicolon, colon or dash between two words ends the clause the verb must stand in. */
    private static boolean clauseBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }
}
