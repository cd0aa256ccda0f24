package io.newsclean.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReorderWindowTest {
    @Test
    void resultsThatFinishOutOfOrderAreWrittenInTicketOrder() throws Exception {
        List<String> written = new ArrayList<>();
        ReorderWindow<String> window = new ReorderWindow<>(8, (ticket, result) -> written.add(ticket + ":" + result));
        long a = window.takeTicket();
        long b = window.takeTicket();
        long c = window.takeTicket();
        window.complete(c, "c");
        window.complete(b, "b");
        assertEquals(List.of(), written, "b and c wait for a");
        window.complete(a, "a");
        assertEquals(List.of("0:a", "1:b", "2:c"), written);
    }

    @Test
    void aFullWindowHoldsBackTheNextTicketUntilTheOldestIsWritten() throws Exception {
        List<String> written = new ArrayList<>();
        ReorderWindow<String> window = new ReorderWindow<>(2, (ticket, result) -> written.add(result));
        long first = window.takeTicket();
        long second = window.takeTicket();
        window.complete(second, "second");
        Thread taker = new Thread(() -> {
            try {
                window.takeTicket();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        taker.start();
        taker.join(TimeUnit.MILLISECONDS.toMillis(200));
        assertTrue(taker.isAlive(), "two results unwritten: the third input must wait");
        window.complete(first, "first");
        taker.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(taker.isAlive(), "the oldest is written: room for one more");
        assertEquals(List.of("first", "second"), written);
    }
}
