package io.newsclean.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Puts results back in input order. Each input takes a ticket, in order, before it is queued;
 * results come back in any order from the workers and are handed on strictly by ticket, so the
 * same inputs give the same output at any thread count. The window is bounded: an input can only
 * take a ticket while fewer than {@code size} earlier ones are still unwritten, so a slow page
 * holds back the scanner instead of letting finished results pile up in memory.
 *
 * @param <R> a finished result
 */
final class ReorderWindow<R> {
    /** Receives the results in ticket order; called with the window's lock held, one at a time. */
    interface Writer<R> {
        void write(long ticket, R result);
    }

    private final Semaphore free;
    private final Writer<R> writer;
    private final Map<Long, R> waiting = new HashMap<>();
    private long nextTicket;
    private long nextToWrite;

    ReorderWindow(int size, Writer<R> writer) {
        this.free = new Semaphore(size);
        this.writer = writer;
    }

    /** Blocks while the window is full. Called by one thread only (the scanner). */
    long takeTicket() throws InterruptedException {
        free.acquire();
        return nextTicket++;
    }

    /** Hands on this result, and every waiting one it was holding back, in ticket order. */
    synchronized void complete(long ticket, R result) {
        waiting.put(ticket, result);
        R next;
        while ((next = waiting.remove(nextToWrite)) != null) {
            writer.write(nextToWrite, next);
            nextToWrite++;
            free.release();
        }
    }
}
