package io.newsclean.batch;

import io.newsclean.model.SourceInfo;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a person sees on standard error: one line per failed input, a progress bar when standard
 * error is a terminal, and a summary at the end. Thread-safe.
 */
public final class ConsoleReport implements BatchListener, AutoCloseable {
    /** Distinct error messages tallied for the summary; the rest count as "other". */
    private static final int MAX_KINDS = 20;

    private final PrintStream err;
    private final boolean quiet;
    private final ProgressBar bar;
    private final Map<String, Long> errorKinds = new LinkedHashMap<>();
    private boolean closed;

    /**
     * @param quiet        no bar and no summary; failures are still reported
     * @param progressBar  draw a progress bar (only where standard error is a terminal)
     */
    public ConsoleReport(PrintStream err, boolean quiet, boolean progressBar) {
        this.err = err;
        this.quiet = quiet;
        this.bar = !quiet && progressBar ? new ProgressBarBuilder()
                .setTaskName("newsclean")
                .setInitialMax(-1)
                .setUnit(" pages", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .setConsumer(new NoWrapConsumer(err))
                .build() : null;
    }

    @Override
    public boolean wantsTotal() {
        return bar != null;
    }

    @Override
    public void totalKnown(long inputs) {
        if (bar != null && inputs >= 0) {
            bar.maxHint(inputs);
        }
    }

    @Override
    public void finished(SourceInfo source, Outcome outcome, String error) {
        if (outcome == Outcome.FAILED) {
            synchronized (this) {
                String kind = errorKinds.size() < MAX_KINDS || errorKinds.containsKey(error) ? error : "other errors";
                errorKinds.merge(kind, 1L, Long::sum);
            }
            // "\r" and erase-line put the message over the bar, which redraws itself below.
            err.println((bar != null ? "\r\033[K" : "") + "newsclean: " + label(source) + ": " + error);
        }
        if (bar != null) {
            bar.step();
        }
    }

    /** Closes the bar and prints the summary. */
    public void summarize(BatchSummary summary) {
        close();
        if (quiet) {
            return;
        }
        double seconds = summary.elapsed().toNanos() / 1e9;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "newsclean: %s in %.1f s (%.0f pages/s): %d cleaned, %d without an article, %d failed",
                count(summary.processed(), "page", "pages"), seconds, summary.pagesPerSecond(), summary.cleaned(),
                summary.empty(), summary.failed()));
        if (summary.upToDate() > 0) {
            line.append("; ").append(summary.upToDate()).append(" already done (use --force to redo)");
        }
        if (summary.otherRecords() > 0) {
            line.append("; ").append(count(summary.otherRecords(), "archive record was not an HTML page",
                    "archive records were not HTML pages"));
        }
        err.println(line);
        synchronized (this) {
            if (!errorKinds.isEmpty()) {
                err.println("newsclean: errors: " + errorKinds.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining("; ")));
            }
        }
        if (summary.timedOut() > 0) {
            err.println("newsclean: " + count(summary.timedOut(), "page ran past the time limit; its thread was",
                    "pages ran past the time limit; their threads were") + " left behind");
        }
        if (summary.stopped()) {
            err.println("newsclean: stopped before the end; every record written is whole:"
                    + " run the same command again to do the rest");
        }
    }

    /** "1 page", "2 pages": the count with the noun that agrees with it. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Takes the bar down; idempotent, so a summary and a try-with-resources can both call it. */
    @Override
    public synchronized void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }

    /**
     * A bar as wide as the terminal puts the cursor past the last column, and the next redraw
     * then starts a new line; one column less keeps the bar on one line.
     */
    private static final class NoWrapConsumer extends ConsoleProgressBarConsumer {
        NoWrapConsumer(PrintStream out) {
            super(out);
        }

        @Override
        public int getMaxRenderedLength() {
            return Math.max(20, super.getMaxRenderedLength() - 1);
        }
    }

    static String label(SourceInfo source) {
        return source.record() == null ? source.file() : source.file() + " (record at " + source.record() + ")";
    }
}
