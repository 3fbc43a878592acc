package io.github.copilot4j.bench.jmh;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Counts the events a benchmark's receiver got, and lets the benchmark thread wait for them: parked while a batch is
 * delivered, yielding while it waits for a single event.
 */
final class Deliveries {

    /** Writes frames towards the receiver. */
    @FunctionalInterface
    interface Sender {
        void send() throws IOException;
    }

    private final AtomicLong delivered = new AtomicLong();
    private volatile Thread waiter;
    private volatile long target;

    /** One event arrived; called by the receiving thread. */
    void delivered() {
        if (delivered.incrementAndGet() >= target) {
            Thread parked = waiter;
            if (parked != null) {
                LockSupport.unpark(parked);
            }
        }
    }

    /** Sends a batch and parks until {@code events} more events arrived. */
    void sendBatchAndAwait(int events, Sender sender) throws IOException {
        long goal = delivered.get() + events;
        target = goal;
        waiter = Thread.currentThread();
        sender.send();
        while (delivered.get() < goal) {
            LockSupport.parkNanos(1_000_000);
        }
        waiter = null;
    }

    /** Sends one event and yields until it arrived, leaving the CPUs to the receiving threads. */
    void sendOneAndAwait(Sender sender) throws IOException {
        long goal = delivered.get() + 1;
        target = Long.MAX_VALUE;
        sender.send();
        while (delivered.get() < goal) {
            Thread.yield();
        }
    }
}
