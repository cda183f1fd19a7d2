package dev.crossway.responder.support;

import dev.crossway.responder.domain.identity.BlockingKey;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import dev.crossway.responder.domain.identity.Lookup;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity cache as a map (no expiry), counting hits and misses like the Infinispan one. An
 * invalidation removes the entries of the blocks it names (the Infinispan store moves their
 * generation on instead, see {@code InfinispanIdentityStoreTest}).
 */
public final class MapIdentityStore implements IdentityStore {

    public final Map<String, CachedMatch> entries = new ConcurrentHashMap<>();
    private final Map<String, Set<BlockingKey>> blocks = new ConcurrentHashMap<>();
    public int hits;
    public int misses;

    @Override
    public Lookup lookup(IdentityKey key) {
        Optional<CachedMatch> m = Optional.ofNullable(entries.get(key.value()));
        if (m.isPresent()) {
            hits++;
        } else {
            misses++;
        }
        return new Lookup(key, m, "", System.nanoTime());
    }

    @Override
    public void put(Lookup lookup, CachedMatch match) {
        entries.put(lookup.key().value(), match);
        blocks.put(lookup.key().value(), lookup.key().blocks());
    }

    @Override
    public void invalidate(String respondingHcid, Set<BlockingKey> changed) {
        entries.keySet().removeIf(k -> new IdentityKey(k).belongsTo(respondingHcid)
                && blocks.getOrDefault(k, Set.of()).stream().anyMatch(changed::contains));
    }

    @Override
    public void invalidateCommunity(String respondingHcid) {
        entries.keySet().removeIf(k -> new IdentityKey(k).belongsTo(respondingHcid));
    }
}
