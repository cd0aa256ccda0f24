package io.newsclean.batch;

import io.newsclean.archive.RecordCleaner;
import io.newsclean.input.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs one batch: a scanner thread walks the inputs into a small bounded queue, a
 * {@link WorkerPool} cleans them under the time limit, and a {@link ReorderWindow} writes each
 * result in input order, so the same inputs give the same output at any thread count. Nothing
 * is collected beyond the window, so memory stays flat whatever the number of inputs.
 *
 * <p>{@link #stop()} (on SIGINT or SIGTERM, say) ends the run early but cleanly: no new page is
 * started, the pages being cleaned finish (or time out), their records are written whole, and
 * {@link #run()} returns. A failed write stops the run the same way. Either way a rerun resumes.
 */
public final class BatchRunner {
    private final BatchOptions options;
    private final PageProcessor processor;
    private final BatchListener listener;
    private final OutputFiles files;
    private final InputStream stdin;
    private final OutputStream stdout;

    private final LongAdder cleaned = new LongAdder();
    private final LongAdder empty = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAdder upToDate = new LongAdder();
    private final LongAdder otherRecords = new LongAdder();
    private volatile IOException outputFailure;
    private volatile boolean stopRequested;
    private volatile WorkerPool<Ticket> pool;
    private volatile Thread scanning;

    public BatchRunner(BatchOptions options, BatchListener listener) {
        this(options, listener, System.in, System.out);
    }

    /**
     * @param stdin  where {@code --files-from -} reads the list of inputs
     * @param stdout where {@code --jsonl -} writes; left open
     */
    public BatchRunner(BatchOptions options, BatchListener listener, InputStream stdin, OutputStream stdout) {
        this(options, listener, new CleaningProcessor(options.maxBytes(), options.format(), options.explain(),
                options.jsonl() != null, options.output()), OutputFiles.DISK, stdin, stdout);
    }

    BatchRunner(BatchOptions options, BatchListener listener, PageProcessor processor) {
        this(options, listener, processor, OutputFiles.DISK, System.in, System.out);
    }

    BatchRunner(BatchOptions options, BatchListener listener, PageProcessor processor, OutputFiles files,
                InputStream stdin, OutputStream stdout) {
        this.options = options;
        this.listener = listener;
        this.processor = processor;
        this.files = files;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** One input on its way: its place in the input order, and the input. */
    private record Ticket(long number, WorkItem item) {
    }

    /**
     * Runs the batch to the end, or until {@link #stop()}.
     *
     * @throws OutputException when the output cannot be opened or written: the run stops, since
     *                         nothing it did after that could be kept; what was written is whole
     * @throws IOException     when the list of inputs cannot be read
     */
    public BatchSummary run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        InputScanner scanner = new InputScanner(options.inputs(), InputList.open(options.filesFrom(), stdin),
                options.glob(), new WarcRecords(options.maxBytes()));
        try (scanner) {
            OutputSink sink = openOutput();
            try {
                runAll(scanner, sink);
            } finally {
                closeOutput(sink);
            }
        }
        if (outputFailure != null) {
            throw outputFailure;
        }
        return new BatchSummary(cleaned.sum(), empty.sum(), failed.sum(), timedOut.sum(), upToDate.sum(),
                otherRecords.sum(), Duration.ofNanos(System.nanoTime() - start), stopRequested);
    }

    /**
     * Stops the run early: no new page is started; the pages being cleaned finish, or time out;
     * every record is written whole. Safe to call from any thread, at any time, more than once.
     */
    public void stop() {
        stopRequested = true;
        stopTakingPages();
    }

    private OutputSink openOutput() throws OutputException {
        if (options.jsonl() == null) {
            return new TreeSink(options.outDir(), options.output(), files);
        }
        if (BatchOptions.isStandardStream(options.jsonl())) {
            return JsonlSink.toStream("standard output", stdout);
        }
        return JsonlSink.open(options.jsonl(), options.force(), files);
    }

    private void closeOutput(OutputSink sink) {
        try {
            sink.close();
        } catch (IOException e) {
            if (outputFailure == null) {
                outputFailure = e instanceof OutputException ? e : new OutputException(outputName(), "cannot write", e);
            }
        }
    }

    private String outputName() {
        return options.jsonl() != null ? options.jsonl().toString() : options.outDir().toString();
    }

    private void runAll(InputScanner scanner, OutputSink sink) throws InterruptedException {
        long timeout = options.timeout().toNanos();
        ReorderWindow<WorkerPool.Finished> window = new ReorderWindow<>(windowSize(options.threads()),
                (number, result) -> publish(sink, result));
        WorkerPool<Ticket> workers = new WorkerPool<>(options.threads(), timeout, ticket -> clean(ticket.item()),
                (ticket, result) -> window.complete(ticket.number(), result),
                ticket -> failure(ticket.item(), RecordCleaner.timeoutMessage(options.timeout()), true));
        pool = workers;
        if (listener.wantsTotal()) {
            Thread counting = new Thread(() -> listener.totalKnown(scanner.countFiles()), "newsclean-counter");
            counting.setDaemon(true);
            counting.start();
        }
        Thread scanner0 = new Thread(() -> scan(scanner, sink, workers, window), "newsclean-scanner");
        scanner0.setDaemon(true);
        scanning = scanner0;
        if (stopRequested) {
            stop();
        }
        scanner0.start();
        long tick = Math.max(TimeUnit.MILLISECONDS.toNanos(10), Math.min(timeout / 10, TimeUnit.MILLISECONDS.toNanos(200)));
        workers.awaitDone(tick, () -> tick(sink));
        if (stopRequested) {
            scanner0.interrupt();
        }
        scanner0.join();
    }

    /** Enough finished results held back to keep every worker busy behind one slow page. */
    static int windowSize(int threads) {
        return Math.max(32, threads * 16);
    }

    private void scan(InputScanner scanner, OutputSink sink, WorkerPool<Ticket> workers,
                      ReorderWindow<WorkerPool.Finished> window) {
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
                    if (outputFailure != null || stopRequested) {
                        throw new InterruptedException("stopped");
                    }
                    if (!workers.submit(new Ticket(window.takeTicket(), item))) {
                        throw new InterruptedException("stopped");
                    }
                }
            });
        } catch (InterruptedException e) {
            // Stopped (by a request, or because the output failed): the run reports why.
        } catch (RuntimeException e) {
            // A bug, not a bad input: stop the run rather than report a partial run as complete.
            outputFailure = new IOException("cannot go through the inputs: " + Messages.of(e), e);
            workers.stop();
        } finally {
            workers.closeInput();
        }
    }

    /** Runs on a worker: reads the page once and cleans it. Never throws: a failure is a result. */
    private WorkerPool.Finished clean(WorkItem item) {
        if (outputFailure != null) {
            return failure(item, "not cleaned: the output failed", false);
        }
        if (item.rejection() != null) {
            return failure(item, item.rejection(), false);
        }
        try {
            byte[] bytes = item.payload() != null ? item.payload() : read(item.file());
            PageProcessor.Processed page = processor.process(item, bytes);
            return new WorkerPool.Finished(item, page.json(), page.empty() ? Outcome.EMPTY : Outcome.CLEANED, null);
        } catch (IOException e) {
            return failure(item, "cannot read: " + Messages.of(e), false);
        } catch (InputException | OutOfMemoryError | StackOverflowError | RuntimeException e) {
            return failure(item, RecordCleaner.failure(e), false);
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
        return new WorkerPool.Finished(item, processor.error(item, message), Outcome.FAILED, message);
    }

    /** Called once per queued item, in input order. */
    private void publish(OutputSink sink, WorkerPool.Finished result) {
        if (outputFailure != null) {
            return;
        }
        try {
            sink.write(result.item(), result.json());
        } catch (IOException e) {
            outputFailed(e);
            return;
        }
        (switch (result.outcome()) {
            case CLEANED -> cleaned;
            case EMPTY -> empty;
            default -> failed;
        }).increment();
        listener.finished(result.item().source(), result.outcome(), result.error());
    }

    private void tick(OutputSink sink) {
        if (outputFailure != null) {
            return;
        }
        try {
            sink.tick();
        } catch (IOException e) {
            outputFailed(e);
        }
    }

    /** Nothing cleaned after a failed write could be kept: stop taking pages, as on a stop request. */
    private void outputFailed(IOException e) {
        outputFailure = e instanceof OutputException ? e : new OutputException(outputName(), "cannot write", e);
        stopTakingPages();
    }

    /** No new page is started: the pool stops and the scanner is woken to see it. */
    private void stopTakingPages() {
        WorkerPool<Ticket> running = pool;
        if (running != null) {
            running.stop();
        }
        Thread scanner = scanning;
        if (scanner != null) {
            scanner.interrupt();
        }
    }
}
