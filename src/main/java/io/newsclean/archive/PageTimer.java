package io.newsclean.archive;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one page at a time on a worker thread, under a time limit. Java cannot stop a thread
 * safely, so a page past the limit is left to its daemon thread (interrupted, in case it waits on
 * something) and a fresh thread takes the next page: the caller never waits on a runaway.
 */
final class PageTimer implements AutoCloseable {
    private ExecutorService worker = newWorker();

    /**
     * @throws TimeoutException when the job is still running at the limit
     */
    <T> T call(Supplier<T> job, Duration limit) throws TimeoutException, InterruptedException {
        Future<T> result = worker.submit(job::get);
        try {
            return result.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(job -> {
            Thread thread = new Thread(job, "newsclean-page");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
