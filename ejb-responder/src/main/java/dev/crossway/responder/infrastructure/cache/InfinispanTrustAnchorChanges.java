package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.trust.TrustAnchorChanges;
import dev.crossway.directory.infrastructure.cache.ClusterSignals;
import dev.crossway.directory.infrastructure.cache.InjectedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;

/**
 * The generation token in the replicated cache {@code signals} of container {@code crossway}
 * (synchronous replication: {@link #changed} returns once every node holds the new token). A
 * cluster started afresh has no token; the first reader creates one.
 */
@ApplicationScoped
public class InfinispanTrustAnchorChanges implements TrustAnchorChanges {

    static final String KEY = "trust-anchors";

    @Resource(lookup = "java:jboss/infinispan/cache/crossway/signals")
    private Cache<String, String> cache;

    /** The cache itself, not a look-up in the container at every call ({@link InjectedCaches}). */
    @PostConstruct
    void resolve() {
        cache = InjectedCaches.resolved(cache);
    }

    @Override
    public String generation() {
        return ClusterSignals.current(cache, KEY);
    }

    @Override
    public void changed() {
        ClusterSignals.advance(cache, KEY);
    }
}
