package dev.crossway.responder.domain.identity;

import java.util.Set;

/**
 * Where query fingerprints map to their match outcome, for the time to live the responder
 * announces in {@code CorrelationTimeToLive}; replicated across the cluster in production. An
 * entry is served only while no patient of the blocks it depends on ({@link IdentityKey#blocks})
 * has changed since it was computed.
 */
public interface IdentityStore {

    /** The cached outcome if it is still current (counting a hit or a miss), and the generation to cache a new one under. */
    Lookup lookup(IdentityKey key);

    /** Caches {@code match}, computed from the index as read after {@code lookup}. */
    void put(Lookup lookup, CachedMatch match);

    /**
     * Forgets every outcome of this community that depends on one of {@code blocks}: those of a
     * patient before and after a change. Synchronous: every node has forgotten when it returns.
     */
    void invalidate(String respondingHcid, Set<BlockingKey> blocks);

    /** Forgets every outcome of this responding community (its mode or downstream gateway changed). */
    void invalidateCommunity(String respondingHcid);
}
