package dev.crossway.initiator.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits on a condition (never a bare sleep), failing after {@code max}. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, Duration max) {
        long end = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + max);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
