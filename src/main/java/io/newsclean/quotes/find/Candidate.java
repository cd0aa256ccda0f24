package io.newsclean.quotes.find;

import io.newsclean.model.Quote;
import io.newsclean.model.QuoteType;
import io.newsclean.quotes.attribution.Attribution;
import io.newsclean.quotes.text.CodePoints;
import io.newsclean.quotes.text.QuotedSegment;

import java.util.ArrayList;
import java.util.List;

/** A quote in the making: its stretches of text, attribution, type and speaker. */
public final class Candidate {
    public final List<QuotedSegment> segments;
    public Attribution attribution;
    public int attributionParagraph = -1;
    /** True when the attribution follows the quote ({@code ," he said}). */
    public boolean attributionAfter;
    public String mention;
    public int mentionStart;
    String cue;
    public QuoteType type = QuoteType.DIRECT;
    public String speaker;
    public boolean keep = true;
    /** True when no cue names the speaker and the sentence's subject was taken instead: no mention to report. */
    public boolean speakerInferred;
    /**
     * True when a verb frames a fragment as words or a stance ("saying “done”", "chanted “USA”", "describe
     * it as “…”") though no cue names its speaker: evidence of speech that a fragment whose speaker is only its sentence's subject lacks.
     */
    public boolean framed;

    public Candidate(MarkedQuote quote) {
        this.segments = new ArrayList<>(quote.segments());
    }

    /** Reported speech: one stretch of words without marks. */
    public Candidate(int paragraph, int start, int end) {
        this.segments = new ArrayList<>(List.of(new QuotedSegment(paragraph, start, start, end, end)));
        this.type = QuoteType.INDIRECT;
    }

    public void attribute(Attribution a, int paragraph, String text) {
        attribution = a;
        attributionParagraph = paragraph;
        attributionAfter = a.mentionStart() >= segments.get(segments.size() - 1).close()
                || a.end() > segments.get(segments.size() - 1).close() && paragraph == lastParagraph();
        mention = a.mention(text);
        mentionStart = Math.max(0, a.mentionStart());
        cue = a.cue();
    }

    public int startChar() {
        return segments.get(0).start();
    }

    public int lastParagraph() {
        return segments.get(segments.size() - 1).paragraph();
    }

    /** The words of one stretch without surrounding space or a joining trailing comma; null if empty. */
    public int[] contentSpan(List<String> paragraphs, QuotedSegment s) {
        String text = paragraphs.get(s.paragraph());
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || text.charAt(b - 1) == ',')) {
            b--;
        }
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return new int[]{a, b};
            }
        }
        return null;
    }

    public Quote toQuote(List<String> paragraphs) {
        StringBuilder words = new StringBuilder();
        int start = -1;
        int end = -1;
        for (QuotedSegment s : segments) {
            int[] span = contentSpan(paragraphs, s);
            if (span == null) {
                continue;
            }
            String text = paragraphs.get(s.paragraph());
            if (start < 0) {
                start = CodePoints.offset(text, span[0]);
            } else {
                words.append(' ');
            }
            words.append(text, span[0], span[1]);
            end = CodePoints.offset(text, span[1]);
        }
        return new Quote(words.toString(), speaker, speakerInferred ? null : mention, cue, type,
                segments.get(0).paragraph(), start, end);
    }
}
