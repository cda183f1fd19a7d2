package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.application.internal.ResponderSettings;
import dev.crossway.responder.domain.identity.CachedMatch;
import dev.crossway.responder.domain.identity.IdentityKey;
import dev.crossway.responder.domain.identity.IdentityStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * The identity cache on WildFly's Infinispan: the replicated cache {@code identity} of container
 * {@code crossway} (created by the server configuration). Every entry lives for the configured time
 * to live; invalidating a community removes the keys carrying its prefix, which a replicated cache
 * holds on every node, so the local key set is the whole set and each removal replicates.
 */
@ApplicationScoped
public class InfinispanIdentityStore implements IdentityStore {

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/identity")
    private Cache<String, byte[]> cache;

    private final IdentityCounters counters = new IdentityCounters();
    private final Duration ttl = ResponderSettings.fromEnvironment().cacheTtl();

    @Override
    public Optional<CachedMatch> get(IdentityKey key) {
        Optional<CachedMatch> found = CachedMatchCodec.decode(cache.get(key.value()));
        if (found.isPresent()) {
            counters.hit();
        } else {
            counters.miss();
        }
        return found;
    }

    @Override
    public void put(IdentityKey key, CachedMatch match) {
        cache.put(key.value(), CachedMatchCodec.encode(match), ttl.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void invalidateCommunity(String respondingHcid) {
        String prefix = IdentityKey.prefix(respondingHcid);
        List<String> keys = cache.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
        keys.forEach(cache::remove);
    }

    public long hits() {
        return counters.hits();
    }

    public long misses() {
        return counters.misses();
    }

    public long size() {
        return cache.size();
    }
}
