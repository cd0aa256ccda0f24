package io.newsclean.batch;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Cleans work items on a fixed number of threads, each page under a time limit.
 *
 * <h2>Why a watchdog, and why abandoned threads</h2>
 * Java cannot stop a thread safely: {@code Thread.stop} is gone, and an interrupt is only a
 * request that parsing code never checks. So a page that runs away (a pathological input that
 * sends some rule into a very long loop) cannot be stopped; it can only be left behind. The pool
 * therefore works like this:
 * <ul>
 *   <li>Each worker takes items from a small bounded queue, and marks when it started each one.</li>
 *   <li>The watchdog (the thread that called {@link #awaitDone}) looks at the running items every tick.
 *       An item past the limit is <em>claimed</em> by the watchdog through a compare-and-set that the
 *       worker also has to win to publish its own result: exactly one of them reports the item,
 *       so a late result can never overwrite or follow the error record.</li>
 *   <li>The watchdog reports the item as timed out, interrupts its worker (in case it waits on
 *       something interruptible), drops it from the pool, and starts a fresh worker in its place,
 *       so the run keeps its full parallelism and never waits for the runaway.</li>
 *   <li>The abandoned worker is a daemon thread: when its page finally ends it sees that it lost
 *       the claim, throws the result away and exits; if it never ends, it cannot keep the process
 *       alive. Its cost is the CPU it keeps using and the one page it holds in memory.</li>
 * </ul>
 * The pool is done when the input is closed, the queue is empty and no (non-abandoned) worker is
 * left: every item taken was then reported by its worker or by the watchdog. A stopped pool is
 * done as soon as the items already running are: the queued ones were handed back by {@link #stop}.
 */
final class WorkerPool<T> {
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<T> queue;
    private final Function<T, Finished> job;
    private final BiConsumer<T, Finished> completion;
    private final Function<T, Finished> timedOut;
    private final long timeoutNanos;
    private final Set<Worker> live = ConcurrentHashMap.newKeySet();
    private final Object monitor = new Object();
    private final AtomicInteger names = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private volatile boolean inputClosed;
    private volatile boolean stopped;

    /**
     * @param job        cleans one item; must not throw
     * @param completion publishes a finished item; called exactly once per item, from a worker or the watchdog
     * @param timedOut   the result that stands for an item past the time limit
     */
    WorkerPool(int threads, long timeoutNanos, Function<T, Finished> job,
               BiConsumer<T, Finished> completion, Function<T, Finished> timedOut) {
        this.queue = new ArrayBlockingQueue<>(threads * 2);
        this.timeoutNanos = timeoutNanos;
        this.job = job;
        this.completion = completion;
        this.timedOut = timedOut;
        for (int i = 0; i < threads; i++) {
            spawn();
        }
    }

    /**
     * Blocks while the queue is full: the scanner never runs far ahead of the workers.
     *
     * @return false when the pool was stopped: the item is not taken
     */
    boolean submit(T item) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes no more items: the queued ones are dropped (a rerun does them), the running ones
     * finish (or time out), and {@link #awaitDone} returns after them.
     */
    void stop() {
        stopped = true;
        queue.clear();
        wake();
    }

    /** No more items will come; workers leave once the queue is drained. */
    void closeInput() {
        inputClosed = true;
        wake();
    }

    /** How many workers were left behind by the time limit. */
    int abandoned() {
        return abandoned.get();
    }

    /**
     * Watches the running items until every item is done.
     *
     * @param tickNanos how often to look
     * @param onTick    run on every tick (flushing output, say)
     */
    void awaitDone(long tickNanos, Runnable onTick) throws InterruptedException {
        while (!finished()) {
            expireOverdue();
            onTick.run();
            synchronized (monitor) {
                if (!finished()) {
                    TimeUnit.NANOSECONDS.timedWait(monitor, tickNanos);
                }
            }
        }
    }

    private boolean finished() {
        return (inputClosed || stopped) && live.isEmpty();
    }

    private void expireOverdue() {
        long now = System.nanoTime();
        for (Worker worker : live) {
            Attempt<T> attempt = worker.current;
            if (attempt != null && now - attempt.startNanos > timeoutNanos && attempt.claim()) {
                live.remove(worker);
                abandoned.incrementAndGet();
                spawn();
                worker.thread.interrupt();
                completion.accept(attempt.item, timedOut.apply(attempt.item));
            }
        }
    }

    private void spawn() {
        Worker worker = new Worker();
        worker.thread = new Thread(worker, "newsclean-worker-" + names.incrementAndGet());
        worker.thread.setDaemon(true);
        live.add(worker);
        worker.thread.start();
    }

    private void wake() {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** The record written for one input, and what became of it. */
    record Finished(WorkItem item, byte[] json, Outcome outcome, String error) {
    }

    /** One item being cleaned; whoever claims it first (worker or watchdog) reports it. */
    private static final class Attempt<T> {
        final T item;
        final long startNanos = System.nanoTime();
        private final AtomicBoolean claimed = new AtomicBoolean();

        Attempt(T item) {
            this.item = item;
        }

        boolean claim() {
            return claimed.compareAndSet(false, true);
        }
    }

    private final class Worker implements Runnable {
        volatile Attempt<T> current;
        Thread thread;

        @Override
        public void run() {
            try {
                while (!stopped) {
                    T item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (item == null) {
                        // The input flag is read before the queue, so an item queued just before
                        // the input closed is still seen here.
                        if (inputClosed && queue.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    Attempt<T> attempt = new Attempt<>(item);
                    current = attempt;
                    Finished result = job.apply(item);
                    current = null;
                    if (!attempt.claim()) {
                        return; // the watchdog reported this item and replaced this worker
                    }
                    completion.accept(item, result);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                live.remove(this);
                wake();
            }
        }
    }
}
