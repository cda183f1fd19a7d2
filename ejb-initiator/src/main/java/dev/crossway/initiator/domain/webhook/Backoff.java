package dev.crossway.initiator.domain.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a delivery is tried and how long it waits in between: after the n-th failed attempt
 * (n from 1) the next waits {@code base * 2^(n-1)}, at most {@code max}; after {@code maxAttempts}
 * failed attempts the delivery is dead-lettered.
 */
public record Backoff(int maxAttempts, Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= max");
        }
    }

    /** The wait after {@code failedAttempts} failures (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        int n = Math.max(1, failedAttempts);
        Duration d = base.multipliedBy(1L << Math.min(n - 1, 30));
        return d.compareTo(max) > 0 || d.isNegative() ? max : d;
    }

    /** True when no attempt is left after {@code failedAttempts} failures. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
