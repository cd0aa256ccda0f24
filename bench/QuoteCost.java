// Measures what quote extraction costs per page next to cleaning the whole page, in one JVM.
// Run by bench/quote-cost (java single-file launch against the built jar). Not part of the library.
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.model.Article;
import io.newsclean.model.Format;
import io.newsclean.model.SourceInfo;
import io.newsclean.quotes.QuoteExtractor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

public class QuoteCost {
    public static void main(String[] args) throws Exception {
        // the quote benchmark's article.txt files (clean text), or else every file of a folder of pages
        List<byte[]> pages = new ArrayList<>();
        boolean quoteArticles;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            quoteArticles = files.stream().anyMatch(f -> f.getFileName().toString().equals("article.txt"));
            for (Path p : files) {
                if (!quoteArticles || p.getFileName().toString().equals("article.txt")) {
                    pages.add(Files.readAllBytes(p));
                }
            }
        }
        NewsCleaner cleaner = new NewsCleaner();
        QuoteExtractor quotes = new QuoteExtractor();
        CleanOptions options = new CleanOptions(quoteArticles ? Format.TEXT : null, null, null, false);
        List<Article> articles = new ArrayList<>();
        for (byte[] page : pages) {
            articles.add(cleaner.clean(page, options, SourceInfo.ofFile("page.txt")));
        }
        // CPU time of this thread, so that other processes on a shared machine do not skew the figures
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = Integer.getInteger("rounds", 5);
        // warm up for a while first, as a long batch does, so both figures are the steady state
        long warmUpEnd = System.nanoTime() + (long) (Double.parseDouble(System.getProperty("warmup", "15")) * 1e9);
        long sink = 0;
        int passes = 0;
        while (passes < 2 || System.nanoTime() < warmUpEnd) {
            for (byte[] page : pages) {
                sink += cleaner.clean(page, options, SourceInfo.ofFile("page.txt")).quotes().size();
            }
            passes++;
        }
        double bestClean = Double.MAX_VALUE;
        double bestQuotes = Double.MAX_VALUE;
        sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (byte[] page : pages) {
                sink += cleaner.clean(page, options, SourceInfo.ofFile("page.txt")).quotes().size();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += quotes.extract(a.paragraphs(), a.language()).size();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            bestClean = Math.min(bestClean, (t1 - t0) / 1e6 / pages.size());
            bestQuotes = Math.min(bestQuotes, (t2 - t1) / 1e6 / pages.size());
        }
        System.out.printf("pages %d, quotes per round %d, warm-up passes %d%n", pages.size(), sink / rounds / 2, passes);
        System.out.printf("whole clean (quotes included): %.3f ms CPU/page%n", bestClean);
        System.out.printf("quote extraction alone:        %.3f ms CPU/page (%.0f%% of the page time)%n",
                bestQuotes, 100 * bestQuotes / bestClean);
    }
}
