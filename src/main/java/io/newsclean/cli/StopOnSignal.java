package io.newsclean.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT and SIGTERM into a clean stop of a long command. The JVM answers either signal by
 * running its shutdown hooks and then exiting with 128 + the signal's number (130, 143); this
 * hook asks the command to stop and then holds the exit until the command has finished its
 * writes and printed its summary ({@link #close}), or until the grace period is over.
 * A second signal changes nothing; SIGKILL still ends the process at once.
 */
final class StopOnSignal implements AutoCloseable {
    /** Set once a signal has started the JVM's exit; the signal's own code must then win. */
    private static volatile boolean signalled;
    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private StopOnSignal(Runnable stop, Duration grace) {
        this.hook = new Thread(() -> {
            signalled = true;
            stop.run();
            try {
                finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsclean-stop");
    }

    /**
     * @param stop  asks the command to stop; called on the hook's thread
     * @param grace the longest the exit waits for the command to finish
     */
    static StopOnSignal install(Runnable stop, Duration grace) {
        StopOnSignal signals = new StopOnSignal(stop, grace);
        try {
            Runtime.getRuntime().addShutdownHook(signals.hook);
        } catch (IllegalStateException e) {
            // Already shutting down (a signal came first): stop at once.
            stop.run();
        }
        return signals;
    }

    /**
     * Whether a signal is ending the process. The process must then not call {@code System.exit}
     * with a code of its own: once the hooks are done that call and the signal's exit race, and
     * either code could win.
     */
    static boolean signalled() {
        return signalled;
    }

    /** The command is done: a signalled exit may go ahead; without a signal, the hook goes. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook is running and now returns.
        }
    }
}
