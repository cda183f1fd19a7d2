package dev.crossway.directory.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the local directory is as recent as its schedule promises.
 *
 * @param scheduled     a directory URL is configured, so a sync runs every day
 * @param lastCompleted when the latest completed run (any kind) finished, if any
 * @param maxAge        how old the last completed run may be: a day plus the time a run may take
 * @param stale         scheduled, and neither a completed run nor this node's start lies within {@code maxAge}
 */
public record SyncFreshness(boolean scheduled, Optional<Instant> lastCompleted, Duration maxAge, boolean stale) {

    /**
     * A node that just started has not missed a run yet: until {@code maxAge} after its start,
     * a directory that was never synced is not stale.
     */
    public static SyncFreshness of(boolean scheduled, Optional<Instant> lastCompleted, Instant nodeStarted,
                                   Duration maxAge, Instant now) {
        Instant reference = lastCompleted.orElse(nodeStarted);
        boolean stale = scheduled && Duration.between(reference, now).compareTo(maxAge) > 0;
        return new SyncFreshness(scheduled, lastCompleted, maxAge, stale);
    }

    /** The age of the last completed run at {@code now}. */
    public Optional<Duration> age(Instant now) {
        return lastCompleted.map(c -> Duration.between(c, now));
    }
}
