package dev.crossway.web.gateway;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The gateway's own deadline for its asynchronous answers, in place of the container's async
 * timeout: an answer still waiting for its audit commit when its time is up gets a Receiver fault,
 * and one whose client has not read it is ended ({@link Due#expire}).
 *
 * <p>Why not the container's: Undertow re-arms a request's timeout each time a task of its async
 * context runs (when the initial request returns, when the answer is handed over, when its body is
 * written), each time removing a key from and adding one to the I/O thread's timer tree under that
 * thread's lock, and waking its selector when the new key is the tree's first (2.2% of the server's
 * CPU samples during cache hits, 2026-12-07, docs/PERFORMANCE.md). Every gateway answer has the same
 * timeout, so its deadlines arrive in the order of the requests: a ring of one set per tick
 * ({@code tickMillis}), where a request is added once and removed once when its exchange ends, and a
 * sweep each tick expires what is left in the ticks that have passed. A deadline is thus kept to
 * within a tick late, never early.
 */
final class AnswerDeadlines {

    /** What has a deadline: called once, on the sweeping thread, if it is still registered when its time is up. */
    interface Due {
        void expire();
    }

    private static final Logger LOG = Logger.getLogger(AnswerDeadlines.class.getName());

    private final long timeoutMillis;
    private final long tickMillis;
    private final Set<Deadline>[] ring;
    /** The last tick swept: every tick up to it has had its expired answers expired. */
    private long swept;

    @SuppressWarnings("unchecked")
    AnswerDeadlines(long timeoutMillis, long tickMillis, long nowMillis) {
        if (timeoutMillis < tickMillis || tickMillis < 1) {
            throw new IllegalArgumentException("the timeout must be at least one tick of at least 1 ms");
        }
        this.timeoutMillis = timeoutMillis;
        this.tickMillis = tickMillis;
        // more slots than ticks in a timeout: a sweep on time never meets the next lap's registrations
        // (a late one leaves them, by their tick)
        this.ring = new Set[(int) (timeoutMillis / tickMillis) + 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = ConcurrentHashMap.newKeySet();
        }
        this.swept = Math.floorDiv(nowMillis, tickMillis);
    }

    /**
     * Registers {@code due}, received at {@code nowMillis} (of a monotonic clock, which may be negative);
     * {@link Deadline#done} withdraws it.
     */
    Deadline register(Due due, long nowMillis) {
        long tick = Math.floorDiv(nowMillis + timeoutMillis + tickMillis - 1, tickMillis);
        Deadline deadline = new Deadline(ring[(int) Math.floorMod(tick, ring.length)], tick, due);
        deadline.slot.add(deadline);
        return deadline;
    }

    /**
     * Expires everything registered with a deadline at or before {@code nowMillis}. Called by one
     * thread at a time, once a tick or so; a late call catches up on the ticks it missed (each
     * registration's own tick is checked, so that one of the next lap in the same slot is left).
     */
    synchronized void sweep(long nowMillis) {
        long now = Math.floorDiv(nowMillis, tickMillis);
        long from = Math.max(swept + 1, now - ring.length + 1);
        for (long tick = from; tick <= now; tick++) {
            Set<Deadline> slot = ring[(int) Math.floorMod(tick, ring.length)];
            for (Deadline deadline : slot) {
                if (deadline.tick <= now && slot.remove(deadline)) {
                    try {
                        deadline.due.expire();
                    } catch (RuntimeException e) {
                        // one answer's failure must not stop the sweeps of all the others
                        LOG.log(Level.WARNING, "a gateway answer could not be expired", e);
                    }
                }
            }
        }
        swept = Math.max(swept, now);
    }

    /** How many are registered: for the tests. */
    int pending() {
        int n = 0;
        for (Set<Deadline> slot : ring) {
            n += slot.size();
        }
        return n;
    }

    /** One registration (equal only to itself): withdrawn when its exchange ends, however it ends. */
    static final class Deadline {
        private final Set<Deadline> slot;
        private final long tick;
        private final Due due;

        private Deadline(Set<Deadline> slot, long tick, Due due) {
            this.slot = slot;
            this.tick = tick;
            this.due = due;
        }

        void done() {
            slot.remove(this);
        }
    }
}
