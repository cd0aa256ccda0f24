import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;
import org.jsoup.Jsoup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Quick in-process speed check of the HTML path against jsoup parse + body().text() on the same
 * pages, one thread, pages in memory. Thread CPU time, best round after warm-up, so a busy
 * machine disturbs it less than wall time would.
 *
 * <pre>java -cp target/newsclean.jar bench/HtmlSpeed.java ../shared/bench/scrapinghub/html [rounds]</pre>
 */
public class HtmlSpeed {
    private static final int WARM_UP_ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        List<byte[]> raw = new ArrayList<>();
        List<String> text = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                byte[] bytes = p.toString().endsWith(".gz")
                        ? new GZIPInputStream(Files.newInputStream(p)).readAllBytes() : Files.readAllBytes(p);
                raw.add(bytes);
                text.add(new String(bytes, StandardCharsets.UTF_8));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        NewsCleaner cleaner = new NewsCleaner();
        ArticleWriter writer = new ArticleWriter();
        SourceInfo source = SourceInfo.ofFile("page.html");
        long bestJsoup = Long.MAX_VALUE;
        long bestNewsclean = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (String page : text) {
                sink += Jsoup.parse(page).body().text().length();
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (byte[] page : raw) {
                sink += writer.toJson(cleaner.clean(page, CleanOptions.DEFAULTS, source), false, true).length();
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            if (round >= WARM_UP_ROUNDS) {
                bestJsoup = Math.min(bestJsoup, t1 - t0);
                bestNewsclean = Math.min(bestNewsclean, t2 - t1);
            }
        }
        System.out.printf("jsoup parse + body().text(): %.0f pages/s%n", raw.size() / (bestJsoup / 1e9));
        System.out.printf("newsclean decode + clean + JSON: %.0f pages/s%n", raw.size() / (bestNewsclean / 1e9));
        System.out.printf("ratio %.2f (%d pages, checksum %d)%n", (double) bestJsoup / bestNewsclean, raw.size(), sink % 97);
    }
}
