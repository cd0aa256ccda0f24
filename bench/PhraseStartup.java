import io.newsclean.text.PhraseBook;
import io.newsclean.text.PhraseKind;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CPU time a fresh JVM spends on its first phrase lookups, the way each front end makes them,
 * after the costs every run pays anyway (a resource read, a regex, a lambda, a stream).
 * text: PhraseBook.standard() and a first classify, which tries every kind in nine languages;
 * html: the English book and every kind the HTML prompt rules ask for, on prose and on prompts.
 * Prints milliseconds; bench/phrase-startup runs it in several JVMs and takes the median.
 */
public final class PhraseStartup {
    private static final String[] LINES = {"The minister declined to comment on the talks.", "Sign in to comment",
            "Share this article"};
    private static final PhraseKind[] HTML_KINDS = {PhraseKind.REGISTRATION_NOTICE, PhraseKind.LOGIN_PROMPT,
            PhraseKind.NEWSLETTER_PROMPT, PhraseKind.PAYWALL, PhraseKind.COOKIE_NOTICE, PhraseKind.SHARE_PROMPT,
            PhraseKind.COMMENTS, PhraseKind.COMMENT_CONTROLS, PhraseKind.TEASER_CUE};

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (var in = PhraseStartup.class.getResourceAsStream("/io/newsclean/phrases/README.txt")) {
            in.readAllBytes();
        }
        boolean warm = Pattern.compile("(?:a|b)+c\\b.*", Pattern.CASE_INSENSITIVE).matcher("abc d").matches()
                && List.of("a", "bb").stream().mapToInt(String::length).sum() > 0;
        long start = cpu.getCurrentThreadCpuTime();
        int hits = 0;
        if (args.length > 0 && args[0].equals("text")) {
            hits += PhraseBook.standard().classify(LINES[0]) == null ? 0 : 1;
        } else {
            PhraseBook book = PhraseBook.forLanguage("en");
            for (String line : LINES) {
                PhraseBook.Prepared text = book.prepare(line);
                for (PhraseKind kind : HTML_KINDS) {
                    hits += book.hasWording(kind, text) ? 1 : 0;
                }
            }
        }
        long spent = cpu.getCurrentThreadCpuTime() - start;
        if (!warm || hits == 0 && args.length == 0) {
            throw new IllegalStateException("the warm-up or the lookups went wrong");
        }
        System.out.printf(java.util.Locale.ROOT, "%.1f%n", spent / 1e6);
    }
}
