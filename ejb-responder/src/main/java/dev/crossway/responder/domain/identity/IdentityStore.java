package dev.crossway.responder.domain.identity;

import java.util.Optional;

/**
 * Where query fingerprints map to their match outcome, for the time to live the responder
 * announces in {@code CorrelationTimeToLive}; replicated across the cluster in production.
 */
public interface IdentityStore {

    /** The cached outcome, counting a hit or a miss. */
    Optional<CachedMatch> get(IdentityKey key);

    void put(IdentityKey key, CachedMatch match);

    /** Forgets every outcome of this responding community (after a patient update or merge). */
    void invalidateCommunity(String respondingHcid);
}
