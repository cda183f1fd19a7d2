package dev.crossway.responder.infrastructure.cache;

import dev.crossway.responder.domain.community.CommunityChanges;
import dev.crossway.directory.infrastructure.cache.ClusterSignals;
import dev.crossway.directory.infrastructure.cache.InjectedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.infinispan.Cache;

/**
 * The hosted communities' generation token in the replicated cache {@code signals} of container
 * {@code crossway}, beside the trust anchors' ({@link InfinispanTrustAnchorChanges}: synchronous
 * replication, so {@link #changed} returns once every node holds the new token).
 */
@ApplicationScoped
public class InfinispanCommunityChanges implements CommunityChanges {

    static final String KEY = "hosted-communities";

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
