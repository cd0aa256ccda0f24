package io.newsclean.batch;

import io.newsclean.input.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one batch: a scanner thread walks the inputs into a small bounded queue, a
 * {@link WorkerPool} cleans them under the time limit, and each result goes straight to the
 * output. Nothing is collected, so memory stays flat whatever the number of inputs.
 */
public final class BatchRunner {
    private final BatchOptions options;
    private final PageProcessor processor;
    private final BatchListener listener;

    private final LongAdder cleaned = new LongAdder();
    private final LongAdder empty = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAdder upToDate = new LongAdder();
    private final LongAdder otherRecords = new LongAdder();
    private volatile IOException outputFailure;

    public BatchRunner(BatchOptions options, BatchListener listener) {
        this(options, listener, new CleaningProcessor(options.maxBytes(), options.format(), options.explain(),
                options.jsonl() != null, options.output()));
    }

    BatchRunner(BatchOptions options, BatchListener listener, PageProcessor processor) {
        this.options = options;
        this.listener = listener;
        this.processor = processor;
    }

    /**
     * Runs the batch to the end.
     *
     * @throws IOException when the output cannot be opened or written (or, through a bug, the
     *                     inputs cannot be gone through): the run stops, since nothing it did
     *                     after that could be kept
     */
    public BatchSummary run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        InputScanner scanner = new InputScanner(options.inputs(), options.glob(), new WarcRecords(options.maxBytes()));
        try (OutputSink sink = openOutput()) {
            Thread flushOnExit = new Thread(() -> flushQuietly(sink), "newsclean-flush");
            Runtime.getRuntime().addShutdownHook(flushOnExit);
            try {
                runAll(scanner, sink);
            } finally {
                removeHook(flushOnExit);
            }
        }
        if (outputFailure != null) {
            throw outputFailure;
        }
        return new BatchSummary(cleaned.sum(), empty.sum(), failed.sum(), timedOut.sum(), upToDate.sum(),
                otherRecords.sum(), Duration.ofNanos(System.nanoTime() - start));
    }

    private OutputSink openOutput() throws IOException {
        Path target = options.jsonl() != null ? options.jsonl() : options.outDir();
        try {
            return options.jsonl() != null ? JsonlSink.open(target, options.force()) : new TreeSink(target, options.output());
        } catch (IOException e) {
            throw new IOException("cannot open the output " + target + ": " + Messages.of(e), e);
        }
    }

    private void runAll(InputScanner scanner, OutputSink sink) throws InterruptedException {
        long timeout = options.timeout().toNanos();
        WorkerPool pool = new WorkerPool(options.threads(), timeout, this::clean,
                (item, result) -> publish(sink, item, result),
                item -> failure(item, "timed out after " + describe(options.timeout()), true));
        if (listener.wantsTotal()) {
            Thread counting = new Thread(() -> listener.totalKnown(scanner.countFiles()), "newsclean-counter");
            counting.setDaemon(true);
            counting.start();
        }
        Thread scanning = new Thread(() -> scan(scanner, sink, pool), "newsclean-scanner");
        scanning.setDaemon(true);
        scanning.start();
        long tick = Math.max(TimeUnit.MILLISECONDS.toNanos(10), Math.min(timeout / 10, TimeUnit.MILLISECONDS.toNanos(200)));
        pool.awaitDone(tick, () -> tick(sink));
        scanning.join();
    }

    private void scan(InputScanner scanner, OutputSink sink, WorkerPool pool) {
        try {
            scanner.scan(new Intake() {
                @Override
                public boolean alreadyDone(WorkItem item) {
                    if (options.force()) {
                        return false;
                    }
                    try {
                        return sink.alreadyDone(item);
                    } catch (IOException e) {
                        return false;
                    }
                }

                @Override
                public void skipped(WorkItem item) {
                    upToDate.increment();
                    listener.finished(item.source(), Outcome.UP_TO_DATE, null);
                }

                @Override
                public void otherRecord() {
                    otherRecords.increment();
                    listener.otherRecordSkipped();
                }

                @Override
                public void accept(WorkItem item) throws InterruptedException {
                    if (outputFailure != null) {
                        throw new InterruptedException("output failed");
                    }
                    pool.submit(item);
                }
            });
        } catch (InterruptedException e) {
            // The output failed: stop scanning; the run reports why.
        } catch (RuntimeException e) {
            // A bug, not a bad input: stop the run rather than report a partial run as complete.
            outputFailure = new IOException("cannot go through the inputs: " + Messages.of(e), e);
        } finally {
            pool.closeInput();
        }
    }

    /** Runs on a worker: reads the page once and cleans it. Never throws: a failure is a result. */
    private WorkerPool.Finished clean(WorkItem item) {
        if (outputFailure != null) {
            return null;
        }
        if (item.rejection() != null) {
            return failure(item, item.rejection(), false);
        }
        try {
            byte[] bytes = item.payload() != null ? item.payload() : read(item.file());
            PageProcessor.Processed page = processor.process(item, bytes);
            return new WorkerPool.Finished(page.json(), page.empty() ? Outcome.EMPTY : Outcome.CLEANED, null);
        } catch (InputException e) {
            return failure(item, e.getMessage(), false);
        } catch (IOException e) {
            return failure(item, "cannot read: " + Messages.of(e), false);
        } catch (OutOfMemoryError e) {
            // The page's whole working set is garbage once this frame is left, so the run can go on.
            return failure(item, "out of memory on this page: lower --max-bytes or give Java more heap", false);
        } catch (StackOverflowError e) {
            return failure(item, "the page is nested too deeply", false);
        } catch (RuntimeException e) {
            return failure(item, "internal error: " + Messages.of(e), false);
        }
    }

    private byte[] read(Path file) throws IOException, InputException {
        if (Files.size(file) > options.maxBytes()) {
            throw new InputException("input is larger than the limit of " + options.maxBytes() + " bytes");
        }
        return Files.readAllBytes(file);
    }

    private WorkerPool.Finished failure(WorkItem item, String message, boolean timeout) {
        if (timeout) {
            timedOut.increment();
        }
        return new WorkerPool.Finished(processor.error(item, message), Outcome.FAILED, message);
    }

    /** Called exactly once per item that was queued. */
    private void publish(OutputSink sink, WorkItem item, WorkerPool.Finished result) {
        if (result == null || outputFailure != null) {
            return;
        }
        try {
            sink.write(item, result.json());
        } catch (IOException e) {
            outputFailure = new IOException("cannot write output: " + Messages.of(e), e);
            return;
        }
        (switch (result.outcome()) {
            case CLEANED -> cleaned;
            case EMPTY -> empty;
            default -> failed;
        }).increment();
        listener.finished(item.source(), result.outcome(), result.error());
    }

    private void tick(OutputSink sink) {
        try {
            sink.tick();
        } catch (IOException e) {
            outputFailure = new IOException("cannot write output: " + Messages.of(e), e);
        }
    }

    private static void flushQuietly(OutputSink sink) {
        if (sink instanceof JsonlSink lines) {
            try {
                lines.flush();
            } catch (IOException | UncheckedIOException e) {
                // The process is going down; the next run redoes what did not reach the file.
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs.
        }
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
