package dev.crossway.initiator.application.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The one place a request thread waits for a fan-out (which completes by its own deadline). */
final class Waiting {

    private Waiting() {
    }

    static <T> T get(CompletableFuture<T> f, long max, TimeUnit unit) {
        try {
            return f.get(max, unit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the network", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("fan-out failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("fan-out overran its deadline", e);
        }
    }
}
