package dev.crossway.responder.domain.trust;

import java.time.Instant;

/**
 * The security headers this gateway has already accepted, cluster-wide, each kept as long as it
 * could still be valid. An initiator signs a fresh timestamp for every message (holder-of-key), so
 * a header seen twice was captured and sent again.
 */
public interface ReplayCache {

    /**
     * Records {@code key} until {@code until}; true the first time, false when any node already
     * recorded it (a replay). Atomic across the cluster: of two nodes receiving the same header at
     * once, exactly one gets true.
     */
    boolean firstSeen(String key, Instant until);
}
