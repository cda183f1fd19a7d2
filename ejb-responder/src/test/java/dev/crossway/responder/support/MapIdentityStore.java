package dev.crossway.responder.support;

import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The identity cache as a map (no expiry), counting hits and misses like the Infinispan one. */
public final class MapIdentityStore implements IdentityStore {

    public final Map<String, CachedMatch> entries = new ConcurrentHashMap<>();
    public int hits;
    public int misses;

    @Override
    public Optional<CachedMatch> get(IdentityKey key) {
        Optional<CachedMatch> m = Optional.ofNullable(entries.get(key.value()));
        if (m.isPresent()) {
            hits++;
        } else {
            misses++;
        }
        return m;
    }

    @Override
    public void put(IdentityKey key, CachedMatch match) {
        entries.put(key.value(), match);
    }

    @Override
    public void invalidateCommunity(String respondingHcid) {
        entries.keySet().removeIf(k -> new IdentityKey(k).belongsTo(respondingHcid));
    }
}
