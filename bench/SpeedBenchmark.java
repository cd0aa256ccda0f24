// In-process throughput benchmark, run by bench/speed (java single-file launch against the built
// jar). Not part of the library.
import io.newsclean.CleanOptions;
import io.newsclean.NewsCleaner;
import io.newsclean.input.InputException;
import io.newsclean.model.Article;
import io.newsclean.model.SourceInfo;
import io.newsclean.output.ArticleWriter;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * In-process throughput of newsclean next to jsoup's parse plus {@code body().text()}: the floor
 * that any jsoup-based extractor pays. A command, not a test:
 *
 * <pre>java -cp target/newsclean.jar bench/SpeedBenchmark.java FOLDER [WARMUP_SECONDS] [ROUNDS]</pre>
 *
 * <p>Pages are read and gunzipped once, up front, so only cleaning is timed: for newsclean that is
 * charset detection, parsing, judging, assembling, quotes and JSON; for jsoup, charset detection,
 * parsing and text. The machine is shared and noisy, so the configurations are interleaved: each
 * round times one pass over all pages for every configuration back to back, ratios are taken
 * within a round, and the median round is reported. Warm-up passes run first, in the same
 * interleaved way, until the JIT has settled.
 */
final class SpeedBenchmark {
    private SpeedBenchmark() {
    }

    /** One way of processing a page; returns something derived from the result so no work is optimised away. */
    private interface Work {
        int run(byte[] page);
    }

    private record Config(String name, Work work, int threads) {
    }

    /**
     * Methods that run once per page reach the optimising compiler only after thousands of pages,
     * and compiling them all took some 30 s of CPU (bench/README.md), more than 20 seconds of
     * warm-up leave the compiler: the cap leaves room for that.
     */
    private static final int MAX_WARMUP_FACTOR = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The compiler counts as quiet in a round where it ran for at most this share of the round's time. */
    private static final double QUIET_COMPILER_SHARE = 0.02;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SpeedBenchmark FOLDER [WARMUP_SECONDS] [ROUNDS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<byte[]> pages = load(folder);
        long bytes = pages.stream().mapToLong(p -> p.length).sum();
        System.out.printf(Locale.ROOT, "pages: %d (%.1f MB of HTML, gunzipped in memory), cores: %d, java %s%n",
                pages.size(), bytes / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        NewsCleaner cleaner = new NewsCleaner();
        ArticleWriter writer = new ArticleWriter();
        CleanOptions options = CleanOptions.DEFAULTS;
        SourceInfo source = SourceInfo.ofFile("bench");
        Work newsclean = page -> {
            try {
                Article article = cleaner.clean(page, options, source);
                return writer.toJson(article, false, true).length();
            } catch (InputException e) {
                return 0;
            }
        };
        Work jsoup = page -> {
            try {
                return Jsoup.parse(new ByteArrayInputStream(page), null, "").body().text().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Config[] configs = {
                new Config("jsoup parse + body().text(), 1 thread", jsoup, 1),
                new Config("newsclean, 1 thread", newsclean, 1),
                new Config("jsoup parse + body().text(), 2 threads", jsoup, 2),
                new Config("newsclean, 2 threads", newsclean, 2),
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Warm up for at least the given time and 5 rounds, then until newsclean's last three
            // single-thread passes are level (within 10%) and the JIT compiler has been quiet for
            // two rounds, giving up at five times the time. The level rate alone is not enough:
            // a single thread leaves the compiler a free core, so its rate levels out while the
            // compiler is still busy, and the compiler then takes a share of the two-thread passes.
            long start = System.nanoTime();
            long minEnd = start + (long) (warmupSeconds * 1e9);
            long maxEnd = start + (long) (MAX_WARMUP_FACTOR * warmupSeconds * 1e9);
            List<Double> trend = new ArrayList<>();
            List<Long> compiling = new ArrayList<>();
            int quietRounds = 0;
            boolean settled = false;
            while (System.nanoTime() < maxEnd) {
                long roundStart = System.nanoTime();
                long compiledBefore = compileMillis();
                for (int c = 0; c < configs.length; c++) {
                    double seconds = pass(pages, configs[c], pool).seconds();
                    if (c == 1) {
                        trend.add(pages.size() / seconds);
                    }
                }
                long compiled = compileMillis() - compiledBefore;
                compiling.add(compiled);
                double roundMillis = (System.nanoTime() - roundStart) / 1e6;
                quietRounds = compiled <= QUIET_COMPILER_SHARE * roundMillis ? quietRounds + 1 : 0;
                settled = isLevel(trend) && quietRounds >= 2;
                if (trend.size() >= 5 && System.nanoTime() >= minEnd && settled) {
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "warm-up: %d interleaved rounds in %.0f s, %s; newsclean 1 thread, pages/s per round: %s%n",
                    trend.size(), (System.nanoTime() - start) / 1e9,
                    settled ? "settled" : "NOT settled (a noisy machine?)",
                    trend.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).collect(Collectors.joining(" ")));
            System.out.printf(Locale.ROOT, "JIT compiler ms per warm-up round: %s%n",
                    compiling.stream().map(String::valueOf).collect(Collectors.joining(" ")));
            System.out.printf(Locale.ROOT, "measuring %d rounds%n%n", rounds);

            double[][] rates = new double[configs.length][rounds];
            double[][] cpuPerPage = new double[configs.length][rounds];
            double[] singleVsJsoup = new double[rounds];
            double[] twoVsOne = new double[rounds];
            double[] jsoupTwoVsOne = new double[rounds];
            long compiledBefore = compileMillis();
            long[] gcBefore = gcCountAndMillis();
            for (int r = 0; r < rounds; r++) {
                for (int c = 0; c < configs.length; c++) {
                    Timing timing = pass(pages, configs[c], pool);
                    rates[c][r] = pages.size() / timing.seconds();
                    cpuPerPage[c][r] = timing.cpuSeconds() * 1e6 / pages.size();
                }
                singleVsJsoup[r] = rates[1][r] / rates[0][r];
                twoVsOne[r] = rates[3][r] / rates[1][r];
                jsoupTwoVsOne[r] = rates[2][r] / rates[0][r];
            }
            long[] gcAfter = gcCountAndMillis();
            System.out.printf(Locale.ROOT, "while measuring: JIT compiler %d ms, %d collections taking %d ms%n",
                    compileMillis() - compiledBefore, gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]);
            // CPU time per page, summed over the threads, says whether two threads slow each
            // other down (it then rises from 1 to 2 threads) whatever else the machine runs.
            System.out.println("pages/s at steady state (median of the rounds; min-max in brackets), thread CPU per page:");
            for (int c = 0; c < configs.length; c++) {
                double[] sorted = rates[c].clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "  %-42s %7.0f  [%.0f-%.0f]  %5.0f us CPU/page%n", configs[c].name(),
                        median(rates[c]), sorted[0], sorted[sorted.length - 1], median(cpuPerPage[c]));
            }
            System.out.println();
            System.out.println("ratios measured within each round (median):");
            System.out.printf(Locale.ROOT, "  newsclean 1 thread / jsoup parse+text 1 thread: %.2fx   (goal >= 0.5x)%n",
                    median(singleVsJsoup));
            System.out.printf(Locale.ROOT, "  newsclean 2 threads / newsclean 1 thread:       %.2fx   (goal >= 1.7x)%n",
                    median(twoVsOne));
            System.out.printf(Locale.ROOT, "  jsoup 2 threads / jsoup 1 thread:               %.2fx   (what this machine's cores give)%n",
                    median(jsoupTwoVsOne));
        } finally {
            pool.shutdownNow();
        }
    }

    /** One pass: the time it took, and the CPU time its threads used. */
    private record Timing(double seconds, double cpuSeconds) {
    }

    /** One pass over all pages. */
    private static Timing pass(List<byte[]> pages, Config config, ExecutorService pool) throws Exception {
        AtomicInteger next = new AtomicInteger();
        int[] sink = new int[config.threads()];
        long[] cpu = new long[config.threads()];
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < config.threads(); t++) {
            int slot = t;
            running.add(pool.submit(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                int i;
                while ((i = next.getAndIncrement()) < pages.size()) {
                    sink[slot] += config.work().run(pages.get(i));
                }
                cpu[slot] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (Arrays.stream(sink).sum() == 0) {
            throw new IllegalStateException(config.name() + " produced nothing");
        }
        return new Timing(seconds, Arrays.stream(cpu).sum() / 1e9);
    }

    private static List<byte[]> load(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{html,htm,html.gz,htm.gz}")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw new IOException("no .html or .html.gz pages in " + folder);
        }
        List<byte[]> pages = new ArrayList<>();
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            if (file.toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                    raw = in.readAllBytes();
                }
            }
            pages.add(raw);
        }
        return pages;
    }

    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    private static long[] gcCountAndMillis() {
        long[] total = new long[2];
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total[0] += gc.getCollectionCount();
            total[1] += gc.getCollectionTime();
        }
        return total;
    }

    private static boolean isLevel(List<Double> rates) {
        if (rates.size() < 3) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - 3, rates.size());
        double mean = last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return last.stream().allMatch(r -> Math.abs(r - mean) <= 0.1 * mean);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
