package dev.crossway.initiator.infrastructure.outbound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * A non-blocking semaphore: {@link #acquire()} returns a future completed when a permit is free,
 * so no thread ever waits for one. A waiter that gave up (its future completed or cancelled by a
 * deadline) is passed over and its permit goes to the next one.
 */
final class Permits {

    private final int limit;
    private final Deque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int available;

    Permits(int limit) {
        this.limit = limit;
        this.available = limit;
    }

    CompletableFuture<Void> acquire() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        synchronized (this) {
            if (available > 0) {
                available--;
                f.complete(null);
                return f;
            }
            waiters.add(f);
        }
        return f;
    }

    void release() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                next = waiters.poll();
                if (next == null) {
                    available = Math.min(limit, available + 1);
                    return;
                }
            }
            // completed outside the lock: dependants may run on this thread
            if (next.complete(null)) {
                return;
            }
        }
    }

    int limit() {
        return limit;
    }

    synchronized int available() {
        return available;
    }

    synchronized int waiting() {
        return waiters.size();
    }
}
