package dev.crossway.responder.infrastructure.cache;

import java.util.concurrent.atomic.AtomicLong;

/** This node's hit and miss counts of the identity cache (not summed across the cluster). */
public final class IdentityCounters {

    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public void hit() {
        hits.incrementAndGet();
    }

    public void miss() {
        misses.incrementAndGet();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }
}
